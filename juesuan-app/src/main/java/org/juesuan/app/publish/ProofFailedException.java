package org.juesuan.app.publish;

import java.util.List;
import org.juesuan.render.proof.Mismatch;

/**
 * A rendered file shows a figure other than the derived value (输出校对不符), so nothing was written.
 *
 * <p>This is a defect of Juesuan, not of the dataset: the message lists each mismatch so it can be reported.
 */
public final class ProofFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Mismatch> mismatches;

    /** Creates the exception over the mismatches found, at least one. */
    public ProofFailedException(List<Mismatch> mismatches) {
        super(message(mismatches));
        this.mismatches = List.copyOf(mismatches);
    }

    /** Returns the mismatches, in the order the files were read. */
    public List<Mismatch> mismatches() {
        return mismatches;
    }

    private static String message(List<Mismatch> mismatches) {
        StringBuilder text =
                new StringBuilder("输出文件校对发现 ").append(mismatches.size()).append(" 处与推导数不符，未写入任何文件（这是本软件的缺陷，请报告）：");
        int shown = Math.min(mismatches.size(), 20);
        for (int i = 0; i < shown; i++) {
            text.append("\n  ").append(mismatches.get(i).message());
        }
        if (mismatches.size() > shown) {
            text.append("\n  …另有 ").append(mismatches.size() - shown).append(" 处");
        }
        return text.toString();
    }
}
