package org.juesuan.core.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.performance.ScoringRules.Tier;
import org.juesuan.core.performance.ScoringRules.ZeroRule;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a profile's scoring rules for self-evaluation forms (绩效自评计分规则) from {@code scoring.yaml} in its
 * directory, strictly: unknown keys, missing settings, values out of range and qualitative tiers that leave a gap,
 * overlap or do not cover 0–100% are all reported together, each at its {@code file:line:col}.
 *
 * <p>The file's shape:
 *
 * <pre>
 * totalWeight: 100           # 总分
 * decimals: 2                # decimals of a score (half up)
 * rateDecimals: 2            # decimals of 执行率 as a percentage (half up)
 * budget:
 *   weight: 20               # 预算执行率: weight × min(1, B/A)
 *   zeroPlanned: unscored    # A = 0: full | zero | unscored
 * quantitative:
 *   unsigned: atLeast        # a target without a sign: atLeast | atMost | equal
 *   zeroTarget: full         # positive indicator, A = 0
 *   zeroActual: full         # negative indicator, B = 0
 * weights:
 *   fromPrintedScore: true   # an indicator without a weight takes its printed score as its weight (reported)
 *   levels: {产出指标: 50, 效益指标: 30, 满意度指标: 10}   # optional: each 一级指标's weight (budget + levels = total)
 * qualitative:
 *   equalTextMeetsTarget: true
 *   tiers:                   # from the best down; each includes its lower bound, the first also 100
 *     - {name: 达成, aliases: [达成预期指标], from: 80, to: 100, score: 100}
 *     - {name: 部分达成, from: 50, to: 80}
 *     - {name: 未达成, from: 0, to: 50}
 * aggregation:               # 汇总: how project forms add up
 *   funds: planned           # the amount weighing a project: planned (预算数 A) | executed (执行数 B)
 *   relativeUnits: ["%"]     # 相对值 units; values in other units are absolute and added up
 *   relative: funds          # relative values averaged: funds (weighted) | count (simple)
 *   qualitative: funds       # qualitative scores (as shares of their weights) averaged: funds | count
 *   average: funds           # the projects' 平均得分: funds | count
 * grades:                    # optional: 绩效评级 by total score, from the best down, each from its lower bound
 *   - {name: 优, from: 90}
 *   - {name: 良, from: 80}
 *   - {name: 合格, from: 60}
 *   - {name: 不合格, from: 0}
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ScoringLoader {

    /** The file name in a profile's directory. */
    public static final String FILE = "scoring.yaml";

    private static final String P = "SCORING";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 4;

    private ScoringLoader() {}

    /** Loads the scoring rules of a profile. */
    public static Result<ScoringRules> load(Profile profile) {
        return load(profile.files());
    }

    /** Loads the scoring rules in a profile's directory. */
    public static Result<ScoringRules> load(ProfileFiles files) {
        Issues issues = Issues.create();
        Optional<ProfileFiles.Yaml> yaml = files.yaml(FILE, P, "绩效自评计分规则", issues);
        if (yaml.isEmpty()) {
            return Result.failed(issues);
        }
        Optional<ScoringRules> rules = new Session(issues).rules(yaml.get().tree());
        return rules.isPresent() && !issues.hasErrors() ? Result.of(rules.get(), issues) : Result.failed(issues);
    }

    private static final class Session {
        private final Issues issues;

        Session(Issues issues) {
            this.issues = issues;
        }

        Optional<ScoringRules> rules(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "绩效自评计分规则", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<BigDecimal> total = positive(m, "totalWeight");
            Optional<Integer> decimals = decimals(m, "decimals");
            Optional<Integer> rateDecimals = decimals(m, "rateDecimals");
            BigDecimal[] budgetWeight = {null};
            ZeroRule[] zeroPlanned = {null};
            m.required("budget")
                    .flatMap(n -> MappingReader.of(n, "budget", issues, P))
                    .ifPresent(b -> {
                        budgetWeight[0] = positive(b, "weight").orElse(null);
                        zeroPlanned[0] = zeroRule(b, "zeroPlanned").orElse(null);
                        b.finish();
                    });
            Comparison[] unsigned = {null};
            ZeroRule[] zeroTarget = {null};
            ZeroRule[] zeroActual = {null};
            m.required("quantitative")
                    .flatMap(n -> MappingReader.of(n, "quantitative", issues, P))
                    .ifPresent(q -> {
                        unsigned[0] = comparison(q, "unsigned").orElse(null);
                        zeroTarget[0] = zeroRule(q, "zeroTarget").orElse(null);
                        zeroActual[0] = zeroRule(q, "zeroActual").orElse(null);
                        q.finish();
                    });
            Boolean[] fromScore = {null};
            Map<String, BigDecimal> levels = new LinkedHashMap<>();
            SourceRef[] levelsRef = {null};
            m.required("weights")
                    .flatMap(n -> MappingReader.of(n, "weights", issues, P))
                    .ifPresent(w -> {
                        fromScore[0] = requiredBool(w, "fromPrintedScore").orElse(null);
                        w.optional("levels")
                                .flatMap(n -> MappingReader.of(n, "levels", issues, P))
                                .ifPresent(l -> {
                                    levelsRef[0] = l.ref();
                                    for (Node.Entry entry : l.mapping().entries()) {
                                        positive(l, entry.key()).ifPresent(v -> levels.put(entry.key(), v));
                                    }
                                    l.finish();
                                });
                        w.finish();
                    });
            Boolean[] equalText = {null};
            List<Tier> tiers = new ArrayList<>();
            m.required("qualitative")
                    .flatMap(n -> MappingReader.of(n, "qualitative", issues, P))
                    .ifPresent(q -> {
                        equalText[0] = requiredBool(q, "equalTextMeetsTarget").orElse(null);
                        q.required("tiers").ifPresent(list -> tiers(list, tiers));
                        q.finish();
                    });
            ScoringRules.Aggregation aggregation = m.required("aggregation")
                    .flatMap(n -> MappingReader.of(n, "aggregation", issues, P))
                    .flatMap(this::aggregation)
                    .orElse(null);
            List<ScoringRules.Grade> grades = new ArrayList<>();
            m.optional("grades").ifPresent(list -> grades(list, grades));
            m.finish();
            if (total.isEmpty()
                    || aggregation == null
                    || decimals.isEmpty()
                    || rateDecimals.isEmpty()
                    || budgetWeight[0] == null
                    || zeroPlanned[0] == null
                    || unsigned[0] == null
                    || zeroTarget[0] == null
                    || zeroActual[0] == null
                    || fromScore[0] == null
                    || equalText[0] == null
                    || tiers.isEmpty()) {
                return Optional.empty();
            }
            if (levelsRef[0] != null) {
                BigDecimal sum = budgetWeight[0];
                for (BigDecimal level : levels.values()) {
                    sum = sum.add(level);
                }
                if (sum.compareTo(total.get()) != 0) {
                    issues.error(
                            levelsRef[0],
                            P + "_VALUE",
                            "预算执行率分值加各一级指标分值为 " + sum.toPlainString() + "，应等于总分 "
                                    + total.get().toPlainString());
                }
            }
            if (budgetWeight[0].compareTo(total.get()) > 0) {
                issues.error(
                        m.ref(),
                        P + "_VALUE",
                        "预算执行率分值 " + budgetWeight[0].toPlainString() + " 超过总分 "
                                + total.get().toPlainString());
            }
            return Optional.of(new ScoringRules(
                    total.get(),
                    decimals.get(),
                    rateDecimals.get(),
                    budgetWeight[0],
                    zeroPlanned[0],
                    unsigned[0],
                    zeroTarget[0],
                    zeroActual[0],
                    fromScore[0],
                    levels,
                    equalText[0],
                    tiers,
                    aggregation,
                    grades,
                    m.ref()));
        }

        private Optional<ScoringRules.Aggregation> aggregation(MappingReader a) {
            Optional<ScoringRules.Funds> funds = choice(a, "funds", List.of("planned", "executed"))
                    .map(t -> t.equals("planned") ? ScoringRules.Funds.PLANNED : ScoringRules.Funds.EXECUTED);
            List<String> units = a.required("relativeUnits").isPresent() ? a.texts("relativeUnits") : List.of();
            Optional<ScoringRules.Average> relative = average(a, "relative");
            Optional<ScoringRules.Average> qualitative = average(a, "qualitative");
            Optional<ScoringRules.Average> average = average(a, "average");
            a.finish();
            if (funds.isEmpty() || relative.isEmpty() || qualitative.isEmpty() || average.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ScoringRules.Aggregation(
                    funds.get(), units, relative.get(), qualitative.get(), average.get(), a.ref()));
        }

        private Optional<ScoringRules.Average> average(MappingReader m, String key) {
            return choice(m, key, List.of("funds", "count"))
                    .map(t -> t.equals("funds") ? ScoringRules.Average.FUNDS : ScoringRules.Average.COUNT);
        }

        private void grades(Node list, List<ScoringRules.Grade> grades) {
            if (!(list instanceof Node.Sequence)
                    || ((Node.Sequence) list).items().isEmpty()) {
                issues.error(list.ref(), P + "_WRONG_KIND", "grades 应为非空列表");
                return;
            }
            Set<String> names = new HashSet<>();
            for (Node item : ((Node.Sequence) list).items()) {
                Optional<MappingReader> reader = MappingReader.of(item, "绩效评级", issues, P);
                if (reader.isEmpty()) {
                    grades.clear();
                    return;
                }
                MappingReader g = reader.get();
                Optional<String> name = g.requiredText("name");
                Optional<BigDecimal> from = number(g, "from", true);
                g.finish();
                if (name.isEmpty() || from.isEmpty()) {
                    grades.clear();
                    return;
                }
                if (!names.add(name.get())) {
                    issues.error(g.ref(), P + "_DUPLICATE", "绩效评级“" + name.get() + "”重复");
                }
                if (!grades.isEmpty()
                        && from.get().compareTo(grades.get(grades.size() - 1).from()) >= 0) {
                    issues.error(
                            g.mapping().get("from").orElseThrow().ref(),
                            P + "_GRADES",
                            "绩效评级应从高到低排列，“" + name.get() + "”的下限 " + from.get().toPlainString() + " 应低于上一级的下限 "
                                    + grades.get(grades.size() - 1).from().toPlainString());
                }
                grades.add(new ScoringRules.Grade(name.get(), from.get(), g.ref()));
            }
            if (grades.get(grades.size() - 1).from().signum() != 0) {
                issues.error(grades.get(grades.size() - 1).source(), P + "_GRADES", "最低一级绩效评级的下限应为 0");
            }
        }

        private void tiers(Node list, List<Tier> tiers) {
            if (!(list instanceof Node.Sequence)
                    || ((Node.Sequence) list).items().isEmpty()) {
                issues.error(list.ref(), P + "_WRONG_KIND", "tiers 应为非空列表");
                return;
            }
            Set<String> names = new HashSet<>();
            boolean complete = true;
            for (Node item : ((Node.Sequence) list).items()) {
                Optional<Tier> tier = tier(item, names);
                if (tier.isPresent()) {
                    tiers.add(tier.get());
                } else {
                    complete = false;
                }
            }
            if (!complete) {
                tiers.clear();
                return;
            }
            // from the best down, without gap or overlap, covering 0–100
            if (tiers.get(0).to().compareTo(HUNDRED) != 0) {
                issues.error(tiers.get(0).source(), P + "_TIERS", "第一档的上限应为 100");
            }
            for (int i = 1; i < tiers.size(); i++) {
                if (tiers.get(i).to().compareTo(tiers.get(i - 1).from()) != 0) {
                    issues.error(
                            tiers.get(i).source(),
                            P + "_TIERS",
                            "档次“" + tiers.get(i).name() + "”的上限 "
                                    + tiers.get(i).to().toPlainString() + " 应等于上一档的下限 "
                                    + tiers.get(i - 1).from().toPlainString());
                }
            }
            Tier last = tiers.get(tiers.size() - 1);
            if (last.from().signum() != 0) {
                issues.error(last.source(), P + "_TIERS", "最后一档的下限应为 0");
            }
        }

        private Optional<Tier> tier(Node node, Set<String> names) {
            Optional<MappingReader> reader = MappingReader.of(node, "定性指标档次", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            Optional<String> name = m.requiredText("name");
            List<String> aliases = m.texts("aliases");
            Optional<BigDecimal> from = percent(m, "from", true);
            Optional<BigDecimal> to = percent(m, "to", true);
            Optional<BigDecimal> score = percent(m, "score", false);
            m.finish();
            for (String n : name.map(n -> {
                        List<String> all = new ArrayList<>(aliases);
                        all.add(0, n);
                        return all;
                    })
                    .orElse(aliases)) {
                if (!names.add(n)) {
                    issues.error(m.ref(), P + "_DUPLICATE", "完成情况“" + n + "”重复出现在多个档次中");
                }
            }
            if (name.isEmpty() || from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            if (from.get().compareTo(to.get()) >= 0) {
                issues.error(m.ref(), P + "_TIERS", "档次“" + name.get() + "”的下限应小于上限");
                return Optional.empty();
            }
            if (score.isPresent()
                    && (score.get().compareTo(from.get()) < 0 || score.get().compareTo(to.get()) > 0)) {
                issues.error(
                        m.mapping().get("score").orElseThrow().ref(),
                        P + "_TIERS",
                        "档次“" + name.get() + "”的默认得分 " + score.get().toPlainString() + " 不在 "
                                + from.get().toPlainString() + "–" + to.get().toPlainString() + " 之内");
            }
            return Optional.of(new Tier(name.get(), aliases, from.get(), to.get(), score.orElse(null), m.ref()));
        }

        private Optional<BigDecimal> number(MappingReader m, String key, boolean required) {
            Optional<Node> node = required ? m.required(key) : m.optional(key);
            return node.flatMap(n -> m.scalarText(n, key).flatMap(text -> {
                if (text.matches("[0-9]+(\\.[0-9]+)?")) {
                    return Optional.of(new BigDecimal(text));
                }
                issues.error(n.ref(), P + "_VALUE", "字段“" + key + "”应为非负数，实为“" + text + "”");
                return Optional.empty();
            }));
        }

        private Optional<BigDecimal> positive(MappingReader m, String key) {
            return number(m, key, true).filter(value -> {
                if (value.signum() > 0) {
                    return true;
                }
                issues.error(m.mapping().get(key).orElseThrow().ref(), P + "_VALUE", "字段“" + key + "”应大于 0");
                return false;
            });
        }

        private Optional<BigDecimal> percent(MappingReader m, String key, boolean required) {
            return number(m, key, required).filter(value -> {
                if (value.compareTo(HUNDRED) <= 0) {
                    return true;
                }
                issues.error(
                        m.mapping().get(key).orElseThrow().ref(), P + "_VALUE", "字段“" + key + "”是百分比，应在 0 到 100 之间");
                return false;
            });
        }

        private Optional<Integer> decimals(MappingReader m, String key) {
            return m.required(key).flatMap(n -> m.toInteger(n, key)).filter(value -> {
                if (value <= MAX_DECIMALS) {
                    return true;
                }
                issues.error(
                        m.mapping().get(key).orElseThrow().ref(),
                        P + "_VALUE",
                        "字段“" + key + "”应在 0 到 " + MAX_DECIMALS + " 之间");
                return false;
            });
        }

        private Optional<Boolean> requiredBool(MappingReader m, String key) {
            if (m.required(key).isEmpty()) {
                return Optional.empty();
            }
            return m.bool(key);
        }

        private Optional<ZeroRule> zeroRule(MappingReader m, String key) {
            return choice(m, key, List.of("full", "zero", "unscored")).map(text -> switch (text) {
                case "full" -> ZeroRule.FULL;
                case "zero" -> ZeroRule.ZERO;
                default -> ZeroRule.UNSCORED;
            });
        }

        private Optional<Comparison> comparison(MappingReader m, String key) {
            return choice(m, key, List.of("atLeast", "atMost", "equal")).map(text -> switch (text) {
                case "atLeast" -> Comparison.AT_LEAST;
                case "atMost" -> Comparison.AT_MOST;
                default -> Comparison.EQUAL;
            });
        }

        private Optional<String> choice(MappingReader m, String key, List<String> allowed) {
            return m.required(key).flatMap(n -> m.scalarText(n, key).filter(text -> {
                if (allowed.contains(text)) {
                    return true;
                }
                issues.error(
                        n.ref(),
                        P + "_VALUE",
                        "字段“" + key + "”应为 " + String.join("、", allowed) + " 之一，实为“" + text + "”");
                return false;
            }));
        }
    }
}
