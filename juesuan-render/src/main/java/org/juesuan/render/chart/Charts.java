package org.juesuan.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.render.font.Fonts;

/**
 * Draws the narrative's charts (图表绘制): grouped bars for the change between two years, pies for structures.
 *
 * <p>A bar chart has one group per category (the years) and one bar per series (收入, 支出), each bar labelled with
 * its value in 万元 at two decimals, and a legend when there are several series. A pie has one slice per category
 * with a value above zero, each labelled with its name over {@code 金额万元（占比%）}; the share is computed from the exact values
 * (see {@link PieSlices}). Numbers become {@code double} only at the drawing call. No shadows, no gradients, a white
 * background; the font is Noto Sans SC, so Chinese labels need no font installed on the machine.
 *
 * <p>The same chart always gives the same SVG text and the same PNG bytes. AWT runs headless: unless the JVM was told
 * otherwise, loading this class sets {@code java.awt.headless=true}.
 *
 * <p>Thread-safe: every call builds its own chart.
 */
public final class Charts {

    /** The width at which charts are laid out for a page, in CSS pixels or points. */
    public static final int WIDTH = 600;

    /** The height at which charts are laid out for a page, in CSS pixels or points. */
    public static final int HEIGHT = 375;

    /** The pixel density of PNG output: a PNG of 1200×750 pixels is a 600×375 chart drawn at twice the resolution. */
    public static final int PNG_SCALE = 2;

    /** The fonts named in SVG text: the document font, then any sans-serif font the reader has. */
    static final String SVG_FONT_FAMILY = '"' + Fonts.FAMILY + "\", sans-serif";

    private static final Color[] PALETTE = {
        new Color(0x2F5597),
        new Color(0xC55A11),
        new Color(0x548235),
        new Color(0xBF9000),
        new Color(0x7030A0),
        new Color(0x2E75B6),
        new Color(0x7F6000),
        new Color(0x843C0C)
    };

    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color AXIS = new Color(0x808080);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {}

    /** Draws a chart into an area of any graphics context (a PDF page, an image, an SVG document). */
    public static void draw(ChartBlock chart, Graphics2D graphics, Rectangle2D area) {
        build(chart).draw(graphics, area);
    }

    /**
     * Returns a chart as a self-contained SVG element with a view box of the given size: text as {@code <text>} in
     * Noto Sans SC (else sans-serif), ids prefixed by the chart number so that several charts can share a page.
     */
    public static String svg(ChartBlock chart, int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        svg.setDefsKeyPrefix("chart" + chart.number() + "-");
        svg.setFontFunction(family -> SVG_FONT_FAMILY);
        svg.setGeomDoubleConverter(Charts::coordinate);
        svg.setTransformDoubleConverter(Charts::coordinate);
        draw(chart, svg, new Rectangle2D.Double(0, 0, width, height));
        return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    /**
     * Returns a chart as PNG bytes of the given pixel size, drawn at {@value #PNG_SCALE}× resolution: the chart is
     * laid out at half the pixel size, so {@code png(chart, 1200, 750)} is a 600×375 chart sharp enough for print.
     */
    public static byte[] png(ChartBlock chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.transform(AffineTransform.getScaleInstance(PNG_SCALE, PNG_SCALE));
            draw(
                    chart,
                    graphics,
                    new Rectangle2D.Double(0, 0, (double) width / PNG_SCALE, (double) height / PNG_SCALE));
        } finally {
            graphics.dispose();
        }
        return PngEncoder.encode(image);
    }

    /** Writes an SVG coordinate with at most two decimals: exact enough, and shorter. */
    private static String coordinate(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
    }

