/**
 * The XLSX renderer (Excel 版): one sheet per table, merged headers, 0.00 amounts; and its proof, which reads the
 * workbook back and compares every cell with the printed tables.
 */
@NullMarked
package org.juesuan.render.xlsx;

import org.jspecify.annotations.NullMarked;
