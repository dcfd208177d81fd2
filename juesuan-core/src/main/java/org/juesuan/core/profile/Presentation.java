package org.juesuan.core.profile;

import java.util.Objects;

/**
 * How a profile prints its tables (表样): what each region does differently without changing what the figures are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param columnNumbers whether a 栏次 row is printed under the headers
 * @param totalFirst whether 合计 comes before the code rows (else after them)
 * @param splitCodes whether 功能分类科目编码 is printed in 类/款/项 columns (else in one column)
 * @param zeroDisplay how a zero or blank amount is printed
 * @param titleFormat the table title with placeholders {@code {year}} and {@code {title}}
 * @param unitLine the line naming the unit over each table, with {@code {unit}} and {@code {scopeMark}}; empty for none
 * @param scopeMark what {@code {scopeMark}} becomes for a consolidated (汇总) dataset, e.g. （汇总）
 * @param amountUnitLine the unit line, e.g. 单位：万元
 * @param subject how the unit calls itself in statements, e.g. 本部门
 */
public record Presentation(
        boolean columnNumbers,
        boolean totalFirst,
        boolean splitCodes,
        ZeroDisplay zeroDisplay,
        String titleFormat,
        String unitLine,
        String scopeMark,
        String amountUnitLine,
        String subject) {

    /** Creates a presentation. */
    public Presentation {
        Objects.requireNonNull(zeroDisplay, "zeroDisplay");
        Objects.requireNonNull(titleFormat, "titleFormat");
        Objects.requireNonNull(unitLine, "unitLine");
        Objects.requireNonNull(scopeMark, "scopeMark");
        Objects.requireNonNull(amountUnitLine, "amountUnitLine");
        Objects.requireNonNull(subject, "subject");
    }

    /** How a zero or missing amount is printed. */
    public enum ZeroDisplay {
        /** Nothing (the example disclosure's practice). */
        BLANK("blank"),
        /** {@code 0.00}. */
        ZERO("zero"),
        /** {@code -}. */
        DASH("dash");

        private final String key;

        ZeroDisplay(String key) {
            this.key = key;
        }

        /** Returns the word used in profile files. */
        public String key() {
            return key;
        }
    }
}
