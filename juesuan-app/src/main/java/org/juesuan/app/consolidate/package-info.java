/** Consolidating a department (部门决算汇总): its units' datasets read, consolidated, validated and written. */
@NullMarked
package org.juesuan.app.consolidate;

import org.jspecify.annotations.NullMarked;
