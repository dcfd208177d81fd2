package org.juesuan.core.consolidation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.SyntheticUnits;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * Synthetic departments for consolidation (合成部门), in 元, for {@code synth}, property tests and benchmarks: unit
 * {@code index} of a seed, as {@link SyntheticUnits} draws it, is the 本级 (a 行政单位), with subordinates (事业单位
 * drawn by {@link SyntheticUnits#subordinate}) up to three levels deep, one to six direct subordinates each. Every
 * unit is valid on its own, and the transfers inside the department are recorded on both sides: each subordinate's
 * 上级补助收入 equals what its parent records as 对附属单位补助支出 for it, each 上缴上级支出 equals the parent's
 * 附属单位上缴收入 from it. Each side is balanced on its own line within 非财政拨款 (a 上级补助收入 spent on 项目支出, a
 * 对附属单位补助支出 paid from 其他收入, a 上缴上级支出 paid from 事业收入, a 附属单位上缴收入 spent on 项目支出), so every
 * unit still rolls forward line by line.
 *
 * <p>A department depends only on the seed, the index and the profiles. Its units are named in the tree by file:
 * {@code unit-00.yaml} (the 本级), {@code unit-01.yaml}…, each after its parent.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticTrees {

    private static final List<String> OFFICES = List.of(
            "机关服务中心", "信息中心", "事务服务中心", "综合执法大队", "培训中心", "档案馆", "监测站", "技术推广中心", "宣传教育中心", "后勤保障中心", "数据管理中心",
            "发展研究中心");
    private static final List<String> NUMBERS = List.of("一", "二", "三", "四", "五", "六");

    private SyntheticTrees() {}

    /** Returns a department of the seed under {@code hubei-2024}, 本级 first, each unit after its parent. */
    public static List<Member> of(long seed) {
        return department(seed, 1, List.of("hubei-2024"));
    }

    /** Returns the file name of unit {@code number} of a department (0 for the 本级). */
    public static String file(int number) {
        return String.format(Locale.ROOT, "unit-%02d.yaml", number);
    }

    /** Returns whether entry {@code index} of the seed is a department: a fraction {@code rate} of them is. */
    public static boolean isDepartment(long seed, long index, double rate) {
        return SyntheticUnits.random(seed, index, 2).nextDouble() < rate;
    }

    /**
     * Returns the offset error department {@code index} of the seed is to carry, if any: a fraction {@code rate} of
     * the departments (decided from the seed and index alone) carry one, of a kind drawn evenly.
     */
    public static Optional<InjectedOffsetError> injection(long seed, long index, double rate) {
        SplittableRandom random = SyntheticUnits.random(seed, index, 1);
        double draw = random.nextDouble();
        InjectedOffsetError kind = InjectedOffsetError.values()[random.nextInt(InjectedOffsetError.values().length)];
        return draw < rate ? Optional.of(kind) : Optional.empty();
    }

    /**
     * Returns department {@code index} of the seed: the 本级 first, each unit after its parent.
     *
     * @param seed the seed of the whole set
     * @param index the department's number in the set (from 1)
     * @param profiles the profiles to draw from, not empty
     */
    public static List<Member> department(long seed, long index, List<String> profiles) {
        Dataset own = SyntheticUnits.unit(seed, index, profiles);
        SplittableRandom random = SyntheticUnits.random(seed, index, 3);
        List<Integer> parents = new ArrayList<>();
        parents.add(-1);
        grow(0, 1, random, parents);
        List<String> offices = new ArrayList<>(OFFICES);
        for (int i = offices.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            offices.set(j, offices.set(i, offices.get(j)));
        }
        List<String> names = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        int[] childCount = new int[parents.size()];
        for (int number = 0; number < parents.size(); number++) {
            int parent = parents.get(number);
            String name;
            if (parent < 0) {
                name = own.unit().name();
            } else if (parent == 0) {
                name = own.unit().name() + offices.get(childCount[0]++);
            } else {
                name = names.get(parent) + "第" + NUMBERS.get(childCount[parent]++) + "分中心";
            }
            names.add(name);
            drafts.add(new Draft(number == 0 ? own : SyntheticUnits.subordinate(own, name, seed, index, number)));
        }
        // the transfers of each subordinate with its parent, each side recorded on a line of its own unit
        for (int number = 1; number < parents.size(); number++) {
            Draft child = drafts.get(number);
            Draft parent = drafts.get(parents.get(number));
            long subsidy = random.nextInt(4) == 0 ? 0 : 10_000_00L + random.nextLong(2_000_000_00L);
            long remittance = random.nextInt(3) == 0 ? 0 : 5_000_00L + random.nextLong(500_000_00L);
            if (subsidy > 0) {
                int line = child.line(random);
                child.income(line, IncomeSource.SUPERIOR_SUBSIDY, subsidy);
                child.spending(line, SpendingKind.PROJECT, subsidy);
                line = parent.line(random);
                parent.spending(line, SpendingKind.SUBSIDY, subsidy);
                parent.income(line, IncomeSource.OTHER, subsidy);
            }
            if (remittance > 0) {
                int line = child.line(random);
                child.spending(line, SpendingKind.REMITTANCE, remittance);
                child.income(line, IncomeSource.BUSINESS, remittance);
                line = parent.line(random);
                parent.income(line, IncomeSource.AFFILIATED, remittance);
                parent.spending(line, SpendingKind.PROJECT, remittance);
            }
        }
        List<Member> members = new ArrayList<>();
        for (int number = 0; number < parents.size(); number++) {
            int parent = parents.get(number);
            members.add(new Member(
                    file(number),
                    drafts.get(number).build(SourceRef.file(file(number))),
                    parent < 0 ? null : file(parent),
                    SourceRef.NONE));
        }
        return members;
    }

    /** Adds the subordinates of unit {@code number} at {@code depth} (1 for the 本级), depth first. */
    private static void grow(int number, int depth, SplittableRandom random, List<Integer> parents) {
        // the 本级 always has subordinates; units at depth 3 have none; a unit between has some half the time
        if (depth >= 3 || (depth > 1 && random.nextBoolean())) {
            return;
        }
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            int child = parents.size();
            parents.add(number);
            grow(child, depth + 1, random, parents);
        }
    }

    /** A unit's lines being given its transfers. */
    private static final class Draft {
        private final Dataset dataset;
        private final List<Map<IncomeSource, Figure>> income = new ArrayList<>();
        private final List<Map<FunctionLine.SpendingKey, Figure>> spending = new ArrayList<>();

        Draft(Dataset dataset) {
            this.dataset = dataset;
            for (FunctionLine line : dataset.lines()) {
                Map<IncomeSource, Figure> lineIncome = new EnumMap<>(IncomeSource.class);
                lineIncome.putAll(line.income());
                income.add(lineIncome);
                spending.add(new TreeMap<>(line.spending()));
            }
        }

        int line(SplittableRandom random) {
            return random.nextInt(income.size());
        }

        void income(int line, IncomeSource source, long fen) {
            income.get(line).merge(source, figure(fen), Draft::plus);
        }

        void spending(int line, SpendingKind kind, long fen) {
            spending.get(line).merge(new FunctionLine.SpendingKey(Fund.NON_FISCAL, kind), figure(fen), Draft::plus);
        }

        Dataset build(SourceRef source) {
            List<FunctionLine> lines = new ArrayList<>();
            for (int i = 0; i < income.size(); i++) {
                FunctionLine line = dataset.lines().get(i);
                lines.add(line.withFlows(income.get(i), spending.get(i)));
            }
            return new Dataset(
                    source,
                    dataset.unit(),
                    dataset.profileId(),
                    dataset.amountUnit(),
                    lines,
                    dataset.basicByEconomic(),
                    dataset.facts(),
                    dataset.overallEvaluation(),
                    dataset.projectEvaluations(),
                    dataset.keyWork(),
                    dataset.published());
        }

        private static Figure figure(long fen) {
            return Figure.computed(Amount.ofFen(fen));
        }

        private static Figure plus(Figure a, Figure b) {
            return a.withAmount(a.amount().plus(b.amount()));
        }
    }
}
