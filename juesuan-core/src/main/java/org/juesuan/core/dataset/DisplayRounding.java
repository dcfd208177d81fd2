package org.juesuan.core.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.LargestRemainder;

/**
 * Rounds a dataset's figures to the display step (0.01 万元 = 100 元) by largest remainder (舍位平衡), so that every
 * table derived from the rounded dataset foots exactly and the accounts still balance.
 *
 * <p>Figures are rounded top-down over trees: the 总计 of income and of expenditure, then each fund, then income
 * or expenditure against balances, then each kind of expenditure, then 类, 款 and 项. Because every printed total is then a sum of rounded figures,
 * each printed parent equals the sum of its printed children, in every table. Where two sides are equal in yuan
 * (income and expenditure 总计, each fund's roll-forward, basic expenditure by function and by economic code,
 * 机关运行经费 and 公用经费), they stay equal after rounding. Every rounded figure is within 0.01 万元 of its exact
 * value; the root of each tree is rounded half-up.
 *
 * <p>Stateless and thread-safe.
 */
public final class DisplayRounding {

    /** The display step: 0.01 万元. */
    public static final Amount STEP = Amount.ofFen(10_000);

    private DisplayRounding() {}

    /** Returns whether every figure of the dataset is already a whole number of display steps. */
    public static boolean isDisplayExact(Dataset dataset) {
        for (FunctionLine line : dataset.lines()) {
            for (Figure figure : figures(line)) {
                if (!whole(figure.amount())) {
                    return false;
                }
            }
        }
        for (Figure figure : dataset.basicByEconomic().values()) {
            if (!whole(figure.amount())) {
                return false;
            }
        }
        for (Figure figure : dataset.facts().amounts().values()) {
            if (!whole(figure.amount())) {
                return false;
            }
        }
        return true;
    }

    private static boolean whole(Amount amount) {
        return amount.toFen() % STEP.toFen() == 0;
    }

    private static List<Figure> figures(FunctionLine line) {
        List<Figure> all = new ArrayList<>(line.income().values());
        all.addAll(line.spending().values());
        all.addAll(line.opening().values());
        all.addAll(line.closing().values());
        line.annualBudgetFigure().ifPresent(all::add);
        return all;
    }

    /** Returns the dataset with every figure rounded to the display step; figures keep their sources. */
    public static Dataset round(Dataset dataset) {
        if (isDisplayExact(dataset)) {
            return dataset;
        }
        return new Session(dataset).run();
    }

    /** A node of a rounding tree: leaves write their rounded amount back, inner nodes apportion to children. */
    private static final class Node {
        private final List<Node> children = new ArrayList<>();
        private final Amount leafExact;
        private final Consumer<Amount> sink;
        private @Nullable Amount sum;

        Node() {
            this(Amount.ZERO, a -> {});
        }

        Node(Amount exact, Consumer<Amount> sink) {
            this.leafExact = exact;
            this.sink = sink;
        }

        Node add(Node child) {
            children.add(child);
            sum = null;
            return child;
        }

        /** Returns the exact amount: the leaf's own, or the sum of the children (computed once, trees are built first). */
        Amount exact() {
            if (children.isEmpty()) {
                return leafExact;
            }
            if (sum == null) {
                Amount total = Amount.ZERO;
                for (Node child : children) {
                    total = total.plus(child.exact());
                }
                sum = total;
            }
            return sum;
        }

        /** Gives this node its rounded amount and apportions it to the children. */
        void assign(Amount rounded) {
            sink.accept(rounded);
            if (children.isEmpty()) {
                return;
            }
            List<Amount> exact = new ArrayList<>();
            for (Node child : children) {
                exact.add(child.exact());
            }
            List<Amount> parts = LargestRemainder.apportion(rounded, exact, STEP);
            for (int i = 0; i < children.size(); i++) {
                children.get(i).assign(parts.get(i));
            }
        }

        /** Returns the apportionment of {@code rounded} over the children, without assigning it. */
        List<Amount> split(Amount rounded) {
            List<Amount> exact = new ArrayList<>();
            for (Node child : children) {
                exact.add(child.exact());
            }
            return LargestRemainder.apportion(rounded, exact, STEP);
        }
    }

