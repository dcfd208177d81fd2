package org.juesuan.core.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * Realistic synthetic unit datasets (合成单位数据集) in 元, for batch runs and benchmarks at any size: each unit
 * spends under one 类 family of the year's function catalog (plus the usual social-security and housing lines), with
 * plausible amounts, every fund rolling forward line by line, 一般公共预算基本支出 split exactly over economic codes,
 * 机关运行经费 equal to 公用经费, 三公 facts with consistent counts, procurement, prior-year facts with their reasons,
 * under one of the given profiles. Valid: the profile's rules find no error.
 *
 * <p>Unit {@code i} of seed {@code s} depends only on {@code (s, i)} and the profiles, never on how many units are
 * drawn; {@link #injection} decides, also from {@code (s, i)} alone, whether the unit carries one injected error. When
 * unit {@code i} is the 本级 of a department, its subordinates ({@link #subordinate}) are drawn the same way, each from
 * {@code (s, i)} and its number alone.
 *
 * <p>Stateless and thread-safe.
 */
public final class SyntheticUnits {

    /** The profiles drawn from by default. */
    public static final List<String> DEFAULT_PROFILES = List.of("hubei-2024", "shanghai-2024");

    private static final int YEAR = 2024;
    private static final Map<String, List<ClassCode>> ITEMS_BY_CLASS = new TreeMap<>();
    private static final List<ClassCode> PAYROLL = new ArrayList<>();
    private static final List<ClassCode> GOODS = new ArrayList<>();
    private static final List<ClassCode> FAMILY = new ArrayList<>();
    private static final int SUBORDINATE_STREAMS = 100;
    private static final Map<String, String> DEPARTMENTS = Map.ofEntries(
            Map.entry("201", "人民政府办公室"),
            Map.entry("204", "司法局"),
            Map.entry("205", "教育局"),
            Map.entry("206", "科学技术局"),
            Map.entry("207", "文化和旅游局"),
            Map.entry("208", "人力资源和社会保障局"),
            Map.entry("210", "卫生健康局"),
            Map.entry("211", "生态环境分局"),
            Map.entry("212", "住房和城乡建设局"),
            Map.entry("213", "农业农村局"),
            Map.entry("214", "交通运输局"),
            Map.entry("215", "经济和信息化局"),
            Map.entry("216", "商务局"),
            Map.entry("220", "自然资源和规划分局"),
            Map.entry("221", "住房保障和房屋管理局"),
            Map.entry("224", "应急管理局"));
    private static final Map<String, List<String>> REGIONS = Map.of(
            "hubei-2024",
            List.of("湖北省武汉市江汉区", "湖北省宜昌市西陵区", "湖北省襄阳市樊城区", "湖北省荆州市沙市区", "湖北省黄石市下陆区", "湖北省十堰市张湾区"),
            "shanghai-2024",
            List.of("上海市黄浦区", "上海市徐汇区", "上海市静安区", "上海市普陀区", "上海市闵行区", "上海市浦东新区"));

    static {
        Catalogs catalogs = Catalogs.bundled();
        Catalog functions = catalogs.find(YEAR, CatalogKind.FUNCTION).orElseThrow();
        for (CatalogEntry entry : functions.entries()) {
            String code = entry.code().digits();
            if (code.length() == 7) {
                ITEMS_BY_CLASS
                        .computeIfAbsent(code.substring(0, 3), k -> new ArrayList<>())
                        .add(entry.code());
            }
        }
        for (String code : List.of("2080501", "2080505", "2101101", "2210201")) {
            ClassCode parsed = ClassCode.of(code);
            if (functions.entries().stream().anyMatch(e -> e.code().equals(parsed))) {
                FAMILY.add(parsed);
            }
        }
        Catalog economics = catalogs.find(YEAR, CatalogKind.ECONOMIC).orElseThrow();
        for (CatalogEntry entry : economics.entries()) {
            String code = entry.code().digits();
            if (code.length() == 5 && (code.startsWith("301") || code.startsWith("303"))) {
                PAYROLL.add(entry.code());
            } else if (code.length() == 5 && code.startsWith("302")) {
                GOODS.add(entry.code());
            }
        }
    }

    /** The 类 a unit spends under: those of {@link #DEPARTMENTS} with enough 项 to draw from, in order. */
    private static final List<String> FAMILIES;

    static {
        List<String> families = new ArrayList<>(DEPARTMENTS.keySet());
        families.removeIf(
                c -> !ITEMS_BY_CLASS.containsKey(c) || ITEMS_BY_CLASS.get(c).size() < 4);
        families.sort(null);
        FAMILIES = List.copyOf(families);
    }

    private SyntheticUnits() {}

    /**
     * Returns unit {@code index} of the seed, under one of the profiles.
     *
     * @param seed the seed of the whole set
     * @param index the unit's number in the set (from 1)
     * @param profiles the profiles to draw from, not empty
     */
    public static Dataset unit(long seed, long index, List<String> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("no profile");
        }
        SplittableRandom random = new SplittableRandom(mix(seed, index, 0));
        String profile = profiles.get(random.nextInt(profiles.size()));
        String family = FAMILIES.get(random.nextInt(FAMILIES.size()));
        Figures figures = figures(random, family);
        String department = DEPARTMENTS.get(family);
        List<String> regions = REGIONS.getOrDefault(profile, REGIONS.get("hubei-2024"));
        String region = regions.get(random.nextInt(regions.size()));
        String name = region + department;
        UnitInfo unit = new UnitInfo(
                name,
                department,
                region,
                GovernmentLevel.DISTRICT,
                "行政单位",
                Scope.OWN,
                YEAR,
                LocalDate.of(YEAR + 1, 8, 1 + random.nextInt(30)),
                List.of("贯彻落实上级有关方针政策和决策部署。", "负责本行政区域内" + department.replace("局", "") + "相关工作。"),
                "本单位内设若干职能科室。",
                List.of());
        return figures.dataset(unit, profile);
    }

    /**
     * Returns subordinate {@code number} of unit {@code index} of the seed (所属单位): a 事业单位 of the unit's
     * department, under the same profile, in the same region, spending under the same 类, with figures of its own
     * drawn from {@code (seed, index, number)} alone. Valid on its own, like the unit.
     *
     * @param own the unit, as {@link #unit} returned it
     * @param name the subordinate's name
     * @param seed the seed of the whole set
     * @param index the unit's number in the set (from 1)
     * @param number the subordinate's number in the department (from 1)
     * @throws IllegalArgumentException if {@code own} is not a unit of this generator
     */
    public static Dataset subordinate(Dataset own, String name, long seed, long index, int number) {
        String family = FAMILIES.stream()
                .filter(code -> DEPARTMENTS.get(code).equals(own.unit().shortName()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "not a synthetic unit: " + own.unit().name()));
        SplittableRandom random = random(seed, index, SUBORDINATE_STREAMS + number);
        Figures figures = figures(random, family);
        UnitInfo info = own.unit();
        String shortName =
                name.startsWith(info.region()) ? name.substring(info.region().length()) : name;
        UnitInfo unit = new UnitInfo(
                name,
                shortName,
                info.region(),
                info.level(),
                "事业单位",
                Scope.OWN,
                YEAR,
                info.publishedOn(),
                List.of("承担" + info.shortName() + "委托的事务性、技术性和服务性工作。"),
                "本单位内设若干业务科室。",
                List.of());
        return figures.dataset(unit, own.profileId());
    }

    /**
     * Returns the random stream {@code stream} of unit {@code index} of the seed, for draws that belong to the unit:
     * stream 0 draws the unit, 1 its injected error, 2 and 3 are left to its department (whether it is one, and its
     * tree), and from 100 on each subordinate's figures.
     */
    public static SplittableRandom random(long seed, long index, long stream) {
        return new SplittableRandom(mix(seed, index, stream));
    }

    /** The figures of a unit, drawn before its name, in 元. */
    private record Figures(List<FunctionLine> lines, Map<ClassCode, Figure> economic, UnitFacts facts) {
        Dataset dataset(UnitInfo unit, String profile) {
            return new Dataset(
                    SourceRef.NONE,
                    unit,
                    profile,
                    AmountUnit.YUAN,
                    lines,
                    economic,
                    facts,
                    null,
                    List.of(),
                    KeyWork.NONE,
                    Published.NONE);
        }
    }

    private static Figures figures(SplittableRandom random, String family) {
        List<ClassCode> pool = ITEMS_BY_CLASS.get(family);
        TreeMap<ClassCode, ClassCode> chosen = new TreeMap<>();
        int own = 2 + random.nextInt(Math.min(7, pool.size() - 2));
        while (chosen.size() < own) {
            ClassCode code = pool.get(random.nextInt(pool.size()));
            chosen.put(code, code);
        }
        for (ClassCode code : FAMILY) {
            if (random.nextInt(4) > 0) {
                chosen.put(code, code);
            }
        }

        long[] opening = new long[Fund.values().length];
        long[] closing = new long[Fund.values().length];
        long[] incomeByFund = new long[Fund.values().length];
        long[] spendingByFund = new long[Fund.values().length];
        long generalBasic = 0;
        long projectSpending = 0;
        List<FunctionLine> lines = new ArrayList<>();
        for (ClassCode code : chosen.keySet()) {
            Map<IncomeSource, Figure> income = new EnumMap<>(IncomeSource.class);
            Map<FunctionLine.SpendingKey, Figure> spending = new TreeMap<>();
            Map<Fund, Figure> lineOpening = new EnumMap<>(Fund.class);
            Map<Fund, Figure> lineClosing = new EnumMap<>(Fund.class);
            boolean family2 = FAMILY.contains(code);
            long scale = family2
                    ? 200_000_00L + random.nextLong(3_000_000_00L)
                    : 500_000_00L + random.nextLong(20_000_000_00L);
            Figure budget = null;
            for (Fund fund : Fund.values()) {
                boolean used =
                        switch (fund) {
                            case GENERAL_BUDGET -> true;
                            case GOVERNMENT_FUND -> !family2 && random.nextInt(8) == 0;
                            case STATE_CAPITAL -> !family2 && random.nextInt(20) == 0;
                            case NON_FISCAL -> !family2 && random.nextInt(3) == 0;
                        };
                if (!used) {
                    continue;
                }
                long in = fund == Fund.GENERAL_BUDGET ? scale : scale / (2 + random.nextInt(8));
                long out = in * (85 + random.nextInt(20)) / 100;
                long basicShare = family2 ? 100 : fund == Fund.GENERAL_BUDGET ? random.nextInt(80) : 0;
                long basic = out * basicShare / 100;
                long project = out - basic;
                if (basic > 0) {
                    spending.put(new FunctionLine.SpendingKey(fund, SpendingKind.BASIC), figure(basic));
                }
                if (project > 0) {
                    spending.put(new FunctionLine.SpendingKey(fund, SpendingKind.PROJECT), figure(project));
                }
                if (fund == Fund.GENERAL_BUDGET) {
                    generalBasic += basic;
                    budget = figure(out * (90 + random.nextInt(25)) / 100);
                }
                projectSpending += project;
                if (fund == Fund.NON_FISCAL) {
                    long business = in * random.nextInt(101) / 100;
                    if (business > 0) {
                        income.put(IncomeSource.BUSINESS, figure(business));
                    }
                    if (in - business > 0) {
                        income.put(IncomeSource.OTHER, figure(in - business));
                    }
                } else {
                    income.put(IncomeSource.valueOf(fund.name()), figure(in));
                }
                long open = Math.max(0, out - in) + random.nextLong(Math.max(1, in / 10));
                long close = open + in - out;
                lineOpening.put(fund, figure(open));
                lineClosing.put(fund, figure(close));
                opening[fund.ordinal()] += open;
                closing[fund.ordinal()] += close;
                incomeByFund[fund.ordinal()] += in;
                spendingByFund[fund.ordinal()] += out;
            }
            lines.add(new FunctionLine(
                    code, "", income, spending, lineOpening, lineClosing, budget, null, null, SourceRef.NONE));
        }

        Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
        Map<UnitFact, Count> counts = new EnumMap<>(UnitFact.class);
        Map<UnitFact, Text> texts = new EnumMap<>(UnitFact.class);
        // the balances are the lines' own: the unit-level balance facts (added to them) stay unset

        // 一般公共预算基本支出 by economic code: about 70% 工资福利 and 对个人和家庭的补助, the rest 商品和服务
        Map<ClassCode, Figure> economic = new TreeMap<>();
        long goods = generalBasic * (20 + random.nextInt(20)) / 100;
        split(random, generalBasic - goods, PAYROLL, 3 + random.nextInt(5), economic);
        split(random, goods, GOODS, 3 + random.nextInt(6), economic);
        amounts.put(UnitFact.OPERATING_COST_ACTUAL, figure(goods));
        amounts.put(UnitFact.OPERATING_COST_BUDGET, figure(goods * (95 + random.nextInt(15)) / 100));

        // 三公经费: small, within a budget, with counts that say what was spent
        long cap = Math.max(100_00L, goods / 20);
        long abroad = random.nextInt(3) == 0 ? 10_000_00L + random.nextLong(cap) : 0;
        long purchase = random.nextInt(8) == 0 ? 150_000_00L + random.nextLong(150_000_00L) : 0;
        long operation = random.nextInt(5) > 0 ? 5_000_00L + random.nextLong(cap) : 0;
        long reception = random.nextInt(5) > 0 ? 1_000_00L + random.nextLong(cap / 2) : 0;
        long[] actual = {abroad, purchase, operation, reception};
        UnitFact[] actualFacts = {
            UnitFact.THREE_PUBLIC_ACTUAL_ABROAD,
            UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_PURCHASE,
            UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION,
            UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION
        };
        UnitFact[] budgetFacts = {
            UnitFact.THREE_PUBLIC_BUDGET_ABROAD,
            UnitFact.THREE_PUBLIC_BUDGET_VEHICLE_PURCHASE,
            UnitFact.THREE_PUBLIC_BUDGET_VEHICLE_OPERATION,
            UnitFact.THREE_PUBLIC_BUDGET_RECEPTION
        };
        UnitFact[] priorFacts = {
            UnitFact.PRIOR_THREE_PUBLIC_ABROAD,
            UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_PURCHASE,
            UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_OPERATION,
            UnitFact.PRIOR_THREE_PUBLIC_RECEPTION
        };
        for (int i = 0; i < 4; i++) {
            amounts.put(actualFacts[i], figure(actual[i]));
            amounts.put(budgetFacts[i], figure(actual[i] * (100 + random.nextInt(30)) / 100));
            amounts.put(priorFacts[i], figure(vary(random, actual[i])));
        }
        int persons = abroad > 0 ? 2 + random.nextInt(10) : 0;
        counts.put(UnitFact.THREE_PUBLIC_ABROAD_GROUPS, count(abroad > 0 ? 1 + persons / 4 : 0));
        counts.put(UnitFact.THREE_PUBLIC_ABROAD_PERSONS, count(persons));
        int held = operation > 0 ? 1 + random.nextInt(8) : 0;
        counts.put(UnitFact.THREE_PUBLIC_VEHICLES_HELD, count(purchase > 0 ? Math.max(held, 1) : held));
        counts.put(UnitFact.THREE_PUBLIC_VEHICLES_PURCHASED, count(purchase > 0 ? 1 : 0));
        int batches = reception > 0 ? 3 + random.nextInt(60) : 0;
        counts.put(UnitFact.THREE_PUBLIC_RECEPTION_BATCHES, count(batches));
        counts.put(UnitFact.THREE_PUBLIC_RECEPTION_PERSONS, count(batches * (3 + random.nextInt(8))));
        amounts.put(UnitFact.THREE_PUBLIC_FOREIGN_RECEPTION, figure(0));
        counts.put(UnitFact.THREE_PUBLIC_FOREIGN_BATCHES, count(0));
        counts.put(UnitFact.THREE_PUBLIC_FOREIGN_PERSONS, count(0));

        // 政府采购 and assets
        long procurement = projectSpending / (5 + random.nextInt(10));
        long procuredGoods = procurement * random.nextInt(60) / 100;
        long procuredWorks = procurement * random.nextInt(30) / 100;
        long procuredServices = procurement - procuredGoods - procuredWorks;
        long sme = procurement * (60 + random.nextInt(40)) / 100;
        amounts.put(UnitFact.PROCUREMENT_GOODS, figure(procuredGoods));
        amounts.put(UnitFact.PROCUREMENT_WORKS, figure(procuredWorks));
        amounts.put(UnitFact.PROCUREMENT_SERVICES, figure(procuredServices));
        amounts.put(UnitFact.PROCUREMENT_SME, figure(sme));
        amounts.put(UnitFact.PROCUREMENT_MICRO, figure(sme * random.nextInt(80) / 100));
        counts.put(UnitFact.ASSETS_VEHICLES_OTHER, count(held + (purchase > 0 && held == 0 ? 1 : 0)));

        // the prior year, and why it differs
        long income = sum(incomeByFund);
        long expenditure = sum(spendingByFund);
        long fiscalIncome = income - incomeByFund[Fund.NON_FISCAL.ordinal()];
        long fiscalOpening = sum(opening) - opening[Fund.NON_FISCAL.ordinal()];
        amounts.put(UnitFact.PRIOR_INCOME, figure(vary(random, income)));
        amounts.put(UnitFact.PRIOR_EXPENDITURE, figure(vary(random, expenditure)));
        amounts.put(UnitFact.PRIOR_TOTAL, figure(vary(random, income + sum(opening))));
        amounts.put(UnitFact.PRIOR_FISCAL_TOTAL, figure(vary(random, fiscalIncome + fiscalOpening)));
        amounts.put(
                UnitFact.PRIOR_GENERAL_BUDGET_INCOME,
                figure(vary(random, incomeByFund[Fund.GENERAL_BUDGET.ordinal()])));
        amounts.put(
                UnitFact.PRIOR_GENERAL_BUDGET_EXPENDITURE,
                figure(vary(random, spendingByFund[Fund.GENERAL_BUDGET.ordinal()])));
        amounts.put(UnitFact.PRIOR_OPERATING_COST, figure(vary(random, goods)));
        String[] reasons = {"业务工作量增加", "人员变动及工资调整", "项目安排调整", "厉行节约、压减一般性支出"};
        for (UnitFact fact : UnitFact.values()) {
            if (fact.key().startsWith("reasons.")) {
                texts.put(fact, new Text(reasons[random.nextInt(reasons.length)] + "。", SourceRef.NONE));
            }
        }
        texts.put(UnitFact.TEXT_PROJECT_SPENDING, new Text("主要用于履行部门职责的专项业务工作。", SourceRef.NONE));
        return new Figures(lines, economic, new UnitFacts(amounts, counts, texts));
    }

    /**
     * Returns the error unit {@code index} of the seed is to carry, if any: a fraction {@code rate} of the units
     * (decided per unit, from the seed and index alone) carry one, of a kind drawn evenly.
     */
    public static Optional<InjectedError> injection(long seed, long index, double rate) {
        SplittableRandom random = new SplittableRandom(mix(seed, index, 1));
        double draw = random.nextDouble();
        InjectedError kind = InjectedError.values()[random.nextInt(InjectedError.values().length)];
        return draw < rate ? Optional.of(kind) : Optional.empty();
    }

    private static void split(
            SplittableRandom random, long total, List<ClassCode> codes, int parts, Map<ClassCode, Figure> into) {
        long left = total;
        for (int i = 0; i < parts && left > 0; i++) {
            ClassCode code = codes.get(random.nextInt(codes.size()));
            long part = i == parts - 1 ? left : random.nextLong(left + 1);
            Figure previous = into.get(code);
            into.put(
                    code,
                    figure(part + (previous == null ? 0 : previous.amount().toFen())));
            left -= part;
        }
    }

    private static long vary(SplittableRandom random, long amount) {
        return amount * (75 + random.nextInt(50)) / 100;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    static long mix(long seed, long index, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static Figure figure(long fen) {
        return Figure.computed(Amount.ofFen(fen));
    }

    private static Count count(int value) {
        return new Count(value, SourceRef.NONE);
    }
}
