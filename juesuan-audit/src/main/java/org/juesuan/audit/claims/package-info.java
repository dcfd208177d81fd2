/**
 * Narrative claims of a published disclosure (情况说明所述数字): the figures the 情况说明 states, read from its
 * paragraphs by the profile's phrasing ({@code claims.yaml}) into the same {@link
 * org.juesuan.core.dataset.NarrativeClaim} keys a transcribed dataset records, so that the same rules check them; the
 * change, share, completion and list statements found anywhere in the narrative; and the checks that need no table.
 */
@NullMarked
package org.juesuan.audit.claims;

import org.jspecify.annotations.NullMarked;
