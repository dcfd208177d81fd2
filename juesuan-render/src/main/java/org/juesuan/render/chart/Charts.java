package org.juesuan.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.juesuan.core.document.ChartBlock;
import org.juesuan.render.font.Fonts;

/**
 * Draws the narrative's charts (图表绘制): grouped bars for changes between years, pies for structures.
 *
 * <p>Thread-safe: every call builds its own chart.
 */
public final class Charts {

    private static final Color[] PALETTE = {
        new Color(0x2F5597),
        new Color(0xC55A11),
        new Color(0x548235),
        new Color(0x7F6000),
        new Color(0x7030A0),
        new Color(0x2E75B6),
        new Color(0xBF9000),
        new Color(0x843C0C)
    };

    private Charts() {}

    /** Draws a chart into an area of any graphics context (a PDF page, an image, an SVG document). */
    public static void draw(ChartBlock chart, Graphics2D graphics, Rectangle2D area) {
        build(chart).draw(graphics, area);
    }

    /** Returns a chart as a self-contained SVG element with a view box of the given size. */
    public static String svg(ChartBlock chart, int width, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        draw(chart, svg, new Rectangle2D.Double(0, 0, width, height));
        return svg.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    /** Returns a chart as PNG bytes of the given pixel size. */
    public static byte[] png(ChartBlock chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(chart, graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static JFreeChart build(ChartBlock chart) {
        JFreeChart built = chart.kind() == ChartBlock.Kind.PIE ? pie(chart) : bar(chart);
        theme().apply(built);
        built.setAntiAlias(true);
        built.setBackgroundPaint(Color.WHITE);
        built.setBorderVisible(false);
        if (chart.kind() == ChartBlock.Kind.PIE) {
            PiePlot<?> plot = (PiePlot<?>) built.getPlot();
            List<String> categories = chart.categories();
            for (int i = 0; i < categories.size(); i++) {
                plot.setSectionPaint(categories.get(i), PALETTE[i % PALETTE.length]);
            }
            plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}\n{1}万元（{2}）"));
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setShadowPaint(null);
        } else {
            CategoryPlot plot = built.getCategoryPlot();
            BarRenderer renderer = (BarRenderer) plot.getRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            for (int i = 0; i < chart.series().size(); i++) {
                renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            }
            renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
            renderer.setDefaultItemLabelsVisible(true);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xD9D9D9));
            plot.setOutlineVisible(false);
            CategoryAxis axis = plot.getDomainAxis();
            axis.setCategoryMargin(0.3);
        }
        return built;
    }

    private static JFreeChart pie(ChartBlock chart) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        ChartBlock.Series series = chart.series().get(0);
        for (int i = 0; i < chart.categories().size(); i++) {
            data.setValue(chart.categories().get(i), series.values().get(i));
        }
        return new JFreeChart(null, null, new PiePlot<>(data), true);
    }

    private static JFreeChart bar(ChartBlock chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartBlock.Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(
                        series.values().get(i),
                        series.name(),
                        chart.categories().get(i));
            }
        }
        CategoryPlot plot = new CategoryPlot(
                data, new CategoryAxis(), new org.jfree.chart.axis.NumberAxis(chart.unit()), new BarRenderer());
        plot.setOrientation(PlotOrientation.VERTICAL);
        return new JFreeChart(null, null, plot, chart.series().size() > 1);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("juesuan");
        Font base = Fonts.awt();
        theme.setExtraLargeFont(base.deriveFont(Font.BOLD, 16f));
        theme.setLargeFont(base.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(base.deriveFont(Font.PLAIN, 11f));
        theme.setSmallFont(base.deriveFont(Font.PLAIN, 10f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        return theme;
    }
}
