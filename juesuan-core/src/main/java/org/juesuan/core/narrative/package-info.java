/**
 * The narrative part of the disclosure (情况说明), written from the dataset and the tables as printed: every figure is
 * read from a table cell or a unit fact as displayed, and every sentence comes from the profile's phrasing templates
 * ({@code narrative.yaml}), never from code.
 *
 * <p>{@link org.juesuan.core.narrative.NarrativeWriter} is the entry point; {@link
 * org.juesuan.core.narrative.NarrativeLoader} reads and checks a profile's templates.
 */
@NullMarked
package org.juesuan.core.narrative;

import org.jspecify.annotations.NullMarked;
