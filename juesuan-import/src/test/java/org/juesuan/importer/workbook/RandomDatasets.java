package org.juesuan.importer.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogEntry;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.dataset.Count;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.Evaluation;
import org.juesuan.core.dataset.Figure;
import org.juesuan.core.dataset.FunctionLine;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.KeyWork;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.dataset.Scope;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.Text;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.dataset.UnitFacts;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.SourceRef;

/**
 * Random datasets for round-trip properties: any 项 codes with any figures (zeros, negatives, amounts beyond a
 * double's precision), any economic 款, any unit facts, performance forms, key work and published figures, in 元 or
 * 万元. The figures need not add up: the workbook must carry whatever the dataset says.
 */
final class SyntheticDatasets {

    private static final String CHARACTERS = "决算收入支出经费项目单位中心区局科目年度目标指标完成情况说明ABCxyz0123456789，。（）%≥";

    private SyntheticDatasets() {}

    static Dataset of(long seed, Profile profile) {
        Random random = new Random(seed);
        AmountUnit unit = random.nextBoolean() ? AmountUnit.YUAN : AmountUnit.WAN_YUAN;
        List<ClassCode> items = codes(profile.functions(), 7);
        List<ClassCode> economicItems = codes(profile.economics(), 5);
        Map<ClassCode, FunctionLine> lines = new TreeMap<>();
        int lineCount = random.nextInt(10);
        while (lines.size() < lineCount) {
            ClassCode code = items.get(random.nextInt(items.size()));
            lines.put(code, line(random, code, profile.functions()));
        }
        Map<ClassCode, Figure> economic = new TreeMap<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            economic.put(economicItems.get(random.nextInt(economicItems.size())), figure(random));
        }
        UnitInfo info = new UnitInfo(
                text(random, 4, 20),
                random.nextBoolean() ? "" : text(random, 2, 8),
                text(random, 3, 12),
                GovernmentLevel.values()[random.nextInt(GovernmentLevel.values().length)],
                random.nextBoolean() ? "" : text(random, 2, 8),
                random.nextBoolean() ? Scope.OWN : Scope.CONSOLIDATED,
                profile.fiscalYear(),
                random.nextBoolean() ? null : LocalDate.of(2025, 1 + random.nextInt(12), 1),
                texts(random, 3),
                random.nextBoolean() ? "" : text(random, 1, 40),
                texts(random, 3));
        if (info.shortName().isEmpty()) {
            info = new UnitInfo(
                    info.name(),
                    info.name(),
                    info.region(),
                    info.level(),
                    info.unitKind(),
                    info.scope(),
                    info.fiscalYear(),
                    info.publishedOn(),
                    info.duties(),
                    info.organization(),
                    info.subordinates());
        }
        List<Evaluation> projects = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            projects.add(evaluation(random));
        }
        return new Dataset(
                SourceRef.NONE,
                info,
                profile.id(),
                unit,
                new ArrayList<>(lines.values()),
                economic,
                facts(random),
                random.nextBoolean() ? evaluation(random) : null,
                projects,
                keyWork(random),
                published(random));
    }

    private static List<ClassCode> codes(Catalog catalog, int length) {
        List<ClassCode> codes = new ArrayList<>();
        for (CatalogEntry entry : catalog.entries()) {
            if (entry.code().length() == length) {
                codes.add(entry.code());
            }
        }
        return codes;
    }

    private static FunctionLine line(Random random, ClassCode code, Catalog catalog) {
        Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
        Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
        Map<Fund, Figure> opening = new EnumMap<>(Fund.class);
        Map<Fund, Figure> closing = new EnumMap<>(Fund.class);
        for (IncomeSource source : IncomeSource.values()) {
            if (random.nextInt(4) == 0) {
                income.put(source, figure(random));
            }
        }
        for (Fund fund : Fund.values()) {
            for (SpendingKind kind : SpendingKind.values()) {
                if (kind.allowsFund(fund) && random.nextInt(4) == 0) {
                    spending.put(new FunctionLine.SpendingKey(fund, kind), figure(random));
                }
            }
            if (random.nextInt(6) == 0) {
                opening.put(fund, figure(random));
            }
            if (random.nextInt(6) == 0) {
                closing.put(fund, figure(random));
            }
        }
        String name = random.nextBoolean() ? catalog.name(code).orElseThrow() : "";
        return new FunctionLine(
                code,
                name,
                income,
                spending,
                opening,
                closing,
                random.nextInt(3) == 0 ? figure(random) : null,
                random.nextInt(4) == 0 ? text(random) : null,
                random.nextInt(4) == 0 ? text(random) : null,
                SourceRef.NONE);
    }

    private static UnitFacts facts(Random random) {
        Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
        Map<UnitFact, Count> counts = new EnumMap<>(UnitFact.class);
        Map<UnitFact, Text> texts = new EnumMap<>(UnitFact.class);
        for (UnitFact fact : UnitFact.values()) {
            if (random.nextInt(3) > 0) {
                continue;
            }
            switch (fact.type()) {
                case AMOUNT:
                    amounts.put(fact, figure(random));
                    break;
                case COUNT:
                    counts.put(fact, new Count(random.nextInt(1000), SourceRef.NONE));
                    break;
                default:
                    texts.put(fact, text(random));
                    break;
            }
        }
        return new UnitFacts(amounts, counts, texts);
    }

    private static Evaluation evaluation(Random random) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            attributes.put(text(random, 2, 6), random.nextInt(5) == 0 ? "" : text(random, 1, 20));
        }
        Map<String, String> printed = new LinkedHashMap<>();
        for (String key : List.of("executionRate", "budgetScore", "totalScore", "other")) {
            if (random.nextBoolean()) {
                printed.put(key, text(random, 1, 6));
            }
        }
        List<Evaluation.Goal> goals = new ArrayList<>();
        for (int g = random.nextInt(4); g > 0; g--) {
            List<Evaluation.Indicator> indicators = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                indicators.add(new Evaluation.Indicator(
                        maybe(random),
                        maybe(random),
                        text(random, 1, 12),
                        maybe(random),
                        maybe(random),
                        decimal(random),
                        decimal(random),
                        random.nextBoolean() ? null : text(random, 1, 8),
                        SourceRef.NONE));
            }
            goals.add(new Evaluation.Goal(maybe(random), maybe(random), decimal(random), indicators, SourceRef.NONE));
        }
        return new Evaluation(
                text(random, 2, 16),
                attributes,
                random.nextBoolean() ? figure(random) : null,
                random.nextBoolean() ? figure(random) : null,
                goals,
                random.nextBoolean() ? text(random) : null,
                random.nextBoolean() ? text(random) : null,
                random.nextBoolean() ? text(random) : null,
                printed,
                SourceRef.NONE);
    }

    private static KeyWork keyWork(Random random) {
        List<Text> paragraphs = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            paragraphs.add(text(random));
        }
        List<KeyWork.Item> items = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            items.add(new KeyWork.Item(text(random, 1, 10), maybe(random), maybe(random), SourceRef.NONE));
        }
        return new KeyWork(paragraphs, items);
    }

    private static Published published(Random random) {
        List<Published.Cell> cells = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            cells.add(new Published.Cell(
                    "T0" + (1 + random.nextInt(9)),
                    random.nextBoolean() ? "I" + random.nextInt(30) : "201030" + random.nextInt(10),
                    random.nextBoolean() ? "" : Integer.toString(1 + random.nextInt(7)),
                    figure(random).amount(),
                    SourceRef.NONE));
        }
        Map<NarrativeClaim, Published.Claim> claims = new EnumMap<>(NarrativeClaim.class);
        for (NarrativeClaim claim : NarrativeClaim.values()) {
            if (random.nextInt(5) > 0) {
                continue;
            }
            BigDecimal value;
            switch (claim.kind()) {
                case AMOUNT:
                    value = figure(random).amount().value();
                    break;
                case COUNT:
                    value = BigDecimal.valueOf(random.nextInt(100));
                    break;
                default:
                    value = BigDecimal.valueOf(random.nextInt(20001) - 10000, random.nextInt(4));
                    break;
            }
            claims.put(claim, new Published.Claim(claim, value, SourceRef.NONE));
        }
        // one cell per table and row: a dataset file cannot give a row both a single value and columns
        Map<String, Published.Cell> unique = new LinkedHashMap<>();
        cells.forEach(cell -> unique.putIfAbsent(cell.table() + "|" + cell.row(), cell));
        return new Published(new ArrayList<>(unique.values()), claims);
    }

    /** An amount: mostly ordinary, sometimes zero, negative, or beyond what a double holds exactly. */
    private static Figure figure(Random random) {
        long fen;
        switch (random.nextInt(8)) {
            case 0:
                fen = 0;
                break;
            case 1:
                fen = -Math.floorMod(random.nextLong(), 100_000_000L);
                break;
            case 2:
                fen = 1_000_000_000_000_000L + Math.floorMod(random.nextLong(), 1_000_000_000_000_000L);
                break;
            default:
                fen = Math.floorMod(random.nextLong(), 10_000_000_000L);
                break;
        }
        return new Figure(Amount.ofFen(fen), SourceRef.NONE);
    }

    private static BigDecimal decimal(Random random) {
        return random.nextInt(3) == 0 ? null : BigDecimal.valueOf(random.nextInt(20001) - 100, random.nextInt(4));
    }

    private static String maybe(Random random) {
        return random.nextBoolean() ? "" : text(random, 1, 12);
    }

    private static Text text(Random random) {
        String value = text(random, 1, 30);
        if (random.nextInt(5) == 0) {
            value += "\n" + text(random, 1, 10);
        }
        return new Text(value, SourceRef.NONE);
    }

    private static List<String> texts(Random random, int most) {
        List<String> texts = new ArrayList<>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            texts.add(text(random, 1, 20));
        }
        return texts;
    }

    /** Text without surrounding spaces, as a clerk's cell is read (stripped). */
    private static String text(Random random, int least, int most) {
        StringBuilder text = new StringBuilder();
        int length = least + random.nextInt(most - least + 1);
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return text.toString();
    }
}
