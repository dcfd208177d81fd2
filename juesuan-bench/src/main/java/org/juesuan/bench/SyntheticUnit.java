package org.juesuan.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

/** A large unit in 元 (many 项 lines, all funds, every economic item) for benchmarks. */
final class SyntheticUnit {

    private SyntheticUnit() {}

    static Dataset of(Catalogs catalogs, int lineCount, long seed) {
        Random random = new Random(seed);
        List<ClassCode> items = new ArrayList<>();
        for (CatalogEntry entry :
                catalogs.find(2024, CatalogKind.FUNCTION).orElseThrow().entries()) {
            if (entry.code().length() == 7) {
                items.add(entry.code());
            }
        }
        TreeMap<ClassCode, FunctionLine> lines = new TreeMap<>();
        while (lines.size() < Math.min(lineCount, items.size())) {
            ClassCode code = items.get(random.nextInt(items.size()));
            Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
            Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
            for (Fund fund : Fund.values()) {
                for (SpendingKind kind : SpendingKind.values()) {
                    if (kind.allowsFund(fund) && random.nextBoolean()) {
                        spending.put(new FunctionLine.SpendingKey(fund, kind), fen(random));
                    }
                }
            }
            for (IncomeSource source : IncomeSource.values()) {
                if (random.nextBoolean()) {
                    income.put(source, fen(random));
                }
            }
            lines.put(
                    code,
                    new FunctionLine(
                            code, "", income, spending, Map.of(), Map.of(), fen(random), null, null, SourceRef.NONE));
        }
        Map<ClassCode, Figure> economic = new TreeMap<>();
        for (CatalogEntry entry :
                catalogs.find(2024, CatalogKind.ECONOMIC).orElseThrow().entries()) {
            if (entry.code().length() == 5) {
                economic.put(entry.code(), fen(random));
            }
        }
        Map<UnitFact, Figure> facts = new EnumMap<>(UnitFact.class);
        for (UnitFact fact : UnitFact.values()) {
            if (fact.type() == UnitFact.Type.AMOUNT) {
                facts.put(fact, fen(random));
            }
        }
        UnitInfo unit = new UnitInfo(
                "基准测试单位",
                "基准测试单位",
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
                new UnitFacts(facts, Map.of(), Map.of()),
                null,
                List.of(),
                KeyWork.NONE,
                Published.NONE);
    }

    private static Figure fen(Random random) {
        return Figure.computed(Amount.ofFen(Math.floorMod(random.nextLong(), 100_000_000_00L)));
    }
}
