package org.juesuan.core.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a datum came from: a line and column in a text file, a cell in a workbook, or a whole file.
 *
 * <p>Every definition, dataset figure and finding carries one, so that a message can say
 * {@code dataset.yaml:12:9} or {@code 填报.xlsx!公开05表!D14}. Source references sort by file, then by position.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface SourceRef extends Comparable<SourceRef>
        permits SourceRef.Text, SourceRef.Cell, SourceRef.Page, SourceRef.File, SourceRef.None {

    /** No known source (for values computed by Juesuan itself). */
    SourceRef NONE = new None();

    /** Returns the file or workbook name, or the empty string for {@link #NONE}. */
    String file();

    /** Returns a position in a text file; lines and columns count from 1. */
    static SourceRef text(String file, int line, int column) {
        return new Text(file, line, column);
    }

    /** Returns a cell in a workbook sheet; row and column count from 0. */
    static SourceRef cell(String workbook, String sheet, int row, int column) {
        return new Cell(workbook, sheet, row, column);
    }

    /** Returns a line on a page of a paginated document (a PDF); pages and lines count from 1. */
    static SourceRef page(String file, int page, int line) {
        return new Page(file, page, line);
    }

    /** Returns a whole file. */
    static SourceRef file(String file) {
        return new File(file);
    }

    /** Returns the display form, e.g. {@code a.yaml:3:7} or {@code a.xlsx!公开05表!D14}. */
    String display();

    @Override
    default int compareTo(SourceRef other) {
        return ORDER.compare(this, other);
    }

    /** Sorts by file, then sheet name (cells only), then line/row, then column. */
    Comparator<SourceRef> ORDER = Comparator.comparing((SourceRef ref) -> ref.file())
            .thenComparing(ref -> ref.sheetOrder())
            .thenComparingInt(ref -> ref.lineOrder())
            .thenComparingInt(ref -> ref.columnOrder());

    private String sheetOrder() {
        return this instanceof Cell ? ((Cell) this).sheet() : "";
    }

    private int lineOrder() {
        if (this instanceof Text) {
            return ((Text) this).line();
        }
        if (this instanceof Page) {
            return ((Page) this).page();
        }
        return this instanceof Cell ? ((Cell) this).row() : -1;
    }

    private int columnOrder() {
        if (this instanceof Text) {
            return ((Text) this).column();
        }
        if (this instanceof Page) {
            return ((Page) this).line();
        }
        return this instanceof Cell ? ((Cell) this).column() : -1;
    }

    /**
     * A line and column in a text file, both counting from 1.
     *
     * @param file the file name as the user gave it
     * @param line the line, from 1
     * @param column the column, from 1
     */
    record Text(String file, int line, int column) implements SourceRef {
        /** Creates a text position. */
        public Text {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String display() {
            return file + ":" + line + ":" + column;
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /**
     * A cell of a workbook sheet; row and column count from 0 and display in A1 notation.
     *
     * @param file the workbook file name
     * @param sheet the sheet name
     * @param row the row index, from 0
     * @param column the column index, from 0
     */
    record Cell(String file, String sheet, int row, int column) implements SourceRef {
        /** Creates a cell position. */
        public Cell {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sheet, "sheet");
        }

        /** Returns the A1-style address, e.g. {@code D14}. */
        public String address() {
            return columnName(column) + (row + 1);
        }

        /** Returns the letters of a column index counting from 0: A, B, …, Z, AA, …. */
        public static String columnName(int column) {
            StringBuilder letters = new StringBuilder();
            for (int c = column + 1; c > 0; c = (c - 1) / 26) {
                letters.insert(0, (char) ('A' + (c - 1) % 26));
            }
            return letters.toString();
        }

        @Override
        public String display() {
            return file + "!" + sheet + "!" + address();
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /**
     * A line on a page of a paginated document, as a reader of a published PDF finds it; displayed as {@code
     * 决算.pdf 第3页第12行}.
     *
     * @param file the file name
     * @param page the page, from 1
     * @param line the line on the page, from 1 (top down)
     */
    record Page(String file, int page, int line) implements SourceRef {
        /** Creates a page position. */
        public Page {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String display() {
            return file + " 第" + page + "页第" + line + "行";
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /**
     * A whole file, when no finer position is known.
     *
     * @param file the file name
     */
    record File(String file) implements SourceRef {
        /** Creates a file reference. */
        public File {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String display() {
            return file;
        }

        @Override
        public String toString() {
            return display();
        }
    }

    /** The absence of a source. */
    record None() implements SourceRef {
        @Override
        public String file() {
            return "";
        }

        @Override
        public String display() {
            return "";
        }

        @Override
        public String toString() {
            return "";
        }
    }
}
