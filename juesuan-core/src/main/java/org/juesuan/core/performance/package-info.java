/**
 * Performance self-evaluation scoring (绩效自评计分): the scoring rules of a profile ({@code scoring.yaml}), the
 * reading of indicator values, and the scorer that recomputes each form's scores and reports where a form contradicts
 * its own rules.
 *
 * <p>{@link org.juesuan.core.performance.ScoringLoader} reads a profile's rules; {@link
 * org.juesuan.core.performance.Scorer} scores a dataset's forms.
 */
@NullMarked
package org.juesuan.core.performance;

import org.jspecify.annotations.NullMarked;
