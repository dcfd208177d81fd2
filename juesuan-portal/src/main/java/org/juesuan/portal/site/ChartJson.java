package org.juesuan.portal.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import org.juesuan.core.document.ChartBlock;

/**
 * A chart's data as the site's chart script reads it (图表数据): the caption, the kind, the unit, the category
 * labels and each series' values as decimal strings, written from the exact {@link BigDecimal}s of the document
 * model, never through a binary floating-point number. The browser turns them into numbers only to draw.
 *
 * <pre>{"number": 1, "caption": "图1：…", "kind": "bar", "unit": "万元",
 *  "categories": ["2023年", "2024年"], "series": [{"name": "收入总计", "values": ["265.19", "300.00"]}]}</pre>
 */
final class ChartJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartJson() {}

    /** Returns the data of a chart of the document model, drawn as its kind says. */
    static String of(ChartBlock chart) {
        return of(chart, chart.kind().name().toLowerCase(Locale.ROOT));
    }

    /** Returns the data of a chart, drawn as {@code kind} ({@code bar}, {@code line} or {@code pie}). */
    static String of(ChartBlock chart, String kind) {
        ObjectNode root = JSON.createObjectNode();
        root.put("number", chart.number());
        root.put("caption", chart.caption());
        root.put("kind", kind);
        root.put("unit", chart.unit());
        ArrayNode categories = root.putArray("categories");
        chart.categories().forEach(categories::add);
        ArrayNode series = root.putArray("series");
        for (ChartBlock.Series one : chart.series()) {
            ObjectNode node = series.addObject();
            node.put("name", one.name());
            ArrayNode values = node.putArray("values");
            one.values().forEach(value -> values.add(value.toPlainString()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }
}
