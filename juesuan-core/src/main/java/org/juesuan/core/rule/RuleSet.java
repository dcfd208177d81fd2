package org.juesuan.core.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.juesuan.core.formula.Checker;
import org.juesuan.core.formula.CompiledFormula;
import org.juesuan.core.formula.FormulaException;
import org.juesuan.core.formula.Schema;
import org.juesuan.core.formula.Type;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.DataDirectory;
import org.juesuan.core.source.SourceRef;

/**
 * The rules of a profile, compiled (勾稽规则集): loaded from the profile's rule sets, every formula checked against
 * the profile's tables and the names of facts, claims and data values, before anything is evaluated.
 *
 * <p>Immutable and thread-safe: one rule set serves any number of units, on any number of threads.
 */
public final class RuleSet {

    /** The class-path directory of the rule sets shipped with Juesuan. */
    public static final String BUNDLED_ROOT = "juesuan/rules";

    private static final Set<String> KEYWORDS = Set.of("left", "right", "diff", "row", "code", "column");

    private final Profile profile;
    private final List<CompiledRule> rules;

    private RuleSet(Profile profile, List<CompiledRule> rules) {
        this.profile = profile;
        this.rules = List.copyOf(rules);
    }

    /**
     * Loads and compiles the rule sets a profile names, from the bundled rules and the given user directories.
     *
     * @throws DefinitionException with every problem, located, if a rule file is broken
     */
    public static RuleSet load(Profile profile, List<DataDirectory> extraRoots) {
        return load(profile, extraRoots, false);
    }

    /**
     * Loads and compiles the rules of a department's consolidation (汇总) under a profile: the profile's rule sets and
     * those its {@code consolidation} names, compiled against the public tables and the consolidation's working
     * tables (the working paper of the offsets). A view checked with them must hold the working tables too.
     *
     * @throws DefinitionException with every problem, located, if a rule file is broken
     */
    public static RuleSet loadForConsolidation(Profile profile, List<DataDirectory> extraRoots) {
        return load(profile, extraRoots, true);
    }

    private static RuleSet load(Profile profile, List<DataDirectory> extraRoots, boolean consolidation) {
        List<DataDirectory> roots = new ArrayList<>();
        roots.add(DataDirectory.classpath(BUNDLED_ROOT));
        roots.addAll(extraRoots);
        List<String> names = new ArrayList<>(profile.ruleSets());
        if (consolidation) {
            names.addAll(profile.consolidation().ruleSets());
        }
        Result<List<RuleDefinition>> definitions = RuleLoader.load(roots, names);
        Issues issues = Issues.create().addAll(definitions.issues());
        if (definitions.value().isEmpty()) {
            throw new DefinitionException("规则文件有误", issues);
        }
        return compile(profile, definitions.value().get(), consolidation)
                .orElseThrow(found -> new DefinitionException("规则有误", issues.addAll(found)));
    }

    /** Compiles rule definitions against a profile's public tables, reporting every problem at its position. */
    public static Result<RuleSet> compile(Profile profile, List<RuleDefinition> definitions) {
        return compile(profile, definitions, false);
    }

    /**
     * Compiles rule definitions against a profile's public tables and, for a consolidation, its working tables too,
     * reporting every problem at its position.
     *
     * @param consolidation whether the rules may read the consolidation's working tables
     */
    public static Result<RuleSet> compile(Profile profile, List<RuleDefinition> definitions, boolean consolidation) {
        Issues issues = Issues.create();
        Schema schema = new ProfileSchema(profile, consolidation);
        List<CompiledRule> compiled = new ArrayList<>();
        for (RuleDefinition definition : definitions) {
            compile(definition, schema, issues).ifPresent(compiled::add);
        }
        return issues.hasErrors() ? Result.failed(issues) : Result.of(new RuleSet(profile, compiled), issues);
    }

