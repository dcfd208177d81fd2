package org.juesuan.render.pdf;

import java.util.List;
import java.util.Objects;

/**
 * Where a rendered PDF shows each figure (版面索引): for every amount cell and every figure in a paragraph, the page
 * and the rectangle it was drawn in. It names the model element, not the text drawn, so the proof can read the
 * rectangle back from the saved file and compare it with what the model says.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pageCount the number of pages
 * @param placements the placements, in drawing order
 */
public record PdfLayout(int pageCount, List<Placement> placements) {

    /** Creates a layout. */
    public PdfLayout {
        placements = List.copyOf(placements);
    }

    /** A model element that shows a figure. */
    public sealed interface Target permits TableCell, GridBlockCell, Figure {}

    /**
     * A cell of a printed public table.
     *
     * @param tableId the table id, e.g. T05
     * @param row the grid row, counting header rows
     * @param column the grid column
     */
    public record TableCell(String tableId, int row, int column) implements Target {

        /** Creates the target. */
        public TableCell {
            Objects.requireNonNull(tableId, "tableId");
        }
    }

    /**
     * An amount cell of a grid block (a self-evaluation form, the key-work table).
     *
     * @param gridId the grid id
     * @param row the grid row, counting header rows
     * @param column the grid column
     */
    public record GridBlockCell(String gridId, int row, int column) implements Target {

        /** Creates the target. */
        public GridBlockCell {
            Objects.requireNonNull(gridId, "gridId");
        }
    }

    /**
     * A figure stated in a paragraph.
     *
     * @param key the figure key, unique in the document
     */
    public record Figure(String key) implements Target {

        /** Creates the target. */
        public Figure {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * The rectangle a target was drawn in, in points from the top-left corner of its page.
     *
     * @param target the model element
     * @param page the page number, from 1
     * @param x the left edge
     * @param y the top edge
     * @param width the width
     * @param height the height
     */
    public record Placement(Target target, int page, double x, double y, double width, double height) {

        /** Creates a placement. */
        public Placement {
            Objects.requireNonNull(target, "target");
        }
    }
}
