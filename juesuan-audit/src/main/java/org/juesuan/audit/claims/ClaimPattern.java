package org.juesuan.audit.claims;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.source.SourceRef;

/**
 * One compiled way a claim is phrased (数字措辞): the regular expression over a paragraph's compact text with the
 * groups of the figure ({@code v}), its unit ({@code u}, absent where the pattern names none: 万元 then) and the
 * direction word that signs it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claim the claim the figure is
 * @param text the pattern as written
 * @param regex the compiled expression
 * @param unitGroup whether the expression captures the figure's unit in group {@code u}
 * @param signGroup the group of the direction word that signs the figure, or null for an unsigned claim
 * @param source where the pattern is written
 */
record ClaimPattern(
        NarrativeClaim claim,
        String text,
        Pattern regex,
        boolean unitGroup,
        @Nullable String signGroup,
        SourceRef source) {

    /** The group of the figure. */
    static final String VALUE = "v";

    /** The group of the figure's unit. */
    static final String UNIT = "u";

    ClaimPattern {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(source, "source");
    }
}
