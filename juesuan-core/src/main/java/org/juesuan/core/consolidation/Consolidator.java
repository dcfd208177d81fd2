package org.juesuan.core.consolidation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Count;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.table.UnitGroup;

/**
 * Consolidates a department's units into one 汇总 dataset (部门决算汇总), offsetting the transfers inside it (抵销).
 *
 * <p>The units form a tree: exactly one 本级 (no parent), every other unit naming its parent. For each parent with
 * direct subordinates in the tree, two offsets are removed:
 *
 * <ul>
 *   <li>{@code C-1}: the parent's 对附属单位补助支出 (all of it) against the sum of its direct subordinates'
 *       上级补助收入;
 *   <li>{@code C-2}: the parent's 附属单位上缴收入 (all of it) against the sum of its direct subordinates'
 *       上缴上级支出.
 * </ul>
 *
 * <p>The data records these per 项 line, not per counterpart, so each side is removed from the lines where it is
 * recorded: a subordinate's 上级补助收入 and 上缴上级支出 from its own lines, a parent's 对附属单位补助支出 and
 * 附属单位上缴收入 from its own. All four belong to 非财政拨款, so when both sides match the removed income equals the
 * removed spending in that fund and the consolidated dataset still rolls forward (年末 = 年初 + 收入 − 支出). The
 * 本级's own 上级补助收入 and 上缴上级支出 (with units outside the department) and a leaf's 对附属单位补助支出 and
 * 附属单位上缴收入 (with units not consolidated) are kept. When the two sides differ both are still removed, so the
 * consolidated dataset is out of balance by exactly that difference. Whether they match is not decided here: the
 * working paper ({@link Consolidation#tables}) shows both sides, and the rules {@code C-1} and {@code C-2} of the
 * profile's consolidation rule set check them ({@link Consolidation#view}).
 *
 * <p>Everything else is summed exactly: lines by 项 code (income by source, spending by fund and kind, balances,
 * 年初预算), basic spending by economic code, amount and count facts (balances, “三公”经费, 政府采购, assets, prior-year
 * figures as each unit stated them). Text facts, line texts where the 本级 gives them, the self-evaluations and the key
 * work come from the 本级; printed figures ({@code published}) are not carried. A summed figure keeps its source when
 * one unit contributed it, and has none otherwise. Amounts are held in yuan, so units written in 元 and in 万元 can be
 * mixed: the consolidated dataset is written in their common unit, or in 元 when they differ.
 *
 * <p>Stateless and thread-safe.
 */
public final class Consolidator {

    private Consolidator() {}

    /**
     * Consolidates the units.
     *
     * @param members the units, in the order the tree lists them
     * @param source where the tree is declared (the consolidated dataset's source)
     * @return the consolidation, or the problems with the tree (each located where the tree declares the unit)
     */
    public static Result<Consolidation> consolidate(List<Member> members, SourceRef source) {
        Issues issues = Issues.create();
        Map<String, Member> byId = new LinkedHashMap<>();
        for (Member member : members) {
            if (byId.putIfAbsent(member.id(), member) != null) {
                issues.error(member.declaredAt(), "CONSOLIDATION_DUPLICATE", "单位“" + member.id() + "”重复列出");
            }
        }
        List<Member> roots = new ArrayList<>();
        for (Member member : byId.values()) {
            String parent = member.parent();
            if (parent == null) {
                roots.add(member);
            } else if (parent.equals(member.id())) {
                issues.error(member.declaredAt(), "CONSOLIDATION_CYCLE", "单位“" + member.id() + "”的上级单位是其自身");
            } else if (!byId.containsKey(parent)) {
                issues.error(
                        member.declaredAt(),
                        "CONSOLIDATION_UNKNOWN_PARENT",
                        "单位“" + member.id() + "”的上级单位“" + parent + "”未列入单位构成");
            }
        }
        if (roots.isEmpty() && !byId.isEmpty()) {
            issues.error(source, "CONSOLIDATION_NO_OWN", "单位构成中没有本级单位（未写上级单位的一项）");
        }
        if (byId.isEmpty()) {
            issues.error(source, "CONSOLIDATION_EMPTY", "单位构成中没有任何单位");
        }
        for (Member extra : roots.subList(Math.min(1, roots.size()), roots.size())) {
            issues.error(
                    extra.declaredAt(),
                    "CONSOLIDATION_SECOND_OWN",
                    "单位“" + extra.id() + "”未写上级单位，但本级已是“" + roots.get(0).id() + "”：只能有一个本级单位");
        }
        if (issues.hasErrors()) {
            return Result.failed(issues);
        }
        Member own = roots.get(0);
        Map<String, List<Member>> children = new LinkedHashMap<>();
        for (Member member : byId.values()) {
            children.put(member.id(), new ArrayList<>());
        }
        for (Member member : byId.values()) {
            if (member.parent() != null) {
                children.get(member.parent()).add(member);
            }
        }
        List<Member> order = new ArrayList<>();
        preOrder(own, children, order);
        if (order.size() < byId.size()) {
            Set<String> reached = new LinkedHashSet<>();
            order.forEach(member -> reached.add(member.id()));
            for (Member member : byId.values()) {
                if (!reached.contains(member.id())) {
                    issues.error(
                            member.declaredAt(),
                            "CONSOLIDATION_CYCLE",
                            "单位“" + member.id() + "”的上级单位链构成循环（" + chain(member, byId) + "），未连到本级单位“" + own.id() + "”");
                }
            }
            return Result.failed(issues);
        }
        checkCompatible(order, issues);
        if (issues.hasErrors()) {
            return Result.failed(issues);
        }
        return Result.of(build(own, order, children, source), issues);
    }

