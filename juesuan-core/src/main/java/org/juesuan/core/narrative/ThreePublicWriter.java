package org.juesuan.core.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.core.dataset.UnitFact;
import org.juesuan.core.document.Run;
import org.juesuan.core.money.Amount;

/**
 * Writes 财政拨款“三公”经费支出决算情况: budget against actual overall and per item, the change from the prior year,
 * each item's share, and the details of each item (groups and persons abroad, vehicles bought and held, receptions),
 * every figure from the “三公”经费 table or the unit's facts.
 *
 * <p>Stateless and thread-safe.
 */
final class ThreePublicWriter {

    /** One item of “三公”经费 and where its figures are. */
    private enum Item {
        ABROAD(
                "abroad",
                "bAbroad",
                "fAbroad",
                List.of(UnitFact.THREE_PUBLIC_BUDGET_ABROAD),
                List.of(UnitFact.PRIOR_THREE_PUBLIC_ABROAD),
                UnitFact.REASON_THREE_PUBLIC_ABROAD),
        VEHICLE(
                "vehicle",
                "bVehicle",
                "fVehicle",
                List.of(UnitFact.THREE_PUBLIC_BUDGET_VEHICLE_PURCHASE, UnitFact.THREE_PUBLIC_BUDGET_VEHICLE_OPERATION),
                List.of(UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_PURCHASE, UnitFact.PRIOR_THREE_PUBLIC_VEHICLE_OPERATION),
                UnitFact.REASON_THREE_PUBLIC_VEHICLE),
        RECEPTION(
                "reception",
                "bReception",
                "fReception",
                List.of(UnitFact.THREE_PUBLIC_BUDGET_RECEPTION),
                List.of(UnitFact.PRIOR_THREE_PUBLIC_RECEPTION),
                UnitFact.REASON_THREE_PUBLIC_RECEPTION);

        final String key;
        final String budgetColumn;
        final String actualColumn;
        final List<UnitFact> budgetFacts;
        final List<UnitFact> priorFacts;
        final UnitFact reason;

        Item(
                String key,
                String budgetColumn,
                String actualColumn,
                List<UnitFact> budgetFacts,
                List<UnitFact> priorFacts,
                UnitFact reason) {
            this.key = key;
            this.budgetColumn = budgetColumn;
            this.actualColumn = actualColumn;
            this.budgetFacts = budgetFacts;
            this.priorFacts = priorFacts;
            this.reason = reason;
        }
    }

    private ThreePublicWriter() {}

    static void write(SectionOutput out) {
        Values v = out.values();
        Amount actual = cell(v, "fTotal");
        if (actual.isZero() && out.has("none")) {
            out.paragraph("none", out.bind("none"));
            return;
        }
        List<UnitFact> allBudgets = new ArrayList<>();
        List<UnitFact> allPriors = new ArrayList<>();
        for (Item item : Item.values()) {
            allBudgets.addAll(item.budgetFacts);
            allPriors.addAll(item.priorFacts);
        }
        Optional<Amount> budget = stated(v, allBudgets, cell(v, "bTotal"));
        Optional<Amount> prior = sum(v, allPriors);

        out.heading("overallHeading");
        BudgetComparison overall = BudgetComparison.of(actual, budget);
        Bindings overallBindings = overall.bind(out.bind("overall"), "")
                .text("reason", v.text(UnitFact.REASON_THREE_PUBLIC_BUDGET))
                .runs("comparison", () -> comparison(out, actual, prior))
                .runs("itemBudget", () -> out.list("itemBudget", itemBudgets(out)));
        out.paragraph("overall", overall.variant(), overallBindings);
        out.paragraph("changes", out.bind("changes").runs("comparison", () -> comparison(out, actual, prior)));

        out.heading("detailHeading");
        out.paragraph("shares", out.bind("shares").runs("itemShare", () -> out.list("itemShare", shares(out))));
        abroad(out);
        vehicle(out);
        reception(out);
    }

