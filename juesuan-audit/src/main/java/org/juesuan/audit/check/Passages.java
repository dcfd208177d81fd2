package org.juesuan.audit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.PublishedDocument;
import org.juesuan.audit.read.TextBlock;

/**
 * The paragraphs of a published document found by their headings (段落定位): a part (第五部分 名词解释), a section
 * of the narrative (九、财政拨款“三公”经费支出决算情况说明), each up to the next heading of its kind.
 *
 * <p>A heading is recognised by its text without ordinal and spaces; the table of contents, which repeats every
 * heading with no text under it, is passed over: the passage chosen is the last place the heading appears with
 * paragraphs after it.
 *
 * <p>Immutable and thread-safe.
 */
final class Passages {

    private final List<TextBlock> texts = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    Passages(PublishedDocument document) {
        for (Block block : document.blocks()) {
            if (block instanceof TextBlock text) {
                texts.add(text);
                keys.add(key(text.text()));
            }
        }
    }

    /** Returns a heading's key: no spaces, no leading ordinal (第五部分, 九、, （一）, 1.). */
    static String key(String text) {
        String compact = text.replaceAll("(?U)\\s+", "").replace('(', '（').replace(')', '）');
        return compact.replaceFirst("^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、．](?![0-9]))", "");
    }

    /** Returns whether a text is a part heading (第…部分). */
    static boolean isPart(String text) {
        return text.replaceAll("(?U)\\s+", "").matches("第[一二三四五六七八九十]+部分.*");
    }

    /** Returns whether a text is a section heading of the narrative (九、…). */
    static boolean isSection(String text) {
        String compact = text.replaceAll("(?U)\\s+", "");
        return compact.matches("[一二三四五六七八九十]+、.{2,40}") && !compact.contains("。");
    }

    /** Returns whether any paragraph's key equals {@code key} (a heading printed somewhere). */
    boolean hasHeading(String key) {
        return keys.contains(key);
    }

    /**
     * Returns the paragraphs under the last heading whose key satisfies {@code heading} and that has paragraphs
     * before the next heading {@code end} accepts.
     */
    Optional<List<TextBlock>> under(Predicate<String> heading, Predicate<String> end) {
        List<TextBlock> chosen = null;
        for (int i = 0; i < texts.size(); i++) {
            if (!heading.test(keys.get(i))) {
                continue;
            }
            List<TextBlock> body = new ArrayList<>();
            for (int j = i + 1; j < texts.size() && !end.test(texts.get(j).text()); j++) {
                body.add(texts.get(j));
            }
            if (!body.isEmpty()) {
                chosen = body;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