    private static void preOrder(Member member, Map<String, List<Member>> children, List<Member> order) {
        order.add(member);
        for (Member child : children.get(member.id())) {
            preOrder(child, children, order);
        }
    }

    private static String chain(Member start, Map<String, Member> byId) {
        List<String> seen = new ArrayList<>();
        Member current = start;
        while (current != null && !seen.contains(current.id())) {
            seen.add(current.id());
            String parent = current.parent();
            current = parent == null ? null : byId.get(parent);
        }
        if (current != null) {
            seen.add(current.id());
        }
        return String.join(" → ", seen);
    }

    private static void checkCompatible(List<Member> order, Issues issues) {
        Dataset own = order.get(0).dataset();
        for (Member member : order) {
            Dataset dataset = member.dataset();
            if (dataset.unit().scope() != Scope.OWN) {
                issues.error(
                        dataset.source(),
                        "CONSOLIDATION_SCOPE",
                        "单位“" + member.id() + "”的数据集已是汇总数据（scope: 汇总），汇总时各单位应为本级数据");
            }
            if (dataset.fiscalYear() != own.fiscalYear()) {
                issues.error(
                        dataset.source(),
                        "CONSOLIDATION_YEAR",
                        "单位“" + member.id() + "”为 " + dataset.fiscalYear() + " 年度，本级单位为 " + own.fiscalYear() + " 年度");
            }
            if (!dataset.profileId().equals(own.profileId())) {
                issues.error(
                        dataset.source(),
                        "CONSOLIDATION_PROFILE",
                        "单位“" + member.id() + "”的地区口径为“" + dataset.profileId() + "”，本级单位为“" + own.profileId() + "”");
            }
        }
    }

    private static Consolidation build(
            Member own, List<Member> order, Map<String, List<Member>> children, SourceRef source) {
        // which sides each unit gives up: a subordinate its 上级补助收入 and 上缴上级支出, a parent with subordinates its
        // 对附属单位补助支出 and 附属单位上缴收入
        List<Offset> offsets = new ArrayList<>();
        List<UnitGroup> groups = new ArrayList<>();
        for (Member parent : order) {
            List<Member> kids = children.get(parent.id());
            if (kids.isEmpty()) {
                continue;
            }
            groups.add(new UnitGroup(
                    unit(parent), kids.stream().map(Consolidator::unit).toList()));
            for (OffsetKind kind : OffsetKind.values()) {
                List<Adjustment> adjustments =
                        new ArrayList<>(sides(parent, kind.parentSideIsIncome(), kind, kind.parentSide()));
                Amount parentSide = total(adjustments);
                Amount childrenSide = Amount.ZERO;
                for (Member kid : kids) {
                    List<Adjustment> side = sides(kid, !kind.parentSideIsIncome(), kind, kind.childSide());
                    childrenSide = childrenSide.plus(total(side));
                    adjustments.addAll(side);
                }
                offsets.add(new Offset(
                        kind,
                        parent.id(),
                        parent.name(),
                        kids.stream().map(Member::id).toList(),
                        kids.stream().map(Member::name).toList(),
                        parentSide,
                        childrenSide,
                        adjustments));
            }
        }
        Map<String, String> units = new LinkedHashMap<>();
        order.forEach(member -> units.put(member.id(), member.name()));
        WorkingPaper paper = new WorkingPaper(own.name(), units, offsets, groups);
        return new Consolidation(sum(own, order, children, source), paper);
    }

