/** The XLSX renderer (Excel 版): one sheet per table, merged headers, 0.00 amounts. */
@NullMarked
package org.juesuan.render.xlsx;

import org.jspecify.annotations.NullMarked;
