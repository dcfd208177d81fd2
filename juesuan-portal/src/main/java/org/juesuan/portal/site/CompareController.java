package org.juesuan.portal.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.core.money.Amount;
import org.juesuan.portal.site.Comparisons.Measure;
import org.juesuan.portal.site.PublishedDocuments.Latest;
import org.juesuan.portal.site.PublishedDocuments.UnitName;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The comparison pages (对比分析): one department across the years it has published, with each year's change
 * over the year before; and the departments of a region in one year, their “三公” expenditure and total
 * expenditure side by side, sortable. Each document counts with its latest published version; drafts never count.
 */
@Controller
final class CompareController {

    private static final String UNIT = "万元";

    private final PublishedDocuments published;

    CompareController(PublishedDocuments published) {
        this.published = Objects.requireNonNull(published, "published");
    }

    /** A year of the department (年度). */
    record YearColumn(int year, long documentId, boolean compared, int previousYear) {}

    /** A figure's row across the years. */
    record MeasureRow(String label, boolean part, List<YearCell> cells) {}

    /** A figure of one year: its value and, after the first year, the change over the year before. */
    record YearCell(String value, String change, String percent, int direction) {}

    @GetMapping("/compare/units/{unitId}")
    String unit(@PathVariable("unitId") long unitId, Model model) {
        UnitName unit = published.unit(unitId).orElseThrow(SiteController::notFound);
        List<Latest> all = published.ofUnit(unitId);
        if (all.isEmpty()) {
            throw SiteController.notFound();
        }
        List<Latest> documents = new ArrayList<>();
        List<Map<Measure, Amount>> figures = new ArrayList<>();
        for (Latest document : all) {
            published.readable(document.versionId()).ifPresent(content -> {
                documents.add(document);
                figures.add(Comparisons.figures(content.dataset()));
            });
        }
        model.addAttribute("unreadable", all.size() - documents.size());
        List<YearColumn> years = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            years.add(new YearColumn(
                    documents.get(i).fiscalYear(),
                    documents.get(i).documentId(),
                    i > 0,
                    i > 0 ? documents.get(i - 1).fiscalYear() : 0));
        }
        List<MeasureRow> rows = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            List<YearCell> cells = new ArrayList<>();
            for (int i = 0; i < figures.size(); i++) {
                Amount value = figures.get(i).get(measure);
                if (i == 0) {
                    cells.add(new YearCell(Comparisons.wan(value).toPlainString(), "", "", 0));
                } else {
                    Amount before = figures.get(i - 1).get(measure);
                    cells.add(new YearCell(
                            Comparisons.wan(value).toPlainString(),
                            Comparisons.change(before, value),
                            Comparisons.percent(before, value).orElse("—"),
                            value.compareTo(before)));
                }
            }
            rows.add(new MeasureRow(measure.label(), measure.part(), cells));
        }
        List<String> categories =
                documents.stream().map(d -> d.fiscalYear() + "年").toList();
        ChartBlock totals = chart(
                1,
                "图1：" + unit.name() + "历年收入、支出决算",
                categories,
                figures,
                List.of(Measure.INCOME, Measure.EXPENDITURE, Measure.BASIC, Measure.PROJECT));
        ChartBlock threePublic = chart(
                2,
                "图2：" + unit.name() + "历年“三公”经费与机关运行经费支出",
                categories,
                figures,
                List.of(Measure.ABROAD, Measure.VEHICLE, Measure.RECEPTION, Measure.OPERATING_COST));
        model.addAttribute("unit", unit);
        model.addAttribute("years", years);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "charts",
                List.of(
                        new ChartView(
                                totals.number(),
                                totals.caption(),
                                // a line needs two years; one year is drawn as bars
                                ChartJson.of(totals, documents.size() > 1 ? "line" : "bar")),
                        new ChartView(threePublic.number(), threePublic.caption(), ChartJson.of(threePublic))));
        return "compare-unit";
    }

    /** A chart of a comparison page: its number, caption and data. */
    record ChartView(int number, String caption, String data) {}

    private static ChartBlock chart(
            int number,
            String caption,
            List<String> categories,
            List<Map<Measure, Amount>> figures,
            List<Measure> measures) {
        List<ChartBlock.Series> series = new ArrayList<>();
        for (Measure measure : measures) {
            series.add(new ChartBlock.Series(
                    measure.label().replace("其中：", ""),
                    figures.stream().map(f -> Comparisons.wan(f.get(measure))).toList()));
        }
        return new ChartBlock(number, caption, ChartBlock.Kind.BAR, categories, series, UNIT);
    }

    /** A department of the region (部门). */
    record UnitRow(
            long unitId,
            long documentId,
            String name,
            Map<Measure, Amount> amounts,
            String abroad,
            String vehicle,
            String reception,
            String threePublic,
            String expenditure) {}

    /** The sortable columns of the region's table, by the key of the {@code sort} parameter. */
    enum Column {
        NAME("name", "部门（单位）", null),
        ABROAD("abroad", "因公出国（境）费", Measure.ABROAD),
        VEHICLE("vehicle", "公务用车购置及运行维护费", Measure.VEHICLE),
        RECEPTION("reception", "公务接待费", Measure.RECEPTION),
        THREE_PUBLIC("total", "“三公”经费合计", Measure.THREE_PUBLIC),
        EXPENDITURE("expenditure", "本年支出合计", Measure.EXPENDITURE);

        private final String key;
        private final String label;
        private final @Nullable Measure measure;

        Column(String key, String label, @Nullable Measure measure) {
            this.key = key;
            this.label = label;
            this.measure = measure;
        }

        String key() {
            return key;
        }

        String label() {
            return label;
        }

        static Column of(@Nullable String key) {
            for (Column column : values()) {
                if (column.key.equals(key)) {
                    return column;
                }
            }
            return NAME;
        }

        Comparator<UnitRow> order() {
            Comparator<UnitRow> byName = Comparator.comparing(UnitRow::name);
            Measure by = measure;
            return by == null
                    ? byName
                    : Comparator.<UnitRow, Amount>comparing(row -> row.amounts().get(by))
                            .thenComparing(byName);
        }
    }

    /** A column header: its label, the link that sorts by it and whether the table is sorted by it now. */
    record Header(
            String key, String label, String link, @Nullable String sorted) {}

    @GetMapping("/compare/regions/{regionId}/{year}")
    String region(
            @PathVariable("regionId") long regionId,
            @PathVariable("year") int year,
            @RequestParam(name = "sort", required = false) @Nullable String sort,
            @RequestParam(name = "order", required = false) @Nullable String order,
            Model model) {
        String region = published.region(regionId).orElseThrow(SiteController::notFound);
        List<Latest> documents = published.ofRegion(regionId, year);
        if (documents.isEmpty()) {
            throw SiteController.notFound();
        }
        int unreadable = 0;
        Column column = Column.of(sort);
        boolean descending = "desc".equals(order);
        List<UnitRow> rows = new ArrayList<>();
        Map<Measure, Amount> sums = new java.util.EnumMap<>(Measure.class);
        for (Latest document : documents) {
            var content = published.readable(document.versionId());
            if (content.isEmpty()) {
                unreadable++;
                continue;
            }
            Map<Measure, Amount> figures = Comparisons.figures(content.get().dataset());
            figures.forEach((measure, amount) -> sums.merge(measure, amount, Amount::plus));
            rows.add(row(document.unitId(), document.documentId(), document.unitName(), figures));
        }
        Comparator<UnitRow> comparator = column.order();
        rows.sort(descending ? comparator.reversed() : comparator);
        String base = "/compare/regions/" + regionId + "/" + year;
        List<Header> headers = new ArrayList<>();
        for (Column each : Column.values()) {
            boolean current = each == column;
            // a click on the current column turns its order; another column starts with the largest (names A→Z)
            String next = current ? (descending ? "asc" : "desc") : (each == Column.NAME ? "asc" : "desc");
            headers.add(new Header(
                    each.key(),
                    each.label(),
                    base + "?sort=" + each.key() + "&order=" + next,
                    current ? (descending ? "descending" : "ascending") : null));
        }
        List<String> categories = rows.stream().map(UnitRow::name).toList();
        List<Map<Measure, Amount>> figures = rows.stream().map(UnitRow::amounts).toList();
        ChartBlock chart = chart(
                1,
                "图1：" + region + year + "年度各部门“三公”经费支出",
                categories,
                figures,
                List.of(Measure.ABROAD, Measure.VEHICLE, Measure.RECEPTION));
        model.addAttribute("unreadable", unreadable);
        model.addAttribute("region", region);
        model.addAttribute("regionId", regionId);
        model.addAttribute("year", year);
        model.addAttribute("headers", headers);
        model.addAttribute("rows", rows);
        model.addAttribute("total", row(0, 0, "合计", sums.isEmpty() ? Comparisons.zeros() : sums));
        model.addAttribute("chart", new ChartView(chart.number(), chart.caption(), ChartJson.of(chart)));
        return "compare-region";
    }

    private static UnitRow row(long unitId, long documentId, String name, Map<Measure, Amount> figures) {
        return new UnitRow(
                unitId,
                documentId,
                name,
                figures,
                shown(figures.get(Measure.ABROAD)),
                shown(figures.get(Measure.VEHICLE)),
                shown(figures.get(Measure.RECEPTION)),
                shown(figures.get(Measure.THREE_PUBLIC)),
                shown(figures.get(Measure.EXPENDITURE)));
    }

    private static String shown(@Nullable Amount amount) {
        BigDecimal wan = Comparisons.wan(amount == null ? Amount.ZERO : amount);
        return wan.toPlainString();
    }
}
