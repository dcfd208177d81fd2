package org.juesuan.core.consolidation;

import java.util.Objects;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * One figure removed from the consolidated lines by an offset (抵销调整): whose, which 项 line, which side, how much.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unitId the unit whose figure it is
 * @param code the 项 line it was recorded on
 * @param what the Chinese name of the figure, e.g. 上级补助收入
 * @param income whether it is income (else spending)
 * @param fund the fund it belongs to
 * @param amount the amount removed, in yuan
 * @param source where the unit's dataset states it
 */
public record Adjustment(
        String unitId, ClassCode code, String what, boolean income, Fund fund, Amount amount, SourceRef source) {
    /** Creates an adjustment. */
    public Adjustment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(fund, "fund");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
    }
}
