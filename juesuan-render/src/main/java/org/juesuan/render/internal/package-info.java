/** Helpers shared by the renderers; not API. */
@NullMarked
package org.juesuan.render.internal;

import org.jspecify.annotations.NullMarked;
