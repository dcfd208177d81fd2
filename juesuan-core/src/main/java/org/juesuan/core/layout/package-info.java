/** Print layout of derived tables (表样排版): grids with merged headers that every renderer draws the same way. */
@NullMarked
package org.juesuan.core.layout;

import org.jspecify.annotations.NullMarked;
