package org.juesuan.portal.site;

/**
 * Confines a style sheet to one element of the page (样式限定): every selector is prefixed with a scope, and
 * {@code html} and {@code body} become the scope itself, so the disclosure's own styles (written for a page of its
 * own) apply inside the site's article and nowhere else. {@code @media} blocks are scoped inside; other at-rules
 * ({@code @page}, {@code @font-face}) are kept as they are.
 *
 * <p>Handles the plain CSS the renderers write: rules, comments, and at-rules with or without a block; strings and
 * escapes inside declarations are copied untouched. Stateless and thread-safe.
 */
final class ScopedStyle {

    private ScopedStyle() {}

    /** Returns {@code css} with every rule confined to {@code scope}, e.g. {@code .disclosure}. */
    static String scope(String css, String scope) {
        StringBuilder out = new StringBuilder(css.length() + 1024);
        rules(css, 0, css.length(), scope, out);
        return out.toString();
    }

    /** Scopes the rules between {@code from} and {@code to}. */
    private static void rules(String css, int from, int to, String scope, StringBuilder out) {
        int i = from;
        while (i < to) {
            int open = next(css, i, to, '{');
            int semicolon = next(css, i, to, ';');
            if (semicolon >= 0 && (open < 0 || semicolon < open)) {
                // an at-rule without a block, e.g. @import or @charset
                out.append(css, i, semicolon + 1);
                i = semicolon + 1;
                continue;
            }
            if (open < 0) {
                // what follows the last rule: white space and comments only, in a sheet that parses
                String rest = stripComments(css.substring(i, to));
                if (!rest.isBlank()) {
                    throw new IllegalArgumentException("text after the last rule of the style sheet at " + i);
                }
                return;
            }
            int close = matching(css, open, to);
            String prelude = stripComments(css.substring(i, open)).strip();
            if (prelude.startsWith("@media") || prelude.startsWith("@supports")) {
                out.append(prelude).append('{');
                rules(css, open + 1, close, scope, out);
                out.append('}');
            } else if (prelude.startsWith("@")) {
                out.append(prelude).append(css, open, close + 1);
            } else if (!prelude.isEmpty()) {
                out.append(selectors(prelude, scope)).append(css, open, close + 1);
            }
            out.append('\n');
            i = close + 1;
        }
    }

    private static String selectors(String prelude, String scope) {
        StringBuilder scoped = new StringBuilder();
        for (String selector : prelude.split(",")) {
            String plain = selector.strip();
            if (scoped.length() > 0) {
                scoped.append(',');
            }
            if (plain.equals("html") || plain.equals("body") || plain.equals(":root")) {
                scoped.append(scope);
            } else if (plain.startsWith("body ") || plain.startsWith("html ")) {
                scoped.append(scope).append(plain.substring(4));
            } else {
                scoped.append(scope).append(' ').append(plain);
            }
        }
        return scoped.toString();
    }

    /** Returns the index of the next {@code wanted} outside comments and strings, or -1. */
    private static int next(String css, int from, int to, char wanted) {
        for (int i = from; i < to; i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < to && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? to : end + 1;
            } else if (c == '"' || c == '\'') {
                i = endOfString(css, i, to);
            } else if (c == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** Returns the index of the brace closing the one at {@code open}. */
    private static int matching(String css, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < to && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? to : end + 1;
            } else if (c == '"' || c == '\'') {
                i = endOfString(css, i, to);
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in the style sheet at " + open);
    }

    private static int endOfString(String css, int start, int to) {
        char quote = css.charAt(start);
        for (int i = start + 1; i < to; i++) {
            char c = css.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return to;
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
