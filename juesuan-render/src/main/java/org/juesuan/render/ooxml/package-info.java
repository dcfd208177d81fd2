/** What the Word and Excel writers share (Office Open XML 公共部分): escaping text for their XML parts. */
@NullMarked
package org.juesuan.render.ooxml;

import org.jspecify.annotations.NullMarked;
