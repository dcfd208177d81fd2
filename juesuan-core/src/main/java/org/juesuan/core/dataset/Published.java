package org.juesuan.core.dataset;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.juesuan.core.money.Amount;
import org.juesuan.core.source.SourceRef;

/**
 * Figures as a published document printed them (原文所列数), kept beside the facts of a transcribed dataset.
 *
 * <p>They are never used to derive anything: derivation uses the facts only. Validation compares each printed
 * total with the derived one, so a transcription keeps the document's errors visible instead of silently fixing or
 * copying them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param cells printed table cells, in file order
 * @param claims figures the narrative states
 */
public record Published(List<Cell> cells, Map<NarrativeClaim, Claim> claims) {

    /** Nothing published. */
    public static final Published NONE = new Published(List.of(), Map.of());

    /** Creates the published figures. */
    public Published {
        cells = List.copyOf(cells);
        EnumMap<NarrativeClaim, Claim> copy = new EnumMap<>(NarrativeClaim.class);
        copy.putAll(claims);
        claims = Collections.unmodifiableMap(copy);
    }

    /**
     * A printed table cell.
     *
     * @param table the table id, e.g. {@code GK01}
     * @param row the row key: a row id of the table definition ({@code I27}), a function or economic code, or
     *     {@code 合计}
     * @param column the column: its 栏次 number or id; empty when the row's section has one value column
     * @param amount the printed amount
     * @param source where the dataset states it
     */
    public record Cell(String table, String row, String column, Amount amount, SourceRef source) {
        /** Creates a printed cell. */
        public Cell {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A figure stated by the narrative.
     *
     * @param claim what is stated
     * @param value the value: yuan for amounts, percent points for percentages (1.74 for 1.74%), a count for counts
     * @param source where the dataset states it
     */
    public record Claim(NarrativeClaim claim, BigDecimal value, SourceRef source) {
        /** Creates a claim. */
        public Claim {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
        }
    }
}