    private static final class Session {
        private final Dataset dataset;
        private final Map<ClassCode, Map<IncomeSource, Figure>> income = new TreeMap<>();
        private final Map<ClassCode, Map<FunctionLine.SpendingKey, Figure>> spending = new TreeMap<>();
        private final Map<ClassCode, Map<Fund, Figure>> opening = new TreeMap<>();
        private final Map<ClassCode, Map<Fund, Figure>> closing = new TreeMap<>();
        private final Map<ClassCode, Figure> budgets = new TreeMap<>();
        private final Map<ClassCode, Figure> economic = new TreeMap<>();
        private final Map<UnitFact, Figure> facts = new EnumMap<>(UnitFact.class);

        Session(Dataset dataset) {
            this.dataset = dataset;
        }

        Dataset run() {
            Amount generalBasic = balances();
            Amount publicCost = economic(generalBasic);
            unitFacts(publicCost);
            List<FunctionLine> lines = new ArrayList<>();
            for (FunctionLine line : dataset.lines()) {
                ClassCode code = line.code();
                lines.add(new FunctionLine(
                        code,
                        line.name(),
                        income.getOrDefault(code, Map.of()),
                        spending.getOrDefault(code, Map.of()),
                        opening.getOrDefault(code, Map.of()),
                        closing.getOrDefault(code, Map.of()),
                        budgets.get(code),
                        line.purpose(),
                        line.budgetReason(),
                        line.source()));
            }
            Map<UnitFact, Figure> allFacts = new EnumMap<>(UnitFact.class);
            allFacts.putAll(facts);
            return dataset.withFigures(lines, economic, dataset.facts().withAmounts(allFacts));
        }

        /** Rounds income, expenditure and balances as two trees that meet at 总计; returns rounded 一般公共预算基本支出. */
        private Amount balances() {
            Node in = new Node();
            Node out = new Node();
            Map<Fund, Node> inFunds = new EnumMap<>(Fund.class);
            Map<Fund, Node> outFunds = new EnumMap<>(Fund.class);
            Amount[] generalBasic = {Amount.ZERO};
            for (Fund fund : Fund.values()) {
                Node fundIn = in.add(new Node());
                Node fundOut = out.add(new Node());
                inFunds.put(fund, fundIn);
                outFunds.put(fund, fundOut);
                Node incomeNode = fundIn.add(new Node());
                Node openingNode = fundIn.add(new Node());
                Node spendingNode = fundOut.add(new Node());
                Node closingNode = fundOut.add(new Node());
                Map<String, Node> incomeTree = new HashMap<>();
                Map<String, Node> spendingTree = new HashMap<>();
                for (FunctionLine line : dataset.lines()) {
                    ClassCode code = line.code();
                    line.income().forEach((source, figure) -> {
                        if (source.fund() == fund) {
                            hierarchy(incomeNode, incomeTree, "", code)
                                    .add(new Node(figure.amount(), a -> income.computeIfAbsent(
                                                    code, c -> new EnumMap<>(IncomeSource.class))
                                            .put(source, figure.withAmount(a))));
                        }
                    });
                    line.spending().forEach((key, figure) -> {
                        if (key.fund() == fund) {
                            // kind first, so that 一般公共预算基本支出 is a node of its own, rounded within one step
                            Node kindNode =
                                    spendingTree.computeIfAbsent(key.kind().key(), k -> {
                                        Node node = spendingNode.add(new Node(Amount.ZERO, a -> {
                                            if (key.fund() == Fund.GENERAL_BUDGET && key.kind() == SpendingKind.BASIC) {
                                                generalBasic[0] = a;
                                            }
                                        }));
                                        return node;
                                    });
                            hierarchy(kindNode, spendingTree, key.kind().key() + ":", code)
                                    .add(new Node(
                                            figure.amount(), a -> spending.computeIfAbsent(code, c -> new TreeMap<>())
                                                    .put(key, figure.withAmount(a))));
                        }
                    });
                    Figure open = line.opening().get(fund);
                    if (open != null) {
                        openingNode.add(new Node(
                                open.amount(), a -> opening.computeIfAbsent(code, c -> new EnumMap<>(Fund.class))
                                        .put(fund, open.withAmount(a))));
                    }
                    Figure close = line.closing().get(fund);
                    if (close != null) {
                        closingNode.add(new Node(
                                close.amount(), a -> closing.computeIfAbsent(code, c -> new EnumMap<>(Fund.class))
                                        .put(fund, close.withAmount(a))));
                    }
                }
                factLeaf(
                        openingNode,
                        UnitFact.ofKey("balances.opening." + fund.key()).orElseThrow());
                factLeaf(
                        closingNode,
                        UnitFact.ofKey("balances.closing." + fund.key()).orElseThrow());
                if (fund == Fund.NON_FISCAL) {
                    factLeaf(fundIn.add(new Node()), UnitFact.NON_FISCAL_BALANCE_USED);
                    factLeaf(fundOut.add(new Node()), UnitFact.SURPLUS_DISTRIBUTION);
                }
            }
            Amount inRoot = LargestRemainder.round(in.exact(), STEP);
            boolean balanced = in.exact().equals(out.exact());
            Amount outRoot = balanced ? inRoot : LargestRemainder.round(out.exact(), STEP);
            List<Amount> inParts = in.split(inRoot);
            boolean fundsBalanced = true;
            for (Fund fund : Fund.values()) {
                fundsBalanced &=
                        inFunds.get(fund).exact().equals(outFunds.get(fund).exact());
            }
            List<Amount> outParts = fundsBalanced && balanced ? inParts : out.split(outRoot);
            Fund[] funds = Fund.values();
            for (int i = 0; i < funds.length; i++) {
                inFunds.get(funds[i]).assign(inParts.get(i));
                outFunds.get(funds[i]).assign(outParts.get(i));
            }
            return generalBasic[0];
        }