    private static JFreeChart build(ChartBlock chart) {
        JFreeChart built = chart.kind() == ChartBlock.Kind.PIE ? pie(chart) : bar(chart);
        built.setAntiAlias(true);
        built.setTextAntiAlias(true);
        built.setBackgroundPaint(Color.WHITE);
        built.setBorderVisible(false);
        built.setPadding(new RectangleInsets(8, 8, 8, 8));
        LegendTitle legend = built.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setItemFont(Fonts.awt(Font.PLAIN, 12f));
            legend.setItemPaint(TEXT);
        }
        return built;
    }

    private static JFreeChart pie(ChartBlock chart) {
        PieSlices slices = PieSlices.of(chart);
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (PieSlices.Slice slice : slices.slices()) {
            data.setValue(slice.name(), slice.value().doubleValue());
        }
        PiePlot<String> plot = new PiePlot<>(data);
        JFreeChart built = new JFreeChart(null, null, plot, false);
        theme().apply(built);
        List<String> names = new ArrayList<>();
        for (PieSlices.Slice slice : slices.slices()) {
            names.add(slice.name());
        }
        for (int i = 0; i < chart.categories().size(); i++) {
            // colours follow the category, so a slice keeps its colour whichever others are left out
            String name = chart.categories().get(i);
            if (names.contains(name)) {
                plot.setSectionPaint(name, PALETTE[i % PALETTE.length]);
            }
        }
        plot.setLabelGenerator(new PieLabels(slices));
        plot.setLabelFont(Fonts.awt(Font.PLAIN, 12f));
        plot.setLabelPaint(TEXT);
        plot.setLabelBackgroundPaint(null);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        plot.setLabelLinkPaint(AXIS);
        plot.setShadowPaint(null);
        plot.setShadowXOffset(0);
        plot.setShadowYOffset(0);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1.5f));
        // white lines part the slices; a whole pie has nothing to part, and would show a line from its centre
        plot.setSectionOutlinesVisible(slices.slices().size() > 1);
        plot.setStartAngle(90);
        plot.setInteriorGap(0.02);
        plot.setMaximumLabelWidth(0.24);
        plot.setNoDataMessage("无数据");
        plot.setNoDataMessageFont(Fonts.awt(Font.PLAIN, 12f));
        return built;
    }

    private static JFreeChart bar(ChartBlock chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartBlock.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(
                        series.values().get(i).doubleValue(),
                        series.name(),
                        chart.categories().get(i));
            }
        }
        NumberAxis values = new NumberAxis();
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), values, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart built = new JFreeChart(null, null, plot, chart.series().size() > 1);
        theme().apply(built);
        // the unit as a horizontal line over the axis: a rotated axis label would be drawn as outlines, not text
        TextTitle unit = new TextTitle("单位：" + chart.unit(), Fonts.awt(Font.PLAIN, 12f));
        unit.setPosition(RectangleEdge.TOP);
        unit.setHorizontalAlignment(HorizontalAlignment.LEFT);
        unit.setPaint(TEXT);
        unit.setPadding(new RectangleInsets(0, 4, 6, 0));
        built.addSubtitle(unit);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.08);
        renderer.setMaximumBarWidth(0.16);
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        }
        renderer.setDefaultItemLabelGenerator(new BarLabels(chart));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(Fonts.awt(Font.PLAIN, 12f));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        renderer.setItemLabelAnchorOffset(3);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        values.setUpperMargin(0.15);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);
        values.setTickLabelFont(Fonts.awt(Font.PLAIN, 11f));
        values.setTickLabelPaint(TEXT);
        CategoryAxis categories = plot.getDomainAxis();
        categories.setCategoryMargin(0.35);
        categories.setLowerMargin(0.08);
        categories.setUpperMargin(0.08);
        categories.setAxisLinePaint(AXIS);
        categories.setTickMarksVisible(false);
        categories.setTickLabelFont(Fonts.awt(Font.PLAIN, 12f));
        categories.setTickLabelPaint(TEXT);
        return built;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("juesuan", false);
        theme.setExtraLargeFont(Fonts.awt(Font.BOLD, 16f));
        theme.setLargeFont(Fonts.awt(Font.BOLD, 13f));
        theme.setRegularFont(Fonts.awt(Font.PLAIN, 12f));
        theme.setSmallFont(Fonts.awt(Font.PLAIN, 11f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(TEXT);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setRangeGridlinePaint(GRID);
        theme.setShadowVisible(false);
        theme.setShadowPaint(Color.WHITE);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        return theme;
    }
}
