package org.juesuan.audit.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the horizontal and vertical lines a page draws (收集表格线): stroked straight segments, and filled
 * rectangles thin enough to be lines, as many producers draw table borders. Curves, images and text are ignored.
 *
 * <p>Not thread-safe; one per page.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled shape at most this thick is a line. */
    private static final float THIN = 2.5f;

    /** A segment this much off the horizontal or vertical still counts as such. */
    private static final float SKEW = 0.6f;

    private static final int MAX_RULINGS = 100_000;

    private final PageFrame frame;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<Subpath> subpaths = new ArrayList<>();
    private Point2D.Float current = new Point2D.Float();

    private RulingCollector(PDPage page) {
        super(page);
        this.frame = PageFrame.of(page);
    }

    /** Returns the lines drawn on a page, in page coordinates, not yet merged. */
    static List<Ruling> collect(PDPage page) throws IOException {
        RulingCollector collector = new RulingCollector(page);
        collector.processPage(page);
        return collector.rulings;
    }

    @Override
    protected void showText(byte[] string) {
        // text is read by the glyph collector; skipping it here saves reading the fonts twice
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Subpath rectangle = new Subpath();
        for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
            rectangle.add(new Point2D.Float((float) p.getX(), (float) p.getY()), true);
        }
        rectangle.closed = true;
        subpaths.add(rectangle);
        current = rectangle.points.get(0);
    }

    @Override
    public void drawImage(PDImage image) {
        // images carry no ruling lines
    }

    @Override
    public void clip(int windingRule) {
        // a clipping path is ended by the next painting operator, usually 'n'
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        Subpath subpath = new Subpath();
        subpath.add(current, false);
        subpaths.add(subpath);
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty()) {
            moveTo(current.x, current.y);
        }
        current = new Point2D.Float(x, y);
        subpaths.get(subpaths.size() - 1).add(current, true);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (subpaths.isEmpty()) {
            moveTo(current.x, current.y);
        }
        // a curve is no ruling, but its control points bound the shape it fills
        Subpath subpath = subpaths.get(subpaths.size() - 1);
        subpath.add(new Point2D.Float(x1, y1), false);
        subpath.add(new Point2D.Float(x2, y2), false);
        current = new Point2D.Float(x3, y3);
        subpath.add(current, false);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (!subpaths.isEmpty()) {
            Subpath subpath = subpaths.get(subpaths.size() - 1);
            subpath.closed = true;
            current = subpath.points.get(0);
        }
    }

    @Override
    public void endPath() {
        subpaths.clear();
    }

    @Override
    public void strokePath() {
        stroked();
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        filled();
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        stroked();
        filled();
        endPath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading is no ruling
    }

    private void stroked() {
        for (Subpath subpath : subpaths) {
            List<Point2D.Float> points = subpath.points;
            for (int i = 1; i < points.size(); i++) {
                if (subpath.straight.get(i)) {
                    segment(points.get(i - 1), points.get(i));
                }
            }
            if (subpath.closed && points.size() > 2) {
                segment(points.get(points.size() - 1), points.get(0));
            }
        }
    }

    private void filled() {
        for (Subpath subpath : subpaths) {
            float minX = Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (Point2D.Float p : subpath.points) {
                float[] shown = frame.shown(p.x, p.y);
                minX = Math.min(minX, shown[0]);
                maxX = Math.max(maxX, shown[0]);
                minY = Math.min(minY, shown[1]);
                maxY = Math.max(maxY, shown[1]);
            }
            float w = maxX - minX;
            float h = maxY - minY;
            if (h <= THIN && w > THIN) {
                add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
            } else if (w <= THIN && h > THIN) {
                add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
            }
        }
    }

    private void segment(Point2D.Float a, Point2D.Float b) {
        float[] p = frame.shown(a.x, a.y);
        float[] q = frame.shown(b.x, b.y);
        float dx = Math.abs(p[0] - q[0]);
        float dy = Math.abs(p[1] - q[1]);
        if (dy <= SKEW && dx > SKEW) {
            add(new Ruling(true, (p[1] + q[1]) / 2, Math.min(p[0], q[0]), Math.max(p[0], q[0])));
        } else if (dx <= SKEW && dy > SKEW) {
            add(new Ruling(false, (p[0] + q[0]) / 2, Math.min(p[1], q[1]), Math.max(p[1], q[1])));
        }
    }

    private void add(Ruling ruling) {
        if (rulings.size() < MAX_RULINGS
                && Float.isFinite(ruling.at())
                && Float.isFinite(ruling.from())
                && Float.isFinite(ruling.to())) {
            rulings.add(ruling);
        }
    }

    /** A subpath: its points, and for each whether it is reached by a straight segment. */
    private static final class Subpath {
        final List<Point2D.Float> points = new ArrayList<>();
        final List<Boolean> straight = new ArrayList<>();
        boolean closed;

        void add(Point2D.Float point, boolean straightTo) {
            points.add(point);
            straight.add(straightTo);
        }
    }
}
