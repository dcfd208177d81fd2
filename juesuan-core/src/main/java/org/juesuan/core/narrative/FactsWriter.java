package org.juesuan.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.money.Amount;

/**
 * Writes the sections stated from the unit's facts rather than the tables: 机关运行经费, 政府采购 and 国有资产占用.
 *
 * <p>Within a group of facts the unit reported (the kinds of procurement, the categories of vehicles) a blank member
 * counts as zero; a group left wholly blank is stated with the section's {@code none} wording.
 *
 * <p>Stateless and thread-safe.
 */
final class FactsWriter {

    private static final Map<String, UnitFact> PROCUREMENT = Map.of(
            "goods", UnitFact.PROCUREMENT_GOODS,
            "works", UnitFact.PROCUREMENT_WORKS,
            "services", UnitFact.PROCUREMENT_SERVICES);

    private static final Map<String, UnitFact> VEHICLES = Map.of(
            "ministerial", UnitFact.ASSETS_VEHICLES_MINISTERIAL,
            "leader", UnitFact.ASSETS_VEHICLES_LEADER,
            "confidential", UnitFact.ASSETS_VEHICLES_CONFIDENTIAL,
            "emergency", UnitFact.ASSETS_VEHICLES_EMERGENCY,
            "enforcement", UnitFact.ASSETS_VEHICLES_ENFORCEMENT,
            "special", UnitFact.ASSETS_VEHICLES_SPECIAL,
            "retired", UnitFact.ASSETS_VEHICLES_RETIRED,
            "other", UnitFact.ASSETS_VEHICLES_OTHER);

    private FactsWriter() {}

    /** 机关运行经费, compared with its 年初预算 or with the prior year, as the profile's {@code basis} says. */
    static void operatingCost(SectionOutput out) {
        Values v = out.values();
        Optional<Amount> actual = v.fact(UnitFact.OPERATING_COST_ACTUAL);
        if (actual.filter(a -> !a.isZero()).isEmpty() && out.has("none")) {
            out.paragraph("none", out.bind("none"));
            return;
        }
        Amount amount = actual.orElse(Amount.ZERO);
        Optional<Amount> base = out.section().basis().equals("budget")
                ? v.fact(UnitFact.OPERATING_COST_BUDGET)
                : v.fact(UnitFact.PRIOR_OPERATING_COST);
        Bindings statement = out.bind("statement")
                .amount("amount", "amount", amount)
                .runs(
                        "comparison",
                        () -> Comparison.render(
                                out, "comparison", "", amount, base, v.text(UnitFact.REASON_OPERATING_COST)));
        out.paragraph("statement", statement);
    }

    /** 政府采购: the total and its kinds, the contracts awarded to small and medium enterprises, reserved budgets. */
    static void procurement(SectionOutput out) {
        Values v = out.values();
        Optional<Amount> total = v.sum(List.copyOf(PROCUREMENT.values()));
        if (total.filter(a -> !a.isZero()).isEmpty() && out.has("none")) {
            out.paragraph("none", out.bind("none"));
            return;
        }
        Amount whole = total.orElse(Amount.ZERO);
        List<SectionOutput.Item> kinds = new ArrayList<>();
        for (Map.Entry<String, String> name : out.names().entrySet()) {
            Amount amount = v.fact(PROCUREMENT.get(name.getKey())).orElse(Amount.ZERO);
            if (amount.isZero() && out.omitsZero()) {
                continue;
            }
            kinds.add(new SectionOutput.Item(
                    "text", out.bind("kind").text("name", name.getValue()).amount("amount", name.getKey(), amount)));
        }
        Optional<Amount> sme = v.fact(UnitFact.PROCUREMENT_SME);
        Optional<Amount> micro = v.fact(UnitFact.PROCUREMENT_MICRO);
        Bindings statement = out.bind("statement")
                .amount("total", "total", whole)
                .runs("kind", () -> out.list("kind", kinds))
                .amount("sme", "sme", sme)
                .amount("micro", "micro", micro);
        sme.ifPresent(s -> statement.percent("smeShare", "smeShare", s, whole));
        micro.ifPresent(m -> sme.ifPresent(s -> statement.percent("microShare", "microShare", m, s)));
        out.paragraph("statement", statement);
        out.paragraph(
                "reserved",
                out.bind("reserved")
                        .amount("smeReserved", "smeReserved", v.fact(UnitFact.PROCUREMENT_SME_RESERVED))
                        .amount("microReserved", "microReserved", v.fact(UnitFact.PROCUREMENT_MICRO_RESERVED))
                        .amount(
                                "smeAwardedReserved",
                                "smeAwardedReserved",
                                v.fact(UnitFact.PROCUREMENT_SME_AWARDED_RESERVED))
                        .amount(
                                "microAwardedReserved",
                                "microAwardedReserved",
                                v.fact(UnitFact.PROCUREMENT_MICRO_AWARDED_RESERVED))
                        .amount("smeAwardedOther", "smeAwardedOther", v.fact(UnitFact.PROCUREMENT_SME_AWARDED_OTHER)));
    }

    /** 国有资产占用: vehicles by category and equipment of 100万元 or more, at the end of the year. */
    static void assets(SectionOutput out) {
        Values v = out.values();
        List<UnitFact> facts = new ArrayList<>(VEHICLES.values());
        facts.add(UnitFact.ASSETS_LARGE_EQUIPMENT);
        boolean stated = facts.stream().anyMatch(f -> v.count(f).isPresent())
                || v.fact(UnitFact.ASSETS_TOTAL).isPresent();
        if (!stated && out.has("none")) {
            out.paragraph("none", out.bind("none"));
            return;
        }
        int vehicles = 0;
        List<SectionOutput.Item> categories = new ArrayList<>();
        for (Map.Entry<String, String> name : out.names().entrySet()) {
            int count = v.count(VEHICLES.get(name.getKey())).orElse(0);
            vehicles += count;
            if (count == 0 && out.omitsZero()) {
                continue;
            }
            categories.add(new SectionOutput.Item(
                    "text",
                    out.bind("vehicle")
                            .text("name", name.getValue())
                            .count("count", "vehicle." + name.getKey(), count)));
        }
        // a total of no vehicles has no categories to list
        List<SectionOutput.Item> listed = vehicles == 0 ? List.of() : categories;
        Bindings statement = out.bind("statement")
                .count("vehicles", "vehicles", vehicles)
                .runs("vehicle", () -> out.list("vehicle", listed))
                .count(
                        "equipment",
                        "equipment",
                        v.count(UnitFact.ASSETS_LARGE_EQUIPMENT).orElse(0))
                .amount("total", "total", v.fact(UnitFact.ASSETS_TOTAL));
        out.paragraph("statement", statement);
    }
}
