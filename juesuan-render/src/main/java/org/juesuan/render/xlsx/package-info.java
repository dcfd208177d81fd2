/**
 * The XLSX renderer (Excel 版): one sheet per table, merged headers, 0.00 amounts, written as SpreadsheetML text
 * without a spreadsheet object model; and its proof, which reads the workbook back on its own and compares every cell
 * with the printed tables.
 */
@NullMarked
package org.juesuan.render.xlsx;

import org.jspecify.annotations.NullMarked;