    private static UnitGroup.Unit unit(Member member) {
        return new UnitGroup.Unit(member.id(), member.name(), member.dataset());
    }

    /** The figures of one side of an offset a unit records: its income of a source or its spending of a kind. */
    private static List<Adjustment> sides(Member member, boolean income, OffsetKind kind, String what) {
        List<Adjustment> found = new ArrayList<>();
        for (FunctionLine line : member.dataset().lines()) {
            if (income) {
                Figure figure = line.income().get(kind.incomeSource());
                if (figure != null) {
                    found.add(new Adjustment(
                            member.id(),
                            line.code(),
                            what,
                            true,
                            kind.incomeSource().fund(),
                            figure.amount(),
                            figure.source()));
                }
            } else {
                for (Map.Entry<FunctionLine.SpendingKey, Figure> entry :
                        line.spending().entrySet()) {
                    if (entry.getKey().kind() == kind.spendingKind()) {
                        found.add(new Adjustment(
                                member.id(),
                                line.code(),
                                what,
                                false,
                                entry.getKey().fund(),
                                entry.getValue().amount(),
                                entry.getValue().source()));
                    }
                }
            }
        }
        return found;
    }

    private static Amount total(List<Adjustment> adjustments) {
        Amount total = Amount.ZERO;
        for (Adjustment adjustment : adjustments) {
            total = total.plus(adjustment.amount());
        }
        return total;
    }

    private static Dataset sum(Member own, List<Member> order, Map<String, List<Member>> children, SourceRef source) {
        Map<ClassCode, LineSum> lines = new TreeMap<>();
        Map<ClassCode, FigureSum> economic = new TreeMap<>();
        Map<UnitFact, FigureSum> amounts = new EnumMap<>(UnitFact.class);
        Map<UnitFact, Count> counts = new EnumMap<>(UnitFact.class);
        for (Member member : order) {
            boolean subordinate = member.parent() != null;
            boolean parent = !children.get(member.id()).isEmpty();
            for (FunctionLine line : member.dataset().lines()) {
                lines.computeIfAbsent(line.code(), code -> new LineSum()).add(line, member == own, subordinate, parent);
            }
            for (Map.Entry<ClassCode, Figure> entry :
                    member.dataset().basicByEconomic().entrySet()) {
                economic.computeIfAbsent(entry.getKey(), code -> new FigureSum())
                        .add(entry.getValue());
            }
            for (Map.Entry<UnitFact, Figure> entry :
                    member.dataset().facts().amounts().entrySet()) {
                amounts.computeIfAbsent(entry.getKey(), fact -> new FigureSum()).add(entry.getValue());
            }
            for (Map.Entry<UnitFact, Count> entry :
                    member.dataset().facts().counts().entrySet()) {
                Count previous = counts.get(entry.getKey());
                counts.put(
                        entry.getKey(),
                        previous == null
                                ? entry.getValue()
                                : new Count(previous.value() + entry.getValue().value(), SourceRef.NONE));
            }
        }
        List<FunctionLine> summed = new ArrayList<>();
        for (LineSum line : lines.values()) {
            FunctionLine built = line.build();
            if (built != null) {
                summed.add(built);
            }
        }
        Map<ClassCode, Figure> economicFigures = new TreeMap<>();
        economic.forEach((code, figure) -> economicFigures.put(code, figure.figure()));
        Map<UnitFact, Figure> amountFacts = new EnumMap<>(UnitFact.class);
        amounts.forEach((fact, figure) -> amountFacts.put(fact, figure.figure()));
        Map<UnitFact, Text> texts = own.dataset().facts().texts();
        Dataset base = own.dataset();
        UnitInfo info = base.unit();
        List<String> names = order.stream().map(Member::name).toList();
        UnitInfo consolidated = new UnitInfo(
                info.name(),
                info.shortName(),
                info.region(),
                info.level(),
                info.unitKind(),
                Scope.CONSOLIDATED,
                info.fiscalYear(),
                info.publishedOn(),
                info.duties(),
                info.organization(),
                names);
        AmountUnit unit = base.amountUnit();
        for (Member member : order) {
            if (member.dataset().amountUnit() != unit) {
                unit = AmountUnit.YUAN;
            }
        }
        return new Dataset(
                source,
                consolidated,
                base.profileId(),
                unit,
                summed,
                economicFigures,
                new UnitFacts(amountFacts, counts, texts),
                base.overallEvaluation(),
                base.projectEvaluations(),
                base.keyWork(),
                Published.NONE);
    }

