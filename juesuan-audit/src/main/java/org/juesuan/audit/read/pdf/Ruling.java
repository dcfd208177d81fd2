package org.juesuan.audit.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A horizontal or vertical line drawn on a page (表格线), in page coordinates.
 *
 * @param horizontal whether the line is horizontal
 * @param at its y if horizontal, its x if vertical
 * @param from where it starts along its direction (the smaller coordinate)
 * @param to where it ends
 */
record Ruling(boolean horizontal, float at, float from, float to) {

    /** Lines this close across their direction are one line (a line drawn twice, or cell borders drawn per cell). */
    static final float SAME_LINE = 1.5f;

    /** Pieces of one line this close along it are joined. */
    static final float JOIN_GAP = 2f;

    float length() {
        return to - from;
    }

    /** Returns whether this line, of one direction, meets or crosses {@code other}, of the other. */
    boolean meets(Ruling other, float tolerance) {
        return other.at >= from - tolerance
                && other.at <= to + tolerance
                && at >= other.from - tolerance
                && at <= other.to + tolerance;
    }

    /** Returns how much of the span {@code [a, b]} along its direction this line covers. */
    float covered(float a, float b) {
        return Math.max(0, Math.min(to, b) - Math.max(from, a));
    }

    /** Joins the lines of one direction drawn in pieces or twice into whole lines. */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> lines = new ArrayList<>();
        for (Ruling ruling : rulings) {
            if (ruling.horizontal == horizontal) {
                lines.add(ruling);
            }
        }
        lines.sort(Comparator.comparingDouble(Ruling::at));
        List<Ruling> merged = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            while (j < lines.size() && lines.get(j).at - lines.get(j - 1).at <= SAME_LINE / 2) {
                j++;
            }
            List<Ruling> group = new ArrayList<>(lines.subList(i, j));
            group.sort(Comparator.comparingDouble(Ruling::from));
            float at = 0;
            for (Ruling ruling : group) {
                at += ruling.at;
            }
            at /= group.size();
            float from = group.get(0).from;
            float to = group.get(0).to;
            for (Ruling ruling : group.subList(1, group.size())) {
                if (ruling.from <= to + JOIN_GAP) {
                    to = Math.max(to, ruling.to);
                } else {
                    merged.add(new Ruling(horizontal, at, from, to));
                    from = ruling.from;
                    to = ruling.to;
                }
            }
            merged.add(new Ruling(horizontal, at, from, to));
            i = j;
        }
        return merged;
    }
}
