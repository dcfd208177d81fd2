/**
 * Source positions (来源位置) and the located tree that YAML and JSON files are read into, so that every datum can
 * say where it came from.
 */
@NullMarked
package org.juesuan.core.source;

import org.jspecify.annotations.NullMarked;
