/** Exact money (金额) in yuan, ratios, and the rounding that happens only at display. */
@NullMarked
package org.juesuan.core.money;

import org.jspecify.annotations.NullMarked;
