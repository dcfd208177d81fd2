package org.juesuan.core.profile;

import java.math.BigDecimal;
import java.util.Objects;
import org.juesuan.core.money.Ratio;

/**
 * The profile's settings for what the narrative must explain (情况说明要求): how large a year-on-year change has to be
 * before the narrative must state its reason (变动较大须说明原因).
 *
 * <p>Invariant: the threshold is a fraction between 0 and 1, e.g. 0.1 for 10%. Immutable and thread-safe.
 *
 * @param changeThreshold the smallest change, as a fraction of the prior-year figure, that needs a stated reason
 */
public record NarrativeSettings(Ratio changeThreshold) {

    /** The default: a change of 10% or more of the prior-year figure needs a reason. */
    public static final NarrativeSettings DEFAULT = new NarrativeSettings(new Ratio(new BigDecimal("0.10")));

    /**
     * Creates the settings.
     *
     * @throws IllegalArgumentException if the threshold is not between 0 and 1
     */
    public NarrativeSettings {
        Objects.requireNonNull(changeThreshold, "changeThreshold");
        if (changeThreshold.value().signum() < 0 || changeThreshold.value().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("change threshold must be between 0 and 1: " + changeThreshold);
        }
    }
}
