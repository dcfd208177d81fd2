/**
 * Consolidation of a department's final accounts (部门决算汇总): the 本级 unit and its subordinate units summed, the
 * transfers inside the department offset (抵销), and the working report of the offsets (抵销工作底稿).
 */
@NullMarked
package org.juesuan.core.consolidation;

import org.jspecify.annotations.NullMarked;
