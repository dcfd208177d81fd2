package org.juesuan.core.profile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.Fund;
import org.juesuan.core.dataset.IncomeSource;
import org.juesuan.core.dataset.SpendingKind;
import org.juesuan.core.dataset.UnitFact;

/**
 * What a table cell shows, in terms of dataset facts (口径): a kind of fact narrowed by fund, income source and kind
 * of expenditure. A row and a column each contribute part of a measure; the cell shows their intersection.
 *
 * <p>Written in definition files as {@code kind(dimension=value|value, …)}, e.g. {@code income(source=business)},
 * {@code spending(fund=generalBudget, kind=basic)}, {@code closing(fund=fiscal)}, {@code fact(balances.distribution)}.
 * A column may give only the narrowing part: {@code (fund=governmentFund)}. {@code fiscal} stands for the three
 * fiscal funds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind the kind of fact, or null for a pure narrowing
 * @param funds the funds kept, or null for all
 * @param sources the income sources kept, or null for all
 * @param kinds the kinds of expenditure kept, or null for all
 * @param fact the unit fact, for {@link Kind#FACT}
 */
public record Measure(
        @Nullable Kind kind,
        @Nullable Set<Fund> funds,
        @Nullable Set<IncomeSource> sources,
        @Nullable Set<SpendingKind> kinds,
        @Nullable UnitFact fact) {

    /** The kinds of fact a measure can read. */
    public enum Kind {
        /** Income by function code (收入). */
        INCOME("income"),
        /** Expenditure by function code (支出). */
        SPENDING("spending"),
        /** 年初结转和结余. */
        OPENING("opening"),
        /** 年末结转和结余. */
        CLOSING("closing"),
        /** 年初预算 of 一般公共预算财政拨款, by function code. */
        ANNUAL_BUDGET("annualBudget"),
        /** 一般公共预算财政拨款基本支出 by economic code. */
        ECONOMIC("economic"),
        /** A unit-level fact. */
        FACT("fact");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** Returns the word used in definition files. */
        public String key() {
            return key;
        }
    }

    /** Creates a measure. */
    public Measure {
        funds = funds == null ? null : Set.copyOf(funds);
        sources = sources == null ? null : Set.copyOf(sources);
        kinds = kinds == null ? null : Set.copyOf(kinds);
        if ((kind == Kind.FACT) != (fact != null)) {
            throw new IllegalArgumentException("a fact measure names exactly one fact");
        }
    }

    /** Returns whether this measure only narrows (has no kind of its own). */
    public boolean isFilter() {
        return kind == null;
    }

    /**
     * Returns the intersection of this measure and another: the kind of whichever has one, the narrowings
     * intersected. Empty sets mean the cell can hold nothing (it is structurally blank).
     *
     * @throws IllegalArgumentException if both have a kind
     */
    public Measure and(Measure other) {
        if (kind != null && other.kind != null) {
            throw new IllegalArgumentException("both row and column name a kind of fact");
        }
        return new Measure(
                kind != null ? kind : other.kind,
                intersect(funds, other.funds),
                intersect(sources, other.sources),
                intersect(kinds, other.kinds),
                fact != null ? fact : other.fact);
    }

    private static <E> @Nullable Set<E> intersect(@Nullable Set<E> a, @Nullable Set<E> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Set<E> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    /** Returns whether a fund is kept. */
    public boolean keeps(Fund fund) {
        return funds == null || funds.contains(fund);
    }

    /** Returns whether an income source is kept (its fund must be kept too). */
    public boolean keeps(IncomeSource source) {
        return (sources == null || sources.contains(source)) && keeps(source.fund());
    }

    /** Returns whether a kind of expenditure is kept. */
    public boolean keeps(SpendingKind spendingKind) {
        return kinds == null || kinds.contains(spendingKind);
    }

    /**
     * Parses a measure.
     *
     * @return the measure, or a Chinese message saying what is wrong
     */
    public static Parsed parse(String text) {
        String s = text.strip();
        int open = s.indexOf('(');
        String head = open < 0 ? s : s.substring(0, open).strip();
        String args = "";
        if (open >= 0) {
            if (!s.endsWith(")")) {
                return Parsed.error("缺少右括号“)”");
            }
            args = s.substring(open + 1, s.length() - 1).strip();
        }
        Kind kind = null;
        if (!head.isEmpty()) {
            for (Kind k : Kind.values()) {
                if (k.key.equals(head)) {
                    kind = k;
                }
            }
            if (kind == null) {
                return Parsed.error(
                        "未知的数据类别“" + head + "”，应为 income、spending、opening、closing、annualBudget、economic 或 fact");
            }
        }
        if (kind == Kind.FACT) {
            Optional<UnitFact> fact = UnitFact.ofKey(args);
            if (fact.isEmpty()) {
                return Parsed.error("未知的单位数据“" + args + "”");
            }
            if (fact.get().type() != UnitFact.Type.AMOUNT) {
                return Parsed.error("单位数据“" + args + "”不是金额");
            }
            return Parsed.of(new Measure(kind, null, null, null, fact.get()));
        }
        Set<Fund> funds = null;
        Set<IncomeSource> sources = null;
        Set<SpendingKind> kinds = null;
        if (!args.isEmpty()) {
            java.util.Set<String> dimensions = new java.util.HashSet<>();
            for (String part : args.split(",", -1)) {
                String[] pair = part.split("=", 2);
                if (pair.length != 2) {
                    return Parsed.error("条件“" + part.strip() + "”应写作 维度=值");
                }
                String dimension = pair[0].strip();
                if (!dimensions.add(dimension.toLowerCase(Locale.ROOT))) {
                    return Parsed.error("维度“" + dimension + "”重复；多个取值请写作 值|值");
                }
                List<String> values = new ArrayList<>();
                for (String value : pair[1].split("\\|", -1)) {
                    if (value.isBlank()) {
                        return Parsed.error("维度“" + dimension + "”有空的取值");
                    }
                    values.add(value.strip());
                }
                switch (dimension.toLowerCase(Locale.ROOT)) {
                    case "fund":
                        funds = EnumSet.noneOf(Fund.class);
                        for (String value : values) {
                            if (value.equals("fiscal")) {
                                funds.addAll(EnumSet.of(Fund.GENERAL_BUDGET, Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL));
                            } else {
                                Optional<Fund> fund = Fund.ofKey(value);
                                if (fund.isEmpty()) {
                                    return Parsed.error("未知的资金来源“" + value + "”");
                                }
                                funds.add(fund.get());
                            }
                        }
                        break;
                    case "source":
                        sources = EnumSet.noneOf(IncomeSource.class);
                        for (String value : values) {
                            Optional<IncomeSource> source = IncomeSource.ofKey(value);
                            if (source.isEmpty()) {
                                return Parsed.error("未知的收入来源“" + value + "”");
                            }
                            sources.add(source.get());
                        }
                        break;
                    case "kind":
                        kinds = EnumSet.noneOf(SpendingKind.class);
                        for (String value : values) {
                            Optional<SpendingKind> spendingKind = SpendingKind.ofKey(value);
                            if (spendingKind.isEmpty()) {
                                return Parsed.error("未知的支出类型“" + value + "”");
                            }
                            kinds.add(spendingKind.get());
                        }
                        break;
                    default:
                        return Parsed.error("未知的维度“" + dimension + "”，应为 fund、source 或 kind");
                }
            }
        }
        return Parsed.of(new Measure(kind, funds, sources, kinds, null));
    }

    /**
     * The outcome of parsing: a measure or an error message.
     *
     * @param measure the measure, if it parsed
     * @param error the message otherwise
     */
    public record Parsed(@Nullable Measure measure, String error) {
        static Parsed of(Measure measure) {
            return new Parsed(Objects.requireNonNull(measure), "");
        }

        static Parsed error(String message) {
            return new Parsed(null, message);
        }
    }
}
