package org.juesuan.audit.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.source.SourceRef;

/**
 * A paragraph being read for statements (待读段落): its compact text, its amounts, and the sentences, clauses and
 * positions of its characters.
 *
 * <p>Immutable and thread-safe.
 */
final class ParagraphText {

    private static final Pattern AMOUNT =
            Pattern.compile("(?<n>" + PatternCompiler.NUMBER + ")(?<u>" + PatternCompiler.UNIT + ")");
    private static final String SENTENCE_ENDS = "。！？";
    private static final String CLAUSE_ENDS = "，,；;：:。！？";
    private static final Pattern LEADING = Pattern.compile(
            "^(?:(?:\\d{1,2}[.．、](?!\\d)|[（(]\\d{1,2}[）)]|[（(][一二三四五六七八九十]+[）)]|其中|另外|此外|\\d{4}年度?|截至\\d{4}年\\d{1,2}月\\d{1,2}日)[，,：:]?)+");
    private static final Pattern TRAILING = Pattern.compile("(?:均为|合计为|总计为|总额为|共计|为|是|达)$");

    private final TextBlock block;
    private final CompactText compact;
    private final List<String> headings;
    private final List<Found> amounts;

    /** An amount found in the text, with its compact span. */
    record Found(int start, int end, StatedAmount amount) {}

    ParagraphText(TextBlock block, CompactText compact, List<String> headings) {
        this.block = block;
        this.compact = compact;
        this.headings = List.copyOf(headings);
        List<Found> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(compact.text());
        while (m.find()) {
            amount(m.start("n"), m.end("n"), m.group("u")).ifPresent(a -> found.add(new Found(m.start(), m.end(), a)));
        }
        this.amounts = List.copyOf(found);
    }

    String text() {
        return compact.text();
    }

    List<String> headings() {
        return headings;
    }

    /** Returns every amount with a unit, in order. */
    List<Found> amounts() {
        return amounts;
    }

    /** Returns the position of the compact character at {@code index}. */
    SourceRef at(int index) {
        return block.at(compact.original(index));
    }

    /** Reads the number at a compact span as an amount in the unit written after it (元, else 万元). */
    Optional<StatedAmount> amount(int start, int end, String unit) {
        String number = compact.text().substring(start, end);
        try {
            Amount amount = Amount.parse(number, unit.equals("元") ? AmountUnit.YUAN : AmountUnit.WAN_YUAN);
            return Optional.of(new StatedAmount(amount, printed(start, end), at(start)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Reads the number at a compact span as a percentage. */
    StatedPercent percent(int start, int end) {
        return new StatedPercent(new BigDecimal(compact.text().substring(start, end)), printed(start, end), at(start));
    }

    /** Returns the original text of a compact span. */
    String printed(int start, int end) {
        if (end <= start) {
            return "";
        }
        return block.text().substring(compact.original(start), compact.originalEnd(end));
    }

    /** Returns where the sentence holding the compact character at {@code index} starts. */
    int sentenceStart(int index) {
        return boundaryBefore(index, SENTENCE_ENDS);
    }

    /** Returns where the sentence holding the compact character at {@code index} ends, past its full stop. */
    int sentenceEnd(int index) {
        String text = compact.text();
        for (int i = Math.max(0, index); i < text.length(); i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Returns where the clause holding the compact character at {@code index} starts. */
    int clauseStart(int index) {
        return boundaryBefore(index, CLAUSE_ENDS);
    }

    private int boundaryBefore(int index, String ends) {
        String text = compact.text();
        for (int i = Math.min(index, text.length()) - 1; i >= 0; i--) {
            if (ends.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Returns the sentence holding the compact character at {@code index}, as printed. */
    String sentence(int index) {
        return printed(sentenceStart(index), sentenceEnd(index)).strip();
    }

    /** Returns where the sentence holding the compact character at {@code index} starts in the document. */
    SourceRef sentenceSource(int index) {
        return at(sentenceStart(index));
    }

    /**
     * Returns a subject as named before a figure: the compact text from {@code start} to {@code end}, without a
     * leading numbering, year, 其中 and a trailing 为/均为/合计为.
     */
    String subject(int start, int end) {
        if (end <= start) {
            return "";
        }
        String subject = compact.text().substring(start, end);
        subject = LEADING.matcher(subject).replaceFirst("");
        subject = TRAILING.matcher(subject).replaceFirst("");
        return subject;
    }

    /** Returns whether the paragraph starts with a numbering of a list item (1. or （1）). */
    boolean isNumberedItem() {
        return Headings.numbering(compact.text()).map(n -> n.level() >= 3).orElse(false);
    }
}
