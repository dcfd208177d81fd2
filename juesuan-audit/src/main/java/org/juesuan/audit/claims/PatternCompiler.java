package org.juesuan.audit.claims;

import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.source.SourceRef;

/**
 * Compiles a claim pattern of {@code claims.yaml} (数字措辞) into a regular expression over a paragraph's compact text.
 *
 * <p>The language:
 *
 * <pre>
 * pattern     = { element } ;
 * element     = placeholder | optional | literal ;
 * placeholder = "{" name "}" ;
 * name        = "value" | "amount" | "percent" | "count" | "direction" | "year" | "any" ;
 * optional    = "[" { element } "]" ;          (* may be absent from the text *)
 * literal     = any other character ;          (* spaces are ignored *)
 * </pre>
 *
 * <ul>
 *   <li>{@code {value}} is the claim's figure, written as its kind is: an amount in 万元 (thousands separators
 *       allowed), a percentage, a count. It appears exactly once, not inside {@code [ ]}.
 *   <li>{@code {amount}}, {@code {percent}} and {@code {count}} are other figures of the sentence, not read.
 *   <li>{@code {direction}} is a direction word: 增加, 增长, 上升, 提高 (+), 减少, 下降, 降低 (−), 持平. The last one
 *       before {@code {value}} signs a change claim (its key ends in {@code Change} or {@code ChangeRate}); a change
 *       claim must have one there, outside {@code [ ]}, and no other claim may.
 *   <li>{@code {year}} is four digits, {@code {any}} any text of at most 60 characters within the sentence, as short as possible.
 *   <li>Spaces in the text are ignored; punctuation matches its full- and half-width forms (，, ；; ：: （( ）) %％
 *       and the quotation marks); 万元 also matches 万; an amount followed by 万元 may also be written in 元.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class PatternCompiler {

    /** A number: optional sign, digits with optional thousands separators, optional fraction. */
    static final String NUMBER = "(?<![\\d.]|\\d,)[-+]?(?:\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,15})(?:\\.\\d{1,8})?";

    /** A percentage's number, without the {@code %}. */
    static final String PERCENT = "(?<![\\d.])[-+]?\\d{1,6}(?:\\.\\d{1,6})?";

    /** A count. */
    static final String COUNT = "(?<![\\d.])\\d{1,9}(?![\\d.])";

    /** The unit after an amount. */
    static final String UNIT = "万元?|元";

    private static final String ANY = "[^。！？]{0,60}?";

    private static final String P = "CLAIMS";

    private PatternCompiler() {}

    /** Returns whether a claim is a change whose value carries the sign of its direction word. */
    static boolean isSigned(NarrativeClaim claim) {
        return claim.key().endsWith("Change") || claim.key().endsWith("ChangeRate");
    }

    /**
     * Compiles a pattern, reporting its faults at their character.
     *
     * @param claim the claim whose figure {@code {value}} is
     * @param text the pattern as written
     * @param at where each character of {@code text} is written
     * @param issues where faults go
     */
    static Optional<ClaimPattern> compile(NarrativeClaim claim, String text, IntFunction<SourceRef> at, Issues issues) {
        Session session = new Session(claim, text, at, issues);
        return session.compile();
    }

    private static final class Session {
        private final NarrativeClaim claim;
        private final String text;
        private final IntFunction<SourceRef> at;
        private final Issues issues;
        private final StringBuilder regex = new StringBuilder();
        private final StringBuilder run = new StringBuilder();
        private int directions;
        private @Nullable String lastDirection;
        private boolean lastDirectionOptional;
        private @Nullable String signGroup;
        private boolean signOptional;
        private boolean unitGroup;
        private int values;
        private boolean failed;

        Session(NarrativeClaim claim, String text, IntFunction<SourceRef> at, Issues issues) {
            this.claim = claim;
            this.text = text;
            this.at = at;
            this.issues = issues;
        }

        Optional<ClaimPattern> compile() {
            if (text.isBlank()) {
                error(0, "_EMPTY_PATTERN", "措辞不能为空");
                return Optional.empty();
            }
            int depth = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    i++;
                } else if (c == '{') {
                    i = placeholder(i, depth > 0);
                } else if (c == '[') {
                    flush();
                    regex.append("(?:");
                    depth++;
                    i++;
                } else if (c == ']') {
                    if (depth == 0) {
                        error(i, "_PATTERN_SYNTAX", "多余的“]”");
                    } else {
                        flush();
                        regex.append(")?");
                        depth--;
                    }
                    i++;
                } else if (c == '}') {
                    error(i, "_PATTERN_SYNTAX", "多余的“}”");
                    i++;
                } else if (text.startsWith("万元", i)) {
                    flush();
                    regex.append("万元?");
                    i += 2;
                } else {
                    literal(c);
                    i++;
                }
            }
            flush();
            if (depth > 0) {
                error(text.length() - 1, "_PATTERN_SYNTAX", "可选部分“[”未结束");
            }
            if (values == 0) {
                error(0, "_NO_VALUE", "措辞须含一个“{value}”，即“" + claim.label() + "”所在之处");
            }
            if (values > 0 && isSigned(claim) && (signGroup == null || signOptional)) {
                error(0, "_NO_DIRECTION", "“" + claim.label() + "”是增减数，“{value}”之前须有不在“[ ]”中的“{direction}”，以定正负");
            }
            if (values > 0 && !isSigned(claim) && signGroup != null) {
                error(0, "_DIRECTION", "“" + claim.label() + "”不是增减数，“{value}”之前不能有“{direction}”");
            }
            if (failed) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ClaimPattern(
                        claim, text, Pattern.compile(regex.toString()), unitGroup, signGroup, at.apply(0)));
            } catch (PatternSyntaxException e) {
                error(0, "_PATTERN_SYNTAX", "措辞无法编译：" + e.getDescription());
                return Optional.empty();
            }
        }

        private int placeholder(int open, boolean optional) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                error(open, "_PATTERN_SYNTAX", "占位符“{”未结束");
                return text.length();
            }
            String name = text.substring(open + 1, close).strip();
            flush();
            int next = close + 1;
            switch (name) {
                case "value":
                    values++;
                    if (values > 1) {
                        error(open, "_PATTERN_SYNTAX", "措辞只能有一个“{value}”");
                    }
                    if (optional) {
                        error(open, "_PATTERN_SYNTAX", "“{value}”不能写在可选部分“[ ]”中");
                    }
                    signGroup = lastDirection;
                    signOptional = lastDirectionOptional;
                    switch (claim.kind()) {
                        case AMOUNT:
                            regex.append("(?<")
                                    .append(ClaimPattern.VALUE)
                                    .append('>')
                                    .append(NUMBER)
                                    .append(')');
                            if (followedByUnit(next)) {
                                regex.append("(?<")
                                        .append(ClaimPattern.UNIT)
                                        .append('>')
                                        .append(UNIT)
                                        .append(')');
                                unitGroup = true;
                                next = skipUnit(next);
                            }
                            break;
                        case PERCENT:
                            regex.append("(?<")
                                    .append(ClaimPattern.VALUE)
                                    .append('>')
                                    .append(PERCENT)
                                    .append(')');
                            break;
                        case COUNT:
                        default:
                            regex.append("(?<")
                                    .append(ClaimPattern.VALUE)
                                    .append('>')
                                    .append(COUNT)
                                    .append(')');
                            break;
                    }
                    break;
                case "amount":
                    regex.append(NUMBER);
                    if (followedByUnit(next)) {
                        regex.append("(?:").append(UNIT).append(')');
                        next = skipUnit(next);
                    }
                    break;
                case "percent":
                    regex.append(PERCENT);
                    break;
                case "count":
                    regex.append(COUNT);
                    break;
                case "direction":
                    directions++;
                    lastDirection = "d" + directions;
                    lastDirectionOptional = optional;
                    regex.append("(?<")
                            .append(lastDirection)
                            .append('>')
                            .append(Direction.WORDS)
                            .append(")了?");
                    break;
                case "year":
                    regex.append("(?<!\\d)\\d{4}(?!\\d)");
                    break;
                case "any":
                    regex.append(ANY);
                    break;
                default:
                    error(
                            open,
                            "_UNKNOWN_PLACEHOLDER",
                            "未知的占位符“{" + name + "}”，可用的占位符：{value}{amount}{percent}{count}{direction}{year}{any}");
            }
            return next;
        }

        /** Whether 万元 follows (past spaces) at {@code from}. */
        private boolean followedByUnit(int from) {
            return text.startsWith("万元", skipSpaces(from));
        }

        private int skipUnit(int from) {
            return skipSpaces(from) + 2;
        }

        private int skipSpaces(int from) {
            int i = from;
            while (i < text.length()
                    && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
                i++;
            }
            return i;
        }

        private void literal(char c) {
            String variants = variants(c);
            if (variants != null) {
                flush();
                regex.append(variants);
            } else {
                run.append(CompactText.normal(c));
            }
        }

        private void flush() {
            if (run.length() > 0) {
                regex.append(Pattern.quote(run.toString()));
                run.setLength(0);
            }
        }

        private void error(int offset, String code, String message) {
            failed = true;
            issues.error(at.apply(Math.max(0, Math.min(offset, Math.max(0, text.length() - 1)))), P + code, message);
        }
    }

    /** The regular expression of a punctuation mark's full- and half-width forms, or null for another character. */
    static @Nullable String variants(char c) {
        switch (c) {
            case '，':
            case ',':
                return "[，,]";
            case '；':
            case ';':
                return "[；;]";
            case '：':
            case ':':
                return "[：:]";
            case '（':
            case '(':
                return "[（(]";
            case '）':
            case ')':
                return "[）)]";
            case '“':
            case '”':
            case '"':
            case '＂':
                return "[“”\"＂]";
            case '‘':
            case '’':
            case '\'':
                return "[‘’']";
            case '%':
            case '％':
                return "[%％]";
            default:
                return null;
        }
    }
}
