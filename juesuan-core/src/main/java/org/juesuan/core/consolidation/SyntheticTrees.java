package org.juesuan.core.consolidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogEntry;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * Synthetic department trees for consolidation (合成汇总单位树), in 元, for property tests, benchmarks and trials: a
 * 本级 unit with subordinates up to three levels deep (one to six direct subordinates each), every unit's dataset
 * consistent on its own (each fund rolls forward, 基本支出 by economic code adds up to the same by function code,
 * 机关运行经费 equals 公用经费), and the transfers inside the department recorded on both sides: each subordinate's
 * 上级补助收入 equal to what its parent records as 对附属单位补助支出 for it, each 上缴上级支出 equal to the parent's
 * 附属单位上缴收入 from it. The same seed always gives the same tree.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticTrees {

    private static final List<ClassCode> ITEMS = new ArrayList<>();
    private static final List<ClassCode> PERSONNEL = new ArrayList<>();
    private static final List<ClassCode> GOODS = new ArrayList<>();

    static {
        Catalogs catalogs = Catalogs.bundled();
        List<ClassCode> items = new ArrayList<>();
        Catalog functions = catalogs.find(2024, CatalogKind.FUNCTION).orElseThrow();
        for (CatalogEntry entry : functions.entries()) {
            if (entry.code().length() == 7) {
                items.add(entry.code());
            }
        }
        // a small pool, so that units share function codes and consolidation has lines to add up
        for (int i = 0; i < 10; i++) {
            ITEMS.add(items.get(i * (items.size() / 10)));
        }
        Catalog economics = catalogs.find(2024, CatalogKind.ECONOMIC).orElseThrow();
        for (CatalogEntry entry : economics.entries()) {
            String code = entry.code().digits();
            if (code.length() == 5 && code.startsWith("301")) {
                PERSONNEL.add(entry.code());
            } else if (code.length() == 5 && code.startsWith("302")) {
                GOODS.add(entry.code());
            }
        }
    }

    private SyntheticTrees() {}

    /** Returns the units of a tree drawn from the seed, 本级 first, each after its parent; ids are {@code u0.yaml}…. */
    public static List<Member> of(long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        Map<String, @Nullable String> parents = new HashMap<>();
        ids.add("u0.yaml");
        parents.put("u0.yaml", null);
        grow("u0.yaml", 1, random, ids, parents);
        // the transfers of each subordinate with its parent, drawn before the datasets so both sides agree
        Map<String, Amount> subsidy = new HashMap<>();
        Map<String, Amount> remittance = new HashMap<>();
        for (String id : ids) {
            if (parents.get(id) != null) {
                subsidy.put(id, random.nextInt(4) == 0 ? Amount.ZERO : fen(random, 2_000_000_00L));
                remittance.put(id, random.nextInt(3) == 0 ? Amount.ZERO : fen(random, 500_000_00L));
            }
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String parent = parents.get(id);
            List<String> children = new ArrayList<>();
            for (String other : ids) {
                if (id.equals(parents.get(other))) {
                    children.add(other);
                }
            }
            Dataset dataset = unit(seed, i, random, parent, children, subsidy, remittance);
            members.add(new Member(id, dataset, parent, SourceRef.NONE));
        }
        return members;
    }

    private static void grow(
            String id, int depth, Random random, List<String> ids, Map<String, @Nullable String> parents) {
        // depth 1 is the 本级; units at depth 3 have no subordinates; a unit below the 本级 has some half the time
        if (depth >= 3 || (depth > 1 && random.nextBoolean())) {
            return;
        }
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String child = "u" + ids.size() + ".yaml";
            ids.add(child);
            parents.put(child, id);
            grow(child, depth + 1, random, ids, parents);
        }
    }

    private static Dataset unit(
            long seed,
            int index,
            Random random,
            @Nullable String parent,
            List<String> children,
            Map<String, Amount> subsidy,
            Map<String, Amount> remittance) {
        String id = "u" + index + ".yaml";
        int lineCount = 1 + random.nextInt(4);
        List<ClassCode> codes = new ArrayList<>();
        while (codes.size() < lineCount) {
            ClassCode code = ITEMS.get(random.nextInt(ITEMS.size()));
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        Map<ClassCode, Map<IncomeSource, Amount>> income = new TreeMap<>();
        Map<ClassCode, Map<FunctionLine.SpendingKey, Amount>> spending = new TreeMap<>();
        Map<ClassCode, @Nullable Amount> budgets = new TreeMap<>();
        for (ClassCode code : codes) {
            income.put(code, new EnumMap<>(IncomeSource.class));
            spending.put(code, new TreeMap<>());
            add(income.get(code), IncomeSource.GENERAL_BUDGET, fen(random, 3_000_000_00L));
            add(spending.get(code), Fund.GENERAL_BUDGET, SpendingKind.BASIC, fen(random, 2_000_000_00L));
            if (random.nextBoolean()) {
                add(spending.get(code), Fund.GENERAL_BUDGET, SpendingKind.PROJECT, fen(random, 1_000_000_00L));
            }
            if (random.nextInt(3) == 0) {
                add(income.get(code), IncomeSource.BUSINESS, fen(random, 1_000_000_00L));
                add(spending.get(code), Fund.NON_FISCAL, SpendingKind.BASIC, fen(random, 1_000_000_00L));
            }
            budgets.put(code, random.nextBoolean() ? fen(random, 3_000_000_00L) : null);
        }
        if (parent != null) {
            add(income.get(pick(codes, random)), IncomeSource.SUPERIOR_SUBSIDY, subsidy.get(id));
            add(spending.get(pick(codes, random)), Fund.NON_FISCAL, SpendingKind.REMITTANCE, remittance.get(id));
        }
        for (String child : children) {
            add(spending.get(pick(codes, random)), Fund.NON_FISCAL, SpendingKind.SUBSIDY, subsidy.get(child));
            add(income.get(pick(codes, random)), IncomeSource.AFFILIATED, remittance.get(child));
        }
        Map<Fund, Amount> incomeByFund = new EnumMap<>(Fund.class);
        Map<Fund, Amount> spendingByFund = new EnumMap<>(Fund.class);
        for (Fund fund : Fund.values()) {
            incomeByFund.put(fund, Amount.ZERO);
            spendingByFund.put(fund, Amount.ZERO);
        }
        Amount generalBasic = Amount.ZERO;
        List<FunctionLine> lines = new ArrayList<>();
        for (ClassCode code : codes) {
            Map<IncomeSource, Figure> lineIncome = new EnumMap<>(IncomeSource.class);
            income.get(code).forEach((source, amount) -> {
                lineIncome.put(source, Figure.computed(amount));
                incomeByFund.merge(source.fund(), amount, Amount::plus);
            });
            Map<FunctionLine.SpendingKey, Figure> lineSpending = new TreeMap<>();
            for (Map.Entry<FunctionLine.SpendingKey, Amount> entry :
                    spending.get(code).entrySet()) {
                lineSpending.put(entry.getKey(), Figure.computed(entry.getValue()));
                spendingByFund.merge(entry.getKey().fund(), entry.getValue(), Amount::plus);
                if (entry.getKey().equals(new FunctionLine.SpendingKey(Fund.GENERAL_BUDGET, SpendingKind.BASIC))) {
                    generalBasic = generalBasic.plus(entry.getValue());
                }
            }
            Amount budget = budgets.get(code);
            lines.add(new FunctionLine(
                    code,
                    "",
                    lineIncome,
                    lineSpending,
                    Map.of(),
                    Map.of(),
                    budget == null ? null : Figure.computed(budget),
                    null,
                    null,
                    SourceRef.NONE));
        }
        Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
        for (Fund fund : List.of(Fund.GENERAL_BUDGET, Fund.NON_FISCAL)) {
            // 年末 = 年初 + 收入 − 支出, with an opening balance large enough to keep the closing one from going negative
            Amount gap = spendingByFund.get(fund).minus(incomeByFund.get(fund));
            Amount opening = (gap.signum() > 0 ? gap : Amount.ZERO).plus(fen(random, 500_000_00L));
            Amount closing = opening.plus(incomeByFund.get(fund)).minus(spendingByFund.get(fund));
            amounts.put(UnitFact.ofKey("balances.opening." + fund.key()).orElseThrow(), Figure.computed(opening));
            amounts.put(UnitFact.ofKey("balances.closing." + fund.key()).orElseThrow(), Figure.computed(closing));
        }
        // 一般公共预算财政拨款基本支出 split into 人员经费 and 公用经费; 机关运行经费 is the 公用经费
        Map<ClassCode, Figure> economic = new TreeMap<>();
        Amount goods = Amount.ofFen(Math.floorMod(random.nextLong(), generalBasic.toFen() / 3 + 1));
        Amount personnel = generalBasic.minus(goods);
        if (personnel.signum() > 0) {
            economic.put(PERSONNEL.get(random.nextInt(PERSONNEL.size())), Figure.computed(personnel));
        }
        if (goods.signum() > 0) {
            economic.put(GOODS.get(random.nextInt(GOODS.size())), Figure.computed(goods));
        }
        amounts.put(UnitFact.OPERATING_COST_ACTUAL, Figure.computed(goods));
        String name = index == 0 ? "合成部门" + seed + "机关" : "合成部门" + seed + "所属单位" + index;
        UnitInfo unit = new UnitInfo(
                name,
                name,
                "某市某区",
                GovernmentLevel.DISTRICT,
                index == 0 ? "行政单位" : "事业单位",
                Scope.OWN,
                2024,
                LocalDate.of(2025, 9, 1),
                List.of(),
                "",
                List.of());
        return new Dataset(
                SourceRef.file(id),
                unit,
                "hubei-2024",
                AmountUnit.YUAN,
                lines,
                economic,
                new UnitFacts(amounts, Map.of(), Map.of()),
                null,
                List.of(),
                KeyWork.NONE,
                Published.NONE);
    }

    private static ClassCode pick(List<ClassCode> codes, Random random) {
        return codes.get(random.nextInt(codes.size()));
    }

    private static void add(Map<IncomeSource, Amount> income, IncomeSource source, Amount amount) {
        if (amount.signum() > 0) {
            income.merge(source, amount, Amount::plus);
        }
    }

    private static void add(
            Map<FunctionLine.SpendingKey, Amount> spending, Fund fund, SpendingKind kind, Amount amount) {
        if (amount.signum() > 0) {
            spending.merge(new FunctionLine.SpendingKey(fund, kind), amount, Amount::plus);
        }
    }

    private static Amount fen(Random random, long bound) {
        return Amount.ofFen(1 + Math.floorMod(random.nextLong(), bound));
    }
}
