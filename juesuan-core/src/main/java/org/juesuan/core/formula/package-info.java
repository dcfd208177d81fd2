/**
 * The formula language of rules (勾稽公式): a small, closed expression language over table cells and named values,
 * with a hand-written parser, a checker that resolves and types everything up front, and compiled evaluation.
 */
@NullMarked
package org.juesuan.core.formula;

import org.jspecify.annotations.NullMarked;