        /** Returns the 项 node under 类 and 款 nodes of {@code root}, creating them as needed. */
        private Node hierarchy(Node root, Map<String, Node> nodes, String scope, ClassCode code) {
            Node type = nodes.computeIfAbsent(scope + code.prefix(3).digits(), k -> root.add(new Node()));
            Node clause = nodes.computeIfAbsent(scope + code.prefix(5).digits(), k -> type.add(new Node()));
            return nodes.computeIfAbsent(scope + code.digits(), k -> clause.add(new Node()));
        }

        private void factLeaf(Node parent, UnitFact fact) {
            dataset.facts()
                    .amount(fact)
                    .ifPresent(figure ->
                            parent.add(new Node(figure.amount(), a -> facts.put(fact, figure.withAmount(a)))));
        }

        /** Rounds economic figures, tied to 一般公共预算基本支出 when equal in yuan; returns the rounded 公用经费. */
        private Amount economic(Amount roundedGeneralBasic) {
            Node root = new Node();
            Amount exactGeneralBasic = Amount.ZERO;
            for (FunctionLine line : dataset.lines()) {
                exactGeneralBasic = line.spending(Fund.GENERAL_BUDGET, SpendingKind.BASIC)
                        .map(f -> f.amount())
                        .orElse(Amount.ZERO)
                        .plus(exactGeneralBasic);
            }
            Amount[] publicCost = {Amount.ZERO};
            dataset.basicByEconomic()
                    .forEach((code, figure) -> root.add(new Node(figure.amount(), a -> {
                        economic.put(code, figure.withAmount(a));
                        if (!code.digits().startsWith("301") && !code.digits().startsWith("303")) {
                            publicCost[0] = publicCost[0].plus(a);
                        }
                    })));
            Amount target = LargestRemainder.round(root.exact(), STEP);
            if (root.exact().equals(exactGeneralBasic)) {
                target = feasible(root, roundedGeneralBasic) ? roundedGeneralBasic : target;
            }
            root.assign(target);
            return publicCost[0];
        }

