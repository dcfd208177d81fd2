/** The Chinese font every output uses (字体): Noto Sans SC, loaded once from the classpath. */
@NullMarked
package org.juesuan.render.font;

import org.jspecify.annotations.NullMarked;
