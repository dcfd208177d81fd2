package org.juesuan.core.dataset;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unit-level facts of a dataset, typed by {@link UnitFact#type()}: amounts, counts and texts.
 *
 * <p>Invariant: each map holds only facts of its type. Immutable and thread-safe.
 */
public final class UnitFacts {

    /** No facts. */
    public static final UnitFacts NONE = new UnitFacts(Map.of(), Map.of(), Map.of());

    private final Map<UnitFact, Figure> amounts;
    private final Map<UnitFact, Count> counts;
    private final Map<UnitFact, Text> texts;

    /**
     * Creates the facts.
     *
     * @throws IllegalArgumentException if a fact is in the map of another type
     */
    public UnitFacts(Map<UnitFact, Figure> amounts, Map<UnitFact, Count> counts, Map<UnitFact, Text> texts) {
        this.amounts = copy(amounts, UnitFact.Type.AMOUNT);
        this.counts = copy(counts, UnitFact.Type.COUNT);
        this.texts = copy(texts, UnitFact.Type.TEXT);
    }

    private static <V> Map<UnitFact, V> copy(Map<UnitFact, V> map, UnitFact.Type type) {
        EnumMap<UnitFact, V> copy = new EnumMap<>(UnitFact.class);
        for (Map.Entry<UnitFact, V> entry : map.entrySet()) {
            if (entry.getKey().type() != type) {
                throw new IllegalArgumentException(entry.getKey() + " is not of type " + type);
            }
            copy.put(entry.getKey(), entry.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    /** Returns an amount fact. */
    public Optional<Figure> amount(UnitFact fact) {
        return Optional.ofNullable(amounts.get(fact));
    }

    /** Returns a count fact. */
    public Optional<Count> count(UnitFact fact) {
        return Optional.ofNullable(counts.get(fact));
    }

    /** Returns a text fact. */
    public Optional<Text> text(UnitFact fact) {
        return Optional.ofNullable(texts.get(fact));
    }

    /** Returns every amount fact. */
    public Map<UnitFact, Figure> amounts() {
        return amounts;
    }

    /** Returns every count fact. */
    public Map<UnitFact, Count> counts() {
        return counts;
    }

    /** Returns every text fact. */
    public Map<UnitFact, Text> texts() {
        return texts;
    }

    /** Returns facts with the amounts replaced. */
    public UnitFacts withAmounts(Map<UnitFact, Figure> replacement) {
        return new UnitFacts(replacement, counts, texts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitFacts
                && amounts.equals(((UnitFacts) other).amounts)
                && counts.equals(((UnitFacts) other).counts)
                && texts.equals(((UnitFacts) other).texts);
    }

    @Override
    public int hashCode() {
        return amounts.hashCode() * 31 * 31 + counts.hashCode() * 31 + texts.hashCode();
    }
}
