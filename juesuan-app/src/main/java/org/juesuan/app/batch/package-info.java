/** Many units at once (批量): synthetic unit datasets, and validating and rendering a whole directory of them. */
@NullMarked
package org.juesuan.app.batch;

import org.jspecify.annotations.NullMarked;
