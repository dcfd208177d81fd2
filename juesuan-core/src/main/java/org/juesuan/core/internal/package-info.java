/** Small shared helpers; not API. */
@NullMarked
package org.juesuan.core.internal;

import org.jspecify.annotations.NullMarked;
