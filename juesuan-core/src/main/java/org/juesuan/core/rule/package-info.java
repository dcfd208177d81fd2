/**
 * Cross-checks (勾稽关系) as data: rule files, their compilation against a profile, the engine that runs them over a
 * unit's tables and facts, and the findings it reports.
 */
@NullMarked
package org.juesuan.core.rule;

import org.jspecify.annotations.NullMarked;
