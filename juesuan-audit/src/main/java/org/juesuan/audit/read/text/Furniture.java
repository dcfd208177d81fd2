package org.juesuan.audit.read.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds running headers and footers (页眉页脚) in a text whose pages are marked by form feeds, as pdftotext writes
 * them.
 *
 * <p>With three pages or more, a short text line (at most 60 characters, not a caption such as 单位：万元) that is
 * the first — or the last — line of at least half of the pages, and of three at least, is a running header (or
 * footer) and is skipped wherever it opens (or closes) a page. Digits are ignored in the comparison, so that a
 * header with its page number counts as one. Without form feeds nothing is taken for a header: the pages cannot
 * be told, and a line repeated on purpose (部门：… before each table) must stay.
 */
final class Furniture {

    private static final int MAX_LENGTH = 60;

    private Furniture() {}

    static void skipRunningHeaders(List<Line> lines) {
        List<Integer> pageStarts = new ArrayList<>();
        pageStarts.add(0);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).pageBreak) {
                pageStarts.add(i);
            }
        }
        int pages = pageStarts.size();
        if (pages < 3) {
            return;
        }
        int[] firsts = new int[pages];
        int[] lasts = new int[pages];
        Map<String, Integer> firstCounts = new HashMap<>();
        Map<String, Integer> lastCounts = new HashMap<>();
        for (int p = 0; p < pages; p++) {
            int from = pageStarts.get(p);
            int to = p + 1 < pages ? pageStarts.get(p + 1) : lines.size();
            firsts[p] = candidate(lines, from, to, true);
            lasts[p] = candidate(lines, from, to, false);
            count(lines, firsts[p], firstCounts);
            count(lines, lasts[p], lastCounts);
        }
        int threshold = Math.max(3, (pages + 1) / 2);
        for (int p = 0; p < pages; p++) {
            skip(lines, firsts[p], firstCounts, threshold);
            skip(lines, lasts[p], lastCounts, threshold);
        }
    }

    private static int candidate(List<Line> lines, int from, int to, boolean first) {
        for (int i = first ? from : to - 1; first ? i < to : i >= from; i += first ? 1 : -1) {
            Line line = lines.get(i);
            if (line.isBreak()) {
                continue;
            }
            String text = line.text.text();
            boolean fits = line.kind == Line.Kind.TEXT && text.length() <= MAX_LENGTH && !Headings.isCaption(text);
            return fits ? i : -1;
        }
        return -1;
    }

    private static void count(List<Line> lines, int index, Map<String, Integer> counts) {
        if (index >= 0) {
            counts.merge(key(lines.get(index)), 1, Integer::sum);
        }
    }

    private static void skip(List<Line> lines, int index, Map<String, Integer> counts, int threshold) {
        if (index >= 0 && counts.getOrDefault(key(lines.get(index)), 0) >= threshold) {
            lines.get(index).kind = Line.Kind.SKIPPED;
        }
    }

    private static String key(Line line) {
        return line.text.text().replaceAll("\\d+", "#");
    }
}
