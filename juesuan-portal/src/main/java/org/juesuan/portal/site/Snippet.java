package org.juesuan.portal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The passage of a found document shown under its title (检索摘要): some text around the first place a term occurs,
 * cut into segments, the terms marked. The page writes each segment as escaped text, a marked one inside
 * {@code <mark>}: nothing of the document or the query is ever written as markup.
 */
final class Snippet {

    /** Characters shown before the first match. */
    static final int BEFORE = 40;
    /** Characters shown from the first match on. */
    static final int AFTER = 100;

    private Snippet() {}

    /** A piece of the passage, marked if it is a term. */
    record Segment(String text, boolean marked) {}

    /**
     * Returns the passage of {@code body} around the first occurrence of a term, with every occurrence of the terms
     * in it marked; the start of the body if no term occurs in it (the match was in the title). Terms the title
     * already shows are passed over in choosing the passage when another term occurs in the body.
     */
    static List<Segment> of(String body, List<String> terms, String title) {
        String flat = body.replace('\n', ' ');
        // lower case for matching, if it keeps every character where it was (it does for Chinese and Latin)
        String lower = flat.toLowerCase(Locale.ROOT);
        boolean folded = lower.length() == flat.length();
        String haystack = folded ? lower : flat;
        List<String> needles = terms.stream()
                .map(term -> folded ? term.toLowerCase(Locale.ROOT) : term)
                .filter(term -> !term.isEmpty())
                .toList();
        String titleFolded = folded ? title.toLowerCase(Locale.ROOT) : title;
        int first = first(
                haystack, needles.stream().filter(n -> !titleFolded.contains(n)).toList());
        if (first < 0) {
            first = first(haystack, needles);
        }
        int start = first < 0 ? 0 : Math.max(0, first - BEFORE);
        int end = Math.min(flat.length(), (first < 0 ? 0 : first) + AFTER);
        List<Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Segment("…", false));
        }
        int at = start;
        while (at < end) {
            int next = -1;
            int length = 0;
            for (String needle : needles) {
                int found = haystack.indexOf(needle, at);
                if (found >= 0
                        && found < end
                        && (next < 0 || found < next || (found == next && needle.length() > length))) {
                    next = found;
                    length = needle.length();
                }
            }
            if (next < 0) {
                segments.add(new Segment(flat.substring(at, end), false));
                break;
            }
            if (next > at) {
                segments.add(new Segment(flat.substring(at, next), false));
            }
            int stop = Math.min(next + length, flat.length());
            segments.add(new Segment(flat.substring(next, stop), true));
            at = stop;
        }
        if (end < flat.length()) {
            segments.add(new Segment("…", false));
        }
        return List.copyOf(segments);
    }

    private static int first(String haystack, List<String> needles) {
        int first = -1;
        for (String needle : needles) {
            int at = haystack.indexOf(needle);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
