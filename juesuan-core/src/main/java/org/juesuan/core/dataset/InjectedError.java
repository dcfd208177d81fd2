package org.juesuan.core.dataset;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.source.SourceRef;

/**
 * A known kind of error put into a synthetic dataset on purpose (注入错误), with the rules that must catch it: batch
 * runs and tests check that validation finds every one.
 *
 * <p>Each kind changes exactly one fact of a valid dataset.
 */
public enum InjectedError implements InjectedKind {
    /** 年末结转和结余 of 一般公共预算财政拨款 off by 1,000 元: the fund no longer rolls forward. */
    FUND_ROLL_FORWARD("fundRollForward", "一般公共预算财政拨款年末结转和结余与年初、收入、支出不衔接", List.of("T01-5", "T04-4")),
    /** One economic code of 一般公共预算基本支出 raised by 1,000 元: by economic code it no longer adds up. */
    ECONOMIC_TOTAL("economicTotal", "一般公共预算基本支出按经济分类合计与按功能分类合计不符", List.of("X-10")),
    /** 公务接待费 spent but no 接待批次 stated. */
    THREE_PUBLIC_COUNTS("threePublicCounts", "有公务接待费但接待批次为零", List.of("S-7")),
    /** 外宾接待费 larger than the whole 公务接待费 (and no 外宾接待 counts). */
    FOREIGN_RECEPTION("foreignReception", "外宾接待费大于公务接待费，且未说明外宾接待批次和人次", List.of("S-10", "S-13")),
    /** 授予中小企业合同金额 larger than the whole 政府采购支出. */
    PROCUREMENT_SME("procurementSme", "授予中小企业合同金额大于政府采购支出总额", List.of("N-15b"));

    private static final long OFFSET = 1_000_00L;

    private final String key;
    private final String description;
    private final List<String> ruleIds;

    InjectedError(String key, String description, List<String> ruleIds) {
        this.key = key;
        this.description = description;
        this.ruleIds = ruleIds;
    }

    /** Returns the key used in manifests. */
    @Override
    public String key() {
        return key;
    }

    /** Returns what the error is, in Chinese. */
    @Override
    public String description() {
        return description;
    }

    /** Returns the ids of the rules that report the error: on a valid dataset, exactly these find an ERROR. */
    @Override
    public List<String> ruleIds() {
        return ruleIds;
    }

    /** Returns the dataset with this error put in. */
    public Dataset apply(Dataset dataset) {
        UnitFacts facts = dataset.facts();
        Map<UnitFact, Figure> amounts = new EnumMap<>(UnitFact.class);
        amounts.putAll(facts.amounts());
        Map<UnitFact, Count> counts = new EnumMap<>(UnitFact.class);
        counts.putAll(facts.counts());
        Map<ClassCode, Figure> economic = new TreeMap<>(dataset.basicByEconomic());
        switch (this) {
            case FUND_ROLL_FORWARD -> raise(amounts, UnitFact.CLOSING_GENERAL_BUDGET, OFFSET);
            case ECONOMIC_TOTAL -> {
                ClassCode first = economic.keySet().iterator().next();
                economic.put(
                        first,
                        SyntheticUnits.figure(economic.get(first).amount().toFen() + OFFSET));
            }
            case THREE_PUBLIC_COUNTS -> {
                raise(amounts, UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION, OFFSET);
                raise(amounts, UnitFact.THREE_PUBLIC_BUDGET_RECEPTION, OFFSET);
                counts.put(UnitFact.THREE_PUBLIC_RECEPTION_BATCHES, new Count(0, SourceRef.NONE));
            }
            case FOREIGN_RECEPTION ->
                amounts.put(
                        UnitFact.THREE_PUBLIC_FOREIGN_RECEPTION,
                        SyntheticUnits.figure(fen(amounts, UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION) + OFFSET));
            case PROCUREMENT_SME ->
                amounts.put(
                        UnitFact.PROCUREMENT_SME,
                        SyntheticUnits.figure(fen(amounts, UnitFact.PROCUREMENT_GOODS)
                                + fen(amounts, UnitFact.PROCUREMENT_WORKS)
                                + fen(amounts, UnitFact.PROCUREMENT_SERVICES)
                                + OFFSET));
        }
        return dataset.withFigures(dataset.lines(), economic, new UnitFacts(amounts, counts, facts.texts()));
    }

    private static void raise(Map<UnitFact, Figure> amounts, UnitFact fact, long fen) {
        amounts.put(fact, SyntheticUnits.figure(fen(amounts, fact) + fen));
    }

    private static long fen(Map<UnitFact, Figure> amounts, UnitFact fact) {
        Figure figure = amounts.get(fact);
        return figure == null ? 0 : figure.amount().toFen();
    }
}