    /** A sum of figures that keeps the source when only one figure was added. */
    private static final class FigureSum {
        private Amount amount = Amount.ZERO;
        private SourceRef source = SourceRef.NONE;
        private int parts;

        void add(Figure figure) {
            amount = amount.plus(figure.amount());
            source = parts == 0 ? figure.source() : SourceRef.NONE;
            parts++;
        }

        Figure figure() {
            return new Figure(amount, source);
        }
    }

    /** The lines of one 项 code across the units, with the offset sides left out. */
    private static final class LineSum {
        private @Nullable ClassCode code;
        private String name = "";
        private final Map<IncomeSource, FigureSum> income = new EnumMap<>(IncomeSource.class);
        private final Map<FunctionLine.SpendingKey, FigureSum> spending = new TreeMap<>();
        private final Map<Fund, FigureSum> opening = new EnumMap<>(Fund.class);
        private final Map<Fund, FigureSum> closing = new EnumMap<>(Fund.class);
        private @Nullable FigureSum budget;
        private @Nullable Text purpose;
        private @Nullable Text budgetReason;
        private boolean ownTexts;
        private SourceRef source = SourceRef.NONE;

        void add(FunctionLine line, boolean own, boolean subordinate, boolean parent) {
            if (code == null) {
                code = line.code();
                source = line.source();
            }
            if (name.isEmpty()) {
                name = line.name();
            }
            for (Map.Entry<IncomeSource, Figure> entry : line.income().entrySet()) {
                IncomeSource kind = entry.getKey();
                if ((subordinate && kind == IncomeSource.SUPERIOR_SUBSIDY)
                        || (parent && kind == IncomeSource.AFFILIATED)) {
                    continue;
                }
                income.computeIfAbsent(kind, k -> new FigureSum()).add(entry.getValue());
            }
            for (Map.Entry<FunctionLine.SpendingKey, Figure> entry :
                    line.spending().entrySet()) {
                SpendingKind kind = entry.getKey().kind();
                if ((subordinate && kind == SpendingKind.REMITTANCE) || (parent && kind == SpendingKind.SUBSIDY)) {
                    continue;
                }
                spending.computeIfAbsent(entry.getKey(), k -> new FigureSum()).add(entry.getValue());
            }
            line.opening().forEach((fund, figure) -> opening.computeIfAbsent(fund, f -> new FigureSum())
                    .add(figure));
            line.closing().forEach((fund, figure) -> closing.computeIfAbsent(fund, f -> new FigureSum())
                    .add(figure));
            Figure annual = line.annualBudget();
            if (annual != null) {
                if (budget == null) {
                    budget = new FigureSum();
                }
                budget.add(annual);
            }
            if (own) {
                ownTexts = true;
                purpose = line.purpose();
                budgetReason = line.budgetReason();
            } else if (!ownTexts) {
                purpose = purpose == null ? line.purpose() : purpose;
                budgetReason = budgetReason == null ? line.budgetReason() : budgetReason;
            }
        }

        /** Returns the line, or {@code null} when the offsets left nothing on it. */
        @Nullable
        FunctionLine build() {
            if (code == null
                    || (income.isEmpty()
                            && spending.isEmpty()
                            && opening.isEmpty()
                            && closing.isEmpty()
                            && budget == null)) {
                return null;
            }
            Map<IncomeSource, Figure> incomeFigures = new EnumMap<>(IncomeSource.class);
            income.forEach((key, sum) -> incomeFigures.put(key, sum.figure()));
            Map<FunctionLine.SpendingKey, Figure> spendingFigures = new TreeMap<>();
            spending.forEach((key, sum) -> spendingFigures.put(key, sum.figure()));
            Map<Fund, Figure> openingFigures = new EnumMap<>(Fund.class);
            opening.forEach((key, sum) -> openingFigures.put(key, sum.figure()));
            Map<Fund, Figure> closingFigures = new EnumMap<>(Fund.class);
            closing.forEach((key, sum) -> closingFigures.put(key, sum.figure()));
            return new FunctionLine(
                    code,
                    name,
                    incomeFigures,
                    spendingFigures,
                    openingFigures,
                    closingFigures,
                    budget == null ? null : budget.figure(),
                    purpose,
                    budgetReason,
                    source);
        }
    }
}
