package org.juesuan.audit.claims;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import org.juesuan.audit.read.Block;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.dataset.Published;
import org.juesuan.core.formula.Tolerance;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.AmountUnit;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.SourceRef;

/**
 * Reads the figures a published narrative states (情况说明数字提取) into the claim keys a transcribed dataset uses,
 * each at the position of its number, by the profile's phrasing; and the change, share, completion and list
 * statements found anywhere in the narrative.
 *
 * <p>The narrative is found by its headings: a paragraph is read only under a heading that {@code claims.yaml} names
 * (so a table of contents or an attachment states nothing), and a claim only under its own section. A claim stated
 * twice with the same value is kept once; stated with different values, the first is kept and the second reported
 * ({@code AUDIT_CLAIM_CONFLICT}: a difference within the profile's rounding tolerance only as a remark). A number
 * that does not parse is reported ({@code AUDIT_CLAIM_NUMBER}).
 *
 * <p>Immutable and thread-safe: one extractor per profile serves any number of documents.
 */
public final class ClaimExtractor {

    private final ClaimPatterns patterns;
    private final Tolerance tolerance;

    /**
     * Creates an extractor.
     *
     * @param patterns the profile's phrasing, from {@link ClaimPatternLoader}
     * @param tolerance how far two statements of one amount may differ and still be only a rounding remark (the
     *     profile's, for figures in 万元)
     */
    public ClaimExtractor(ClaimPatterns patterns, Tolerance tolerance) {
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    /**
     * Returns the extractor of a profile, its phrasing loaded and compiled once.
     *
     * @throws DefinitionException if the profile's {@code claims.yaml} is missing or broken
     */
    public static ClaimExtractor of(Profile profile) {
        ClaimPatterns patterns = ClaimPatternLoader.load(profile)
                .orElseThrow(issues ->
                        new DefinitionException("地区口径“" + profile.id() + "”的情况说明数字措辞文件有误：\n" + issues, issues));
        return new ClaimExtractor(patterns, profile.tolerance());
    }

    /** Returns the phrasing read by. */
    public ClaimPatterns patterns() {
        return patterns;
    }

    /**
     * Reads the narrative of a document.
     *
     * @param blocks the document's blocks in reading order (tables are passed over)
     */
    public NarrativeClaims extract(List<? extends Block> blocks) {
        Reading reading = new Reading();
        for (Block block : blocks) {
            if (block instanceof TextBlock) {
                reading.take((TextBlock) block);
            } else {
                reading.flush();
            }
        }
        reading.flush();
        Map<NarrativeClaim, Published.Claim> values = new EnumMap<>(NarrativeClaim.class);
        reading.claims.forEach(
                (key, found) -> values.put(key, new Published.Claim(key, found.value(), found.source())));
        reading.issues.sort(Issue.BY_LOCATION);
        return new NarrativeClaims(values, reading.scanner.statements(), reading.issues);
    }

    /**
     * One reading of a document. A paragraph that does not end a sentence (no closing 。！？：；) is joined with the
     * next unless that is a heading or a numbered item: a line or page break the reader did not undo must not cut a
     * sentence.
     */
    private final class Reading {
        private final Outline outline = new Outline(patterns);
        private final StatementScanner scanner = new StatementScanner();
        private final Map<NarrativeClaim, Found> claims = new EnumMap<>(NarrativeClaim.class);
        private final List<Issue> issues = new ArrayList<>();
        private final List<TextBlock> pending = new ArrayList<>();
        private boolean pendingEnds;

        void take(TextBlock block) {
            CompactText compact = CompactText.of(block.text());
            if (compact.text().isEmpty()) {
                return;
            }
            if (outline.isHeading(compact.text())) {
                flush();
                outline.take(compact.text(), block.text());
                scanner.heading();
                return;
            }
            if (outline.sections().isEmpty()) {
                return; // outside the narrative nothing is read
            }
            if (pending.isEmpty()
                    || pendingEnds
                    || Headings.numbering(compact.text()).isPresent()) {
                flush();
            }
            pending.add(block);
            pendingEnds = ends(compact.text());
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            TextBlock text = pending.size() == 1 ? pending.get(0) : join(pending);
            pending.clear();
            List<ClaimPatterns.Section> sections = outline.sections();
            ParagraphText paragraph = new ParagraphText(text, CompactText.of(text.text()), outline.headings());
            for (Found found : claims(paragraph, sections, issues)) {
                keep(found, claims, issues);
            }
            scanner.scan(paragraph);
        }
    }

    private static boolean ends(String compact) {
        return !compact.isEmpty() && "。！？：:；;".indexOf(compact.charAt(compact.length() - 1)) >= 0;
    }

    /** Returns text blocks as one, each piece keeping its position. */
    private static TextBlock join(List<TextBlock> blocks) {
        StringBuilder text = new StringBuilder();
        List<TextBlock.Piece> pieces = new ArrayList<>();
        for (TextBlock block : blocks) {
            int shift = text.length();
            for (TextBlock.Piece piece : block.pieces()) {
                pieces.add(new TextBlock.Piece(piece.offset() + shift, piece.source()));
            }
            text.append(block.text());
        }
        return new TextBlock(text.toString(), pieces);
    }

    /** A claim found: its value, the number as printed and its unit, where. */
    private record Found(
            NarrativeClaim claim, BigDecimal value, String text, String unit, int offset, SourceRef source) {}

    /** Returns the claims stated in a paragraph by the patterns of the open sections, in the order of their numbers. */
    private static List<Found> claims(
            ParagraphText paragraph, List<ClaimPatterns.Section> sections, List<Issue> issues) {
        List<Found> found = new ArrayList<>();
        String text = paragraph.text();
        for (ClaimPatterns.Section section : sections) {
            for (ClaimPattern pattern : section.patterns()) {
                Matcher m = pattern.regex().matcher(text);
                while (m.find()) {
                    int start = m.start(ClaimPattern.VALUE);
                    int end = m.end(ClaimPattern.VALUE);
                    String number = text.substring(start, end);
                    String unit = pattern.unitGroup() && m.group(ClaimPattern.UNIT) != null
                            ? m.group(ClaimPattern.UNIT)
                            : "万元";
                    SourceRef at = paragraph.at(start);
                    BigDecimal value;
                    try {
                        value = value(pattern.claim(), number, unit);
                    } catch (IllegalArgumentException | ArithmeticException e) {
                        issues.add(new Issue(
                                Severity.ERROR,
                                "AUDIT_CLAIM_NUMBER",
                                at,
                                "无法读取情况说明所述" + pattern.claim().label() + "“" + paragraph.printed(start, end) + "”："
                                        + e.getMessage()));
                        continue;
                    }
                    if (pattern.signGroup() != null) {
                        Direction direction =
                                Direction.ofWord(m.group(pattern.signGroup())).orElseThrow();
                        if (direction == Direction.DECREASE) {
                            value = value.negate();
                        }
                    }
                    found.add(new Found(pattern.claim(), value, paragraph.printed(start, end), unit, start, at));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::offset));
        return found;
    }

    private static BigDecimal value(NarrativeClaim claim, String number, String unit) {
        switch (claim.kind()) {
            case AMOUNT:
                return Amount.parse(number, unit.equals("元") ? AmountUnit.YUAN : AmountUnit.WAN_YUAN)
                        .value();
            case PERCENT:
            case COUNT:
            default:
                return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
        }
    }

    /** Keeps the first statement of a claim; reports a later one with another value. */
    private void keep(Found found, Map<NarrativeClaim, Found> claims, List<Issue> issues) {
        Found first = claims.putIfAbsent(found.claim(), found);
        if (first == null || first.value().compareTo(found.value()) == 0) {
            return;
        }
        NarrativeClaim claim = found.claim();
        boolean rounding = rounding(claim, first.value(), found.value());
        String unit = claim.kind() == NarrativeClaim.Kind.AMOUNT
                ? found.unit()
                : claim.kind() == NarrativeClaim.Kind.PERCENT ? "%" : "";
        issues.add(new Issue(
                rounding ? Severity.INFO : Severity.ERROR,
                "AUDIT_CLAIM_CONFLICT",
                found.source(),
                "情况说明两处所述" + claim.label() + "不一致：" + first.source().display() + " 为 " + first.text() + unit + "，此处为 "
                        + found.text() + unit + (rounding ? "，相差在舍入范围内" : "") + "；以前者为准"));
    }

    /** Whether two values of a claim differ only by rounding: an amount within the tolerance, a percentage by one unit. */
    private boolean rounding(NarrativeClaim claim, BigDecimal first, BigDecimal second) {
        BigDecimal difference = first.subtract(second).abs();
        switch (claim.kind()) {
            case AMOUNT:
                return !tolerance.exact()
                        && difference.compareTo(tolerance.rounding().value()) <= 0;
            case PERCENT:
                int scale = Math.min(Math.max(0, first.scale()), Math.max(0, second.scale()));
                return difference.compareTo(BigDecimal.ONE.movePointLeft(scale)) <= 0;
            case COUNT:
            default:
                return false;
        }
    }
}