    private static List<Run> comparison(SectionOutput out, Amount actual, Optional<Amount> prior) {
        Values v = out.values();
        Comparison total = Comparison.of(actual, prior);
        List<SectionOutput.Item> changes = new ArrayList<>();
        List<SectionOutput.Item> reasons = new ArrayList<>();
        for (Item item : Item.values()) {
            Amount itemActual = cell(v, item.actualColumn);
            Comparison comparison = Comparison.of(itemActual, sum(v, item.priorFacts));
            Bindings change = comparison
                    .bind(out.bind("itemChange"), item.key + ".")
                    .text("name", out.names().get(item.key))
                    .amount("amount", item.key + ".actual", itemActual);
            changes.add(new SectionOutput.Item(comparison.variant(), change));
            Bindings reason = out.bind("itemReason")
                    .text("name", out.names().get(item.key))
                    .text("reason", v.text(item.reason));
            reasons.add(new SectionOutput.Item(comparison.variant(), reason));
        }
        Bindings bindings = total.bind(out.bind("comparison"), "")
                .runs("itemChange", () -> out.list("itemChange", changes))
                .runs("itemReason", () -> out.list("itemReason", reasons));
        return out.render("comparison", total.variant(), bindings);
    }

    private static List<SectionOutput.Item> itemBudgets(SectionOutput out) {
        Values v = out.values();
        List<SectionOutput.Item> items = new ArrayList<>();
        for (Item item : Item.values()) {
            BudgetComparison comparison = BudgetComparison.of(
                    cell(v, item.actualColumn), stated(v, item.budgetFacts, cell(v, item.budgetColumn)));
            Bindings bindings = comparison
                    .bind(out.bind("itemBudget"), item.key + ".")
                    .text("name", out.names().get(item.key));
            items.add(new SectionOutput.Item(comparison.variant(), bindings));
        }
        return items;
    }

