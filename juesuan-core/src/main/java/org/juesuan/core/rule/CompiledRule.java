package org.juesuan.core.rule;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.formula.CompiledFormula;

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

        /** {@code {left}}, {@code {right}}, {@code {diff}}, {@code {row}}, {@code {code}}, {@code {column}}. */
        record Keyword(String name) implements MessagePart {}

        /** {@code {T05[total].C1}}: a formula's value. */
        record Formula(CompiledFormula formula) implements MessagePart {}
    }
}
