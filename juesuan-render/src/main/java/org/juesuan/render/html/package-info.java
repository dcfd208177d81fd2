/** The HTML renderer (网页版): one self-contained page. */
@NullMarked
package org.juesuan.render.html;

import org.jspecify.annotations.NullMarked;
