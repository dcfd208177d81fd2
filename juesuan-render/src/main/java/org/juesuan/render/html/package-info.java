/**
 * The HTML renderers (网页版): the whole document, the public tables alone and the validation report, each one
 * self-contained page with inline styles and no scripts.
 */
@NullMarked
package org.juesuan.render.html;

import org.jspecify.annotations.NullMarked;
