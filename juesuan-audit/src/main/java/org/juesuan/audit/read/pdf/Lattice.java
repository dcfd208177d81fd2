package org.juesuan.audit.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table ruled on a page (带框线的表格): the grid its lines draw, and which grid cells are merged because the line
 * between them is missing.
 *
 * <p>The grid's columns are every x at which a vertical line is drawn, its rows every y of a horizontal line; a cell
 * spans the grid columns (rows) between which no line is drawn. Two tables drawn side by side are two lattices if
 * their lines do not touch, one lattice with all their columns if they do: either way the printed columns are kept.
 *
 * @param xs the x of each vertical line, left to right
 * @param ys the y of each horizontal line, top down
 * @param owner for each grid row and column, the index in {@link #cells} of the cell covering it
 * @param cells the cells, top down and left to right by their top left grid position
 */
record Lattice(float[] xs, float[] ys, int[][] owner, List<Lattice.Span> cells) {

    /** Lines this close to meeting are taken to meet. */
    private static final float MEET = 2f;

    /** Lines of one direction this close are one grid line. */
    private static final float SAME = 2f;

    /** The most pairs of lines compared on one page. */
    private static final long MAX_PAIRS = 4_000_000;

    /** A border covering this share of a cell's side separates it from its neighbour. */
    private static final float BORDER = 0.5f;

    /**
     * A cell of the lattice.
     *
     * @param row its top grid row
     * @param column its left grid column
     * @param rows the grid rows it spans
     * @param columns the grid columns it spans
     */
    record Span(int row, int column, int rows, int columns) {}

    int rowCount() {
        return ys.length - 1;
    }

    int columnCount() {
        return xs.length - 1;
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    /** Returns whether a point is inside the lattice. */
    boolean contains(float x, float y) {
        return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    /** Returns the index of the cell at a point inside the lattice. */
    int cellAt(float x, float y) {
        return owner[index(ys, y)][index(xs, x)];
    }

    private static int index(float[] edges, float value) {
        int i = Arrays.binarySearch(edges, value);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, Math.min(edges.length - 2, i));
    }

    /** Finds the lattices a page's lines draw; a box around a single cell is no table. */
    static List<Lattice> find(List<Ruling> rulings) {
        List<Ruling> horizontal = Ruling.merge(rulings, true);
        List<Ruling> vertical = Ruling.merge(rulings, false);
        if ((long) horizontal.size() * vertical.size() > MAX_PAIRS) {
            return List.of(); // not a table but a drawing of lines; its text is read as text
        }
        int h = horizontal.size();
        int[] parent = new int[h + vertical.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < vertical.size(); j++) {
                if (horizontal.get(i).meets(vertical.get(j), MEET)) {
                    union(parent, i, h + j);
                }
            }
        }
        List<Lattice> lattices = new ArrayList<>();
        boolean[] done = new boolean[parent.length];
        for (int i = 0; i < h; i++) {
            int root = find(parent, i);
            if (done[root]) {
                continue;
            }
            done[root] = true;
            List<Ruling> across = new ArrayList<>();
            List<Ruling> down = new ArrayList<>();
            for (int k = 0; k < h; k++) {
                if (find(parent, k) == root) {
                    across.add(horizontal.get(k));
                }
            }
            for (int k = 0; k < vertical.size(); k++) {
                if (find(parent, h + k) == root) {
                    down.add(vertical.get(k));
                }
            }
            Lattice lattice = of(across, down);
            if (lattice != null) {
                lattices.add(lattice);
            }
        }
        lattices.sort(
                (a, b) -> a.top() != b.top() ? Float.compare(a.top(), b.top()) : Float.compare(a.left(), b.left()));
        return lattices;
    }

    private static Lattice of(List<Ruling> across, List<Ruling> down) {
        if (across.size() < 2 || down.size() < 2) {
            return null;
        }
        float[] ys = edges(across);
        float[] xs = edges(down);
        int rows = ys.length - 1;
        int columns = xs.length - 1;
        if (rows < 1 || columns < 1 || rows * columns < 2 || (long) rows * columns > 200_000) {
            return null;
        }
        // borders[r][k]: a vertical line at xs[k] beside grid row r; floors[k][c]: a horizontal line at ys[k] over
        // grid column c
        boolean[][] borders = new boolean[rows][columns + 1];
        boolean[][] floors = new boolean[rows + 1][columns];
        for (Ruling line : down) {
            int k = nearest(xs, line.at());
            for (int r = 0; r < rows; r++) {
                if (line.covered(ys[r], ys[r + 1]) >= BORDER * (ys[r + 1] - ys[r])) {
                    borders[r][k] = true;
                }
            }
        }
        for (Ruling line : across) {
            int k = nearest(ys, line.at());
            for (int c = 0; c < columns; c++) {
                if (line.covered(xs[c], xs[c + 1]) >= BORDER * (xs[c + 1] - xs[c])) {
                    floors[k][c] = true;
                }
            }
        }
        int[][] owner = new int[rows][columns];
        for (int[] row : owner) {
            Arrays.fill(row, -1);
        }
        List<Span> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int width = 1;
                while (c + width < columns && !borders[r][c + width] && owner[r][c + width] < 0) {
                    width++;
                }
                int height = 1;
                while (r + height < rows && !floors[r + height][c] && owner[r + height][c] < 0) {
                    height++;
                }
                for (int rr = r; rr < r + height; rr++) {
                    for (int cc = c; cc < c + width; cc++) {
                        if (owner[rr][cc] < 0) {
                            owner[rr][cc] = cells.size();
                        }
                    }
                }
                cells.add(new Span(r, c, height, width));
            }
        }
        return new Lattice(xs, ys, owner, cells);
    }

    /** Returns the distinct positions of lines of one direction, in order. */
    private static float[] edges(List<Ruling> lines) {
        float[] positions = new float[lines.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = lines.get(i).at();
        }
        Arrays.sort(positions);
        List<Float> distinct = new ArrayList<>();
        for (float position : positions) {
            if (distinct.isEmpty() || position - distinct.get(distinct.size() - 1) > SAME) {
                distinct.add(position);
            }
        }
        float[] edges = new float[distinct.size()];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = distinct.get(i);
        }
        return edges;
    }

    private static int nearest(float[] edges, float value) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - value) < Math.abs(edges[best] - value)) {
                best = i;
            }
        }
        return best;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