    private static Optional<CompiledRule> compile(RuleDefinition rule, Schema schema, Issues issues) {
        Checker.Iteration iteration = Checker.Iteration.NONE;
        if (rule.each() != null) {
            RuleDefinition.Each each = rule.each();
            Optional<Schema.TableShape> table = schema.table(each.table());
            if (table.isEmpty()) {
                issues.error(
                        rule.source(),
                        "RULE_UNKNOWN_TABLE",
                        "规则 " + rule.id() + " 的 each.rows 指向不存在的表“" + each.table() + "”");
                return Optional.empty();
            }
            if (each.section() != null
                    && table.get().sections().stream().noneMatch(s -> s.id().equals(each.section()))) {
                issues.error(
                        rule.source(),
                        "RULE_UNKNOWN_SECTION",
                        "规则 " + rule.id() + " 的 each.section 指向表 " + each.table() + " 中不存在的表块“" + each.section() + "”");
                return Optional.empty();
            }
            iteration = new Checker.Iteration(each.table(), each.section(), each.columns());
        }
        CompiledFormula when = null;
        if (rule.when() != null) {
            when = formula(rule, "when", rule.when(), rule.whenSource(), schema, iteration, Type.BOOLEAN, issues);
            if (when == null) {
                return Optional.empty();
            }
        }
        CompiledFormula check =
                formula(rule, "check", rule.check(), rule.checkSource(), schema, iteration, Type.BOOLEAN, issues);
        List<CompiledRule.MessagePart> message = message(rule, schema, iteration, issues);
        CompiledFormula at = null;
        if (rule.at() != null) {
            at = formula(rule, "at", rule.at(), rule.atSource(), schema, iteration, Type.AMOUNT, issues);
            if (at == null) {
                return Optional.empty();
            }
            if (!(at.expr() instanceof org.juesuan.core.formula.Expr.CellRef)) {
                issues.error(rule.atSource(), "RULE_AT", "规则 " + rule.id() + " 的 at 应为单元格，如 T06[G]");
                return Optional.empty();
            }
        }
        if (check == null || message == null) {
            return Optional.empty();
        }
        return Optional.of(new CompiledRule(rule, when, check, message, at));
    }

    private static CompiledFormula formula(
            RuleDefinition rule,
            String field,
            String text,
            SourceRef at,
            Schema schema,
            Checker.Iteration iteration,
            Type expected,
            Issues issues) {
        try {
            CompiledFormula formula = Checker.compile(text, schema, iteration);
            if (expected != null && formula.type() != expected) {
                issues.error(
                        at,
                        "RULE_TYPE",
                        "规则 " + rule.id() + " 的 " + field + " 应得出真假值，实为"
                                + formula.type().label());
                return null;
            }
            return formula;
        } catch (FormulaException e) {
            issues.error(
                    shift(at, e.offset()), "RULE_FORMULA", "规则 " + rule.id() + " 的 " + field + " 有误：" + e.getMessage());
            return null;
        }
    }

    private static List<CompiledRule.MessagePart> message(
            RuleDefinition rule, Schema schema, Checker.Iteration iteration, Issues issues) {
        List<CompiledRule.MessagePart> parts = new ArrayList<>();
        String text = rule.message();
        int i = 0;
        boolean ok = true;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(new CompiledRule.MessagePart.Literal(text.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new CompiledRule.MessagePart.Literal(text.substring(i, open)));
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                issues.error(
                        shift(rule.messageSource(), open),
                        "RULE_MESSAGE",
                        "规则 " + rule.id() + " 的 message 中“{”没有对应的“}”");
                return null;
            }
            String inner = text.substring(open + 1, close).strip();
            AmountUnit unit = AmountUnit.WAN_YUAN;
            for (AmountUnit candidate : AmountUnit.values()) {
                String suffix = ":" + candidate.label();
                if (inner.endsWith(suffix)) {
                    unit = candidate;
                    inner = inner.substring(0, inner.length() - suffix.length()).strip();
                }
            }
            if (KEYWORDS.contains(inner)) {
                parts.add(new CompiledRule.MessagePart.Keyword(inner, unit));
            } else {
                try {
                    parts.add(new CompiledRule.MessagePart.Formula(Checker.compile(inner, schema, iteration), unit));
                } catch (FormulaException e) {
                    issues.error(
                            shift(rule.messageSource(), open + 1 + e.offset()),
                            "RULE_MESSAGE",
                            "规则 " + rule.id() + " 的 message 占位符有误：" + e.getMessage());
                    ok = false;
                }
            }
            i = close + 1;
        }
        return ok ? parts : null;
    }

    private static SourceRef shift(SourceRef at, int offset) {
        if (at instanceof SourceRef.Text) {
            SourceRef.Text text = (SourceRef.Text) at;
            return SourceRef.text(text.file(), text.line(), text.column() + offset);
        }
        return at;
    }

    /** Returns the profile the rules were compiled for. */
    public Profile profile() {
        return profile;
    }

    /** Returns the rules, in file order. */
    public List<CompiledRule> rules() {
        return rules;
    }

    /** Returns the rule with the given id. */
    public Optional<CompiledRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
