/**
 * Juesuan's domain (决算公开): exact money, classification catalogs, a unit's final-accounts dataset, regional
 * profiles and the public tables derived from them.
 *
 * <p>Glossary of the terms used in identifiers:
 * <table>
 *   <caption>English identifiers and the Chinese terms they stand for</caption>
 *   <tr><th>Identifier</th><th>Term</th></tr>
 *   <tr><td>Amount</td><td>金额（元，两位小数）</td></tr>
 *   <tr><td>AmountUnit.WAN_YUAN</td><td>万元</td></tr>
 *   <tr><td>Catalog, ClassCode</td><td>科目表，科目编码</td></tr>
 *   <tr><td>CatalogKind.FUNCTION</td><td>支出功能分类科目（类/款/项）</td></tr>
 *   <tr><td>CatalogKind.ECONOMIC</td><td>部门预算支出经济分类科目（类/款）</td></tr>
 *   <tr><td>Dataset</td><td>决算数据集（一个单位一个年度）</td></tr>
 *   <tr><td>Fund.GENERAL_BUDGET</td><td>一般公共预算财政拨款</td></tr>
 *   <tr><td>Fund.GOVERNMENT_FUND</td><td>政府性基金预算财政拨款</td></tr>
 *   <tr><td>Fund.STATE_CAPITAL</td><td>国有资本经营预算财政拨款</td></tr>
 *   <tr><td>Fund.NON_FISCAL</td><td>非财政拨款</td></tr>
 *   <tr><td>SpendingKind.BASIC / PROJECT</td><td>基本支出 / 项目支出</td></tr>
 *   <tr><td>SpendingKind.REMITTANCE</td><td>上缴上级支出</td></tr>
 *   <tr><td>SpendingKind.OPERATING</td><td>经营支出</td></tr>
 *   <tr><td>SpendingKind.SUBSIDY</td><td>对附属单位补助支出</td></tr>
 *   <tr><td>opening / closing balance</td><td>年初结转和结余 / 年末结转和结余</td></tr>
 *   <tr><td>annual budget</td><td>年初预算</td></tr>
 *   <tr><td>ThreePublic</td><td>“三公”经费</td></tr>
 *   <tr><td>operating cost</td><td>机关运行经费</td></tr>
 *   <tr><td>Procurement</td><td>政府采购</td></tr>
 *   <tr><td>Profile</td><td>地区口径（表样、行列、措辞）</td></tr>
 *   <tr><td>ReportTable, TableSet</td><td>公开表，公开表套</td></tr>
 *   <tr><td>published figure</td><td>原文所列数（转录时照录，只用于核对）</td></tr>
 *   <tr><td>LargestRemainder</td><td>舍位平衡</td></tr>
 * </table>
 */
@NullMarked
package org.juesuan.core;

import org.jspecify.annotations.NullMarked;
