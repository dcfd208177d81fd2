/** Public tables (公开表) derived from a dataset under a profile: rows, cells, and the table set they form. */
@NullMarked
package org.juesuan.core.table;

import org.jspecify.annotations.NullMarked;
