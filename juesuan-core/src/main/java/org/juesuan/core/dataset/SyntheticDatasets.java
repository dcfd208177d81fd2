package org.juesuan.core.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogEntry;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * Synthetic but consistent datasets in 元 (合成数据集), for property tests, benchmarks and trials: every fund rolls
 * forward (年末 = 年初 + 收入 − 支出), 一般公共预算基本支出 by economic code adds up to the same by function code, and
 * 机关运行经费 equals 公用经费. The same seed always gives the same dataset.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticDatasets {

    private static final Catalogs CATALOGS = Catalogs.bundled();
    private static final List<ClassCode> ITEMS = new ArrayList<>();
    private static final List<ClassCode> ECONOMIC = new ArrayList<>();

    static {
        Catalog functions = CATALOGS.find(2024, CatalogKind.FUNCTION).orElseThrow();
        for (CatalogEntry entry : functions.entries()) {
            if (entry.code().length() == 7) {
                ITEMS.add(entry.code());
            }
        }
        Catalog economics = CATALOGS.find(2024, CatalogKind.ECONOMIC).orElseThrow();
        for (CatalogEntry entry : economics.entries()) {
            String code = entry.code().digits();
            if (code.length() == 5
                    && (code.startsWith("301")
                            || code.startsWith("302")
                            || code.startsWith("303")
                            || code.startsWith("310"))) {
                ECONOMIC.add(entry.code());
            }
        }
    }

    private SyntheticDatasets() {}

    /** Returns a dataset drawn from the seed, with 1 to 12 项 lines. */
    public static Dataset of(long seed) {
        return of(seed, 1 + new Random(seed).nextInt(12));
    }

    /** Returns a dataset drawn from the seed with the given number of 项 lines (benchmarks use large ones). */
    public static Dataset of(long seed, int lineCount) {
        Random random = new Random(seed);
        lineCount = Math.min(lineCount, ITEMS.size());
        TreeMap<ClassCode, FunctionLine> lines = new TreeMap<>();
        Map<Fund, Amount> incomeByFund = new EnumMap<>(Fund.class);
        Map<Fund, Amount> spendingByFund = new EnumMap<>(Fund.class);
        Amount generalBasic = Amount.ZERO;
        for (Fund fund : Fund.values()) {
            incomeByFund.put(fund, Amount.ZERO);
            spendingByFund.put(fund, Amount.ZERO);
        }
        while (lines.size() < lineCount) {
            ClassCode code = ITEMS.get(random.nextInt(ITEMS.size()));
            if (lines.containsKey(code)) {
                continue;
            }
            Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
            Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
            for (Fund fund : Fund.values()) {
                if (random.nextInt(3) == 0 && fund != Fund.GENERAL_BUDGET) {
                    continue;
                }
                for (SpendingKind kind : SpendingKind.values()) {
                    if (kind.allowsFund(fund) && random.nextInt(3) > 0) {
                        Amount amount = fen(random, 5_000_000_00L);
                        spending.put(new FunctionLine.SpendingKey(fund, kind), figure(amount));
                        spendingByFund.merge(fund, amount, Amount::plus);
                        if (fund == Fund.GENERAL_BUDGET && kind == SpendingKind.BASIC) {
                            generalBasic = generalBasic.plus(amount);
                        }
                    }
                }
            }
            for (IncomeSource source : IncomeSource.values()) {
                if (random.nextInt(3) == 0) {
                    Amount amount = fen(random, 5_000_000_00L);
                    income.put(source, figure(amount));
                    incomeByFund.merge(source.fund(), amount, Amount::plus);
                }
            }
            Figure budget = random.nextBoolean() ? figure(fen(random, 5_000_000_00L)) : null;
            lines.put(
                    code,
                    new FunctionLine(
                            code, "", income, spending, Map.of(), Map.of(), budget, null, null, SourceRef.NONE));
        }
        Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
        for (Fund fund : Fund.values()) {
            // choose the opening balance so that the closing one is not negative: 年末 = 年初 + 收入 − 支出
            Amount gap = spendingByFund.get(fund).minus(incomeByFund.get(fund));
            Amount opening = (gap.signum() > 0 ? gap : Amount.ZERO).plus(fen(random, 1_000_000_00L));
            Amount closing = opening.plus(incomeByFund.get(fund)).minus(spendingByFund.get(fund));
            amounts.put(UnitFact.ofKey("balances.opening." + fund.key()).orElseThrow(), figure(opening));
            amounts.put(UnitFact.ofKey("balances.closing." + fund.key()).orElseThrow(), figure(closing));
        }
        // split 一般公共预算基本支出 over economic items, exactly
        Map<ClassCode, Figure> economic = new TreeMap<>();
        Amount left = generalBasic;
        int items = 1 + random.nextInt(8);
        Amount publicCost = Amount.ZERO;
        for (int i = 0; i < items && left.signum() > 0; i++) {
            ClassCode code = ECONOMIC.get(random.nextInt(ECONOMIC.size()));
            Amount part = i == items - 1 ? left : Amount.ofFen(Math.floorMod(random.nextLong(), left.toFen() + 1));
            Figure previous = economic.get(code);
            economic.put(
                    code, figure(previous == null ? part : previous.amount().plus(part)));
            left = left.minus(part);
        }
        if (left.signum() > 0) {
            ClassCode code = ECONOMIC.get(0);
            Figure previous = economic.get(code);
            economic.put(
                    code, figure(previous == null ? left : previous.amount().plus(left)));
        }
        for (Map.Entry<ClassCode, Figure> entry : economic.entrySet()) {
            String code = entry.getKey().digits();
            if (!code.startsWith("301") && !code.startsWith("303")) {
                publicCost = publicCost.plus(entry.getValue().amount());
            }
        }
        amounts.put(UnitFact.OPERATING_COST_ACTUAL, figure(publicCost));
        for (UnitFact fact : List.of(
                UnitFact.THREE_PUBLIC_ACTUAL_ABROAD,
                UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_PURCHASE,
                UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION,
                UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION,
                UnitFact.THREE_PUBLIC_BUDGET_ABROAD,
                UnitFact.THREE_PUBLIC_BUDGET_RECEPTION,
                UnitFact.PROCUREMENT_GOODS,
                UnitFact.PROCUREMENT_SERVICES)) {
            amounts.put(fact, figure(fen(random, 50_000_00L)));
        }
        UnitInfo unit = new UnitInfo(
                "随机单位" + seed,
                "随机单位" + seed,
                "某市某区",
                GovernmentLevel.DISTRICT,
                "行政单位",
                Scope.OWN,
                2024,
                LocalDate.of(2025, 9, 1),
                List.of(),
                "",
                List.of());
        return new Dataset(
                SourceRef.NONE,
                unit,
                "hubei-2024",
                AmountUnit.YUAN,
                new ArrayList<>(lines.values()),
                economic,
                new UnitFacts(amounts, Map.of(), Map.of()),
                null,
                List.of(),
                KeyWork.NONE,
                Published.NONE);
    }

    private static Amount fen(Random random, long bound) {
        return Amount.ofFen(Math.floorMod(random.nextLong(), bound));
    }

    private static Figure figure(Amount amount) {
        return Figure.computed(amount);
    }
}
