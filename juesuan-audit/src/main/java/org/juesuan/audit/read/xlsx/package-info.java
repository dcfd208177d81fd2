/**
 * Reading a published Excel workbook (读取XLSX文件): each visible sheet's title lines and its table, cell by cell, as
 * the workbook shows them.
 */
@NullMarked
package org.juesuan.audit.read.xlsx;

import org.jspecify.annotations.NullMarked;
