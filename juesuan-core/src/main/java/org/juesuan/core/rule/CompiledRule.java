package org.juesuan.core.rule;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.formula.CompiledFormula;
import org.juesuan.core.money.AmountUnit;

/**
 * A rule checked and compiled against one profile (已编译规则). Immutable and thread-safe.
 *
 * @param definition the rule as written
 * @param when the compiled condition, or null
 * @param check the compiled check, of type BOOLEAN
 * @param message the message, as literal text and placeholders
 * @param at the cell a failure is reported at, or null
 */
public record CompiledRule(
        RuleDefinition definition,
        @Nullable CompiledFormula when,
        CompiledFormula check,
        List<MessagePart> message,
        @Nullable CompiledFormula at) {

    /** Creates a compiled rule. */
    public CompiledRule {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(check, "check");
        message = List.copyOf(message);
    }

    /** Returns the rule id. */
    public String id() {
        return definition.id();
    }

    /** A piece of a message: literal text, a keyword ({@code left}, {@code right}, …) or a formula. */
    public sealed interface MessagePart permits MessagePart.Literal, MessagePart.Keyword, MessagePart.Formula {

        /** Literal text. */
        record Literal(String text) implements MessagePart {}

        /**
         * {@code {left}}, {@code {right}}, {@code {diff}}, {@code {row}}, {@code {code}}, {@code {column}}; an amount
         * shown in {@code unit} ({@code {diff:元}}), 万元 unless the placeholder names another.
         */
        record Keyword(String name, AmountUnit unit) implements MessagePart {
            /** Creates a keyword whose amount is shown in 万元. */
            public Keyword(String name) {
                this(name, AmountUnit.WAN_YUAN);
            }
        }

        /** {@code {T05[total].C1}}: a formula's value, an amount shown in {@code unit} ({@code {…:元}}, else 万元). */
        record Formula(CompiledFormula formula, AmountUnit unit) implements MessagePart {
            /** Creates a formula part whose amount is shown in 万元. */
            public Formula(CompiledFormula formula) {
                this(formula, AmountUnit.WAN_YUAN);
            }
        }
    }
}