        private static boolean feasible(Node node, Amount target) {
            try {
                node.split(target);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private void unitFacts(Amount roundedPublicCost) {
            Map<UnitFact, Figure> amounts = dataset.facts().amounts();
            group(List.of(
                    UnitFact.THREE_PUBLIC_BUDGET_ABROAD,
                    UnitFact.THREE_PUBLIC_BUDGET_VEHICLE_PURCHASE,
                    UnitFact.THREE_PUBLIC_BUDGET_VEHICLE_OPERATION,
                    UnitFact.THREE_PUBLIC_BUDGET_RECEPTION));
            group(List.of(
                    UnitFact.THREE_PUBLIC_ACTUAL_ABROAD,
                    UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_PURCHASE,
                    UnitFact.THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION,
                    UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION));
            part(UnitFact.THREE_PUBLIC_FOREIGN_RECEPTION, UnitFact.THREE_PUBLIC_ACTUAL_RECEPTION);
            group(List.of(UnitFact.PROCUREMENT_GOODS, UnitFact.PROCUREMENT_WORKS, UnitFact.PROCUREMENT_SERVICES));
            Amount procurementExact = Amount.ZERO;
            Amount procurementRounded = Amount.ZERO;
            for (UnitFact fact :
                    List.of(UnitFact.PROCUREMENT_GOODS, UnitFact.PROCUREMENT_WORKS, UnitFact.PROCUREMENT_SERVICES)) {
                if (amounts.containsKey(fact)) {
                    procurementExact = procurementExact.plus(amounts.get(fact).amount());
                    procurementRounded = procurementRounded.plus(facts.get(fact).amount());
                }
            }
            tie(UnitFact.PROCUREMENT_SME, procurementExact, procurementRounded);
            if (amounts.containsKey(UnitFact.PROCUREMENT_SME) && facts.containsKey(UnitFact.PROCUREMENT_SME)) {
                tie(
                        UnitFact.PROCUREMENT_MICRO,
                        amounts.get(UnitFact.PROCUREMENT_SME).amount(),
                        facts.get(UnitFact.PROCUREMENT_SME).amount());
            }
            Amount exactPublicCost = Amount.ZERO;
            for (Map.Entry<ClassCode, Figure> entry : dataset.basicByEconomic().entrySet()) {
                String code = entry.getKey().digits();
                if (!code.startsWith("301") && !code.startsWith("303")) {
                    exactPublicCost = exactPublicCost.plus(entry.getValue().amount());
                }
            }
            tie(UnitFact.OPERATING_COST_ACTUAL, exactPublicCost, roundedPublicCost);
            // everything else stands alone: rounded half-up
            amounts.forEach((fact, figure) -> {
                if (!facts.containsKey(fact)) {
                    facts.put(fact, figure.withAmount(LargestRemainder.round(figure.amount(), STEP)));
                }
            });
            // 年初预算 of the 项 lines, apportioned from their rounded total
            Node root = new Node();
            for (FunctionLine line : dataset.lines()) {
                line.annualBudgetFigure()
                        .ifPresent(figure -> root.add(
                                new Node(figure.amount(), a -> budgets.put(line.code(), figure.withAmount(a)))));
            }
            root.assign(LargestRemainder.round(root.exact(), STEP));
        }

        /** Rounds facts that add up to a printed total, by largest remainder from the rounded total. */
        private void group(List<UnitFact> members) {
            Node root = new Node();
            for (UnitFact fact : members) {
                factLeaf(root, fact);
            }
            root.assign(LargestRemainder.round(root.exact(), STEP));
        }

        /** Rounds a fact that is part of another, already rounded fact, keeping part ≤ whole consistent. */
        private void part(UnitFact part, UnitFact whole) {
            Figure partFigure = dataset.facts().amounts().get(part);
            Figure wholeFigure = dataset.facts().amounts().get(whole);
            if (partFigure == null || wholeFigure == null || !facts.containsKey(whole)) {
                return;
            }
            Node root = new Node();
            root.add(new Node(partFigure.amount(), a -> facts.put(part, partFigure.withAmount(a))));
            root.add(new Node(wholeFigure.amount().minus(partFigure.amount()), a -> {}));
            Amount target = facts.get(whole).amount();
            if (feasible(root, target)) {
                root.assign(target);
            }
        }

        /** Rounds a fact to {@code rounded} when it equals {@code exact} in yuan (it is the same total). */
        private void tie(UnitFact fact, Amount exact, Amount rounded) {
            Figure figure = dataset.facts().amounts().get(fact);
            if (figure != null && figure.amount().equals(exact)) {
                facts.put(fact, figure.withAmount(rounded));
            }
        }
    }
}
