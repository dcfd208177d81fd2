package org.juesuan.core.consolidation;

import java.util.List;
import java.util.Objects;
import org.juesuan.core.money.Amount;

/**
 * One parent–children offset of the working report (抵销项): both sides as removed and the figures removed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which transfer
 * @param parentId the parent unit
 * @param parentName the parent's name
 * @param children the direct subordinates' ids, in tree order
 * @param childNames their names, in the same order
 * @param parentSide the parent's total (对附属单位补助支出 or 附属单位上缴收入), in yuan
 * @param childrenSide the subordinates' total (上级补助收入 or 上缴上级支出), in yuan
 * @param adjustments the figures removed from the consolidated lines, parent's first
 */
public record Offset(
        OffsetKind kind,
        String parentId,
        String parentName,
        List<String> children,
        List<String> childNames,
        Amount parentSide,
        Amount childrenSide,
        List<Adjustment> adjustments) {

    /** Creates an offset. */
    public Offset {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(parentName, "parentName");
        children = List.copyOf(children);
        childNames = List.copyOf(childNames);
        Objects.requireNonNull(parentSide, "parentSide");
        Objects.requireNonNull(childrenSide, "childrenSide");
        adjustments = List.copyOf(adjustments);
    }

    /**
     * Returns the parent's side minus the subordinates' side as removed: what the consolidated dataset is out of
     * balance by (whether that is a finding is for the rules {@code C-1} and {@code C-2} to say).
     */
    public Amount difference() {
        return parentSide.minus(childrenSide);
    }
}