    private static List<SectionOutput.Item> shares(SectionOutput out) {
        Values v = out.values();
        List<Amount> amounts = new ArrayList<>();
        for (Item item : Item.values()) {
            amounts.add(cell(v, item.actualColumn));
        }
        List<BigDecimal> shares = Numbers.shares(amounts, out.decimals("itemShare"));
        List<SectionOutput.Item> items = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Item item = Item.values()[i];
            Bindings bindings = out.bind("itemShare")
                    .text("name", out.names().get(item.key))
                    .amount("amount", item.key + ".actual", amounts.get(i))
                    .percent("share", item.key + ".share", shares.get(i));
            items.add(new SectionOutput.Item("text", bindings));
        }
        return items;
    }

    /** Binds an item's budget, actual and completion rate (none when the budget is zero) in a template. */
    private static Bindings item(SectionOutput out, String template, Item item) {
        Values v = out.values();
        Amount budget = cell(v, item.budgetColumn);
        Amount actual = cell(v, item.actualColumn);
        return out.bind(template)
                .amount("budget", item.key + ".budget", budget)
                .amount("actual", item.key + ".actual", actual)
                .percent("completion", item.key + ".completion", actual, budget);
    }

    private static void abroad(SectionOutput out) {
        Values v = out.values();
        Optional<Integer> groups = v.count(UnitFact.THREE_PUBLIC_ABROAD_GROUPS);
        Optional<Integer> persons = v.count(UnitFact.THREE_PUBLIC_ABROAD_PERSONS);
        out.paragraph(
                "abroad",
                item(out, "abroad", Item.ABROAD)
                        .count("groups", "abroad.groups", groups)
                        .count("persons", "abroad.persons", persons)
                        .text("purpose", v.text(UnitFact.TEXT_ABROAD_PURPOSE)));
        out.paragraph(
                "abroadCounts",
                out.bind("abroadCounts")
                        .count("groups", "abroad.groups", groups)
                        .count("persons", "abroad.persons", persons));
    }

    private static void vehicle(SectionOutput out) {
        Values v = out.values();
        Amount purchase = cell(v, "fVehiclePurchase");
        Amount operation = cell(v, "fVehicleOperation");
        Optional<Integer> purchased = v.count(UnitFact.THREE_PUBLIC_VEHICLES_PURCHASED);
        Optional<Integer> held = v.count(UnitFact.THREE_PUBLIC_VEHICLES_HELD);
        out.paragraph(
                "vehicle",
                item(out, "vehicle", Item.VEHICLE)
                        .amount("purchase", "vehicle.purchase", purchase)
                        .amount("operation", "vehicle.operation", operation)
                        .count("purchased", "vehicle.purchased", purchased)
                        .count("held", "vehicle.held", held));
        // where items of nothing are left out, a part that prints 0.00 is not stated (the reader sees the printed
        // figure, not the exact one): its amount and purpose are left unbound, so that only its counts may remain
        Bindings purchaseBindings = out.bind("vehiclePurchase").count("purchased", "vehicle.purchased", purchased);
        if (!(out.omitsZero() && purchase.isZero())) {
            purchaseBindings
                    .amount("amount", "vehicle.purchase", purchase)
                    .text("purpose", v.text(UnitFact.TEXT_VEHICLE_PURCHASE_PURPOSE));
        }
        out.paragraph("vehiclePurchase", purchaseBindings);
        Bindings operationBindings = out.bind("vehicleOperation").count("held", "vehicle.held", held);
        if (!(out.omitsZero() && operation.isZero())) {
            operationBindings
                    .amount("amount", "vehicle.operation", operation)
                    .text("purpose", v.text(UnitFact.TEXT_VEHICLE_OPERATION_PURPOSE));
        }
        out.paragraph("vehicleOperation", operationBindings);
        out.paragraph(
                "vehicleCounts",
                out.bind("vehicleCounts")
                        .count("purchased", "vehicle.purchased", purchased)
                        .count("held", "vehicle.held", held));
    }

    private static void reception(SectionOutput out) {
        Values v = out.values();
        Bindings reception = item(out, "reception", Item.RECEPTION);
        receptionDetails(out, reception);
        out.paragraph("reception", reception);
        Bindings detail =
                out.bind("receptionDetail").amount("amount", "reception.actual", cell(v, Item.RECEPTION.actualColumn));
        receptionDetails(out, detail);
        out.paragraph("receptionDetail", detail);
        Bindings counts = out.bind("receptionCounts");
        receptionDetails(out, counts);
        out.paragraph("receptionCounts", counts);
    }

    private static void receptionDetails(SectionOutput out, Bindings bindings) {
        Values v = out.values();
        bindings.amount("foreign", "reception.foreign", v.fact(UnitFact.THREE_PUBLIC_FOREIGN_RECEPTION))
                .count("batches", "reception.batches", v.count(UnitFact.THREE_PUBLIC_RECEPTION_BATCHES))
                .count("persons", "reception.persons", v.count(UnitFact.THREE_PUBLIC_RECEPTION_PERSONS))
                .count("foreignBatches", "reception.foreignBatches", v.count(UnitFact.THREE_PUBLIC_FOREIGN_BATCHES))
                .count("foreignPersons", "reception.foreignPersons", v.count(UnitFact.THREE_PUBLIC_FOREIGN_PERSONS))
                .text("purpose", v.text(UnitFact.TEXT_RECEPTION_PURPOSE));
    }

    private static Amount cell(Values v, String column) {
        return v.cell("T09", "amount", column);
    }

    /** The table's budget figure, if the dataset states any of the facts behind it. */
    private static Optional<Amount> stated(Values v, List<UnitFact> facts, Amount printed) {
        for (UnitFact fact : facts) {
            if (v.fact(fact).isPresent()) {
                return Optional.of(printed);
            }
        }
        return Optional.empty();
    }

    /** The sum of the facts as displayed, if any is stated (a blank member of a stated group counts as zero). */
    private static Optional<Amount> sum(Values v, List<UnitFact> facts) {
        Amount sum = Amount.ZERO;
        boolean any = false;
        for (UnitFact fact : facts) {
            Optional<Amount> amount = v.fact(fact);
            if (amount.isPresent()) {
                sum = sum.plus(amount.get());
                any = true;
            }
        }
        return any ? Optional.of(sum) : Optional.empty();
    }
}
