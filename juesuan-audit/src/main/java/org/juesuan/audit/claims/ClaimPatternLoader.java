package org.juesuan.audit.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.juesuan.core.dataset.NarrativeClaim;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;

/**
 * Reads a profile's phrasing of the narrative's figures (情况说明数字措辞) from {@code claims.yaml} in its directory,
 * strictly: unknown keys, unknown claims, broken patterns and sections named twice are reported together, each at
 * its {@code file:line:col} (a pattern's fault at its own character).
 *
 * <p>The file's shape:
 *
 * <pre>
 * sections:
 *   - heading: 一、收入支出决算总体情况说明     # or a list of the names the section is printed under
 *     claims:                                  # claim key → one pattern or a list of them
 *       total: "收、支总计均为{value}万元"
 *       totalChange: "收、支总计{direction}{value}万元"
 *   - heading: 七、政府性基金预算财政拨款收入支出决算情况说明   # a section stating no claim still bounds the narrative
 * </pre>
 *
 * <p>A section is recognised by its heading's name, whatever its numbering ({@code 十、}, {@code （一）}, {@code
 * (一)}), spacing, brackets and closing full stop; a pattern is searched in each paragraph under it, including its
 * sub-sections. The pattern language is described in {@link PatternCompiler}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClaimPatternLoader {

    /** The file name in a profile's directory. */
    public static final String FILE = "claims.yaml";

    private static final String P = "CLAIMS";

    private ClaimPatternLoader() {}

    /** Loads the phrasing of a profile. */
    public static Result<ClaimPatterns> load(Profile profile) {
        return load(profile.files());
    }

    /** Loads the phrasing in a profile's directory. */
    public static Result<ClaimPatterns> load(ProfileFiles files) {
        Issues issues = Issues.create();
        Optional<ProfileFiles.Yaml> yaml = files.yaml(FILE, P, "情况说明数字措辞", issues);
        if (yaml.isEmpty()) {
            return Result.failed(issues);
        }
        Optional<ClaimPatterns> patterns = new Session(issues, yaml.get().text().split("\\r?\\n", -1))
                .patterns(yaml.get().tree());
        return patterns.isPresent() && !issues.hasErrors() ? Result.of(patterns.get(), issues) : Result.failed(issues);
    }

    private static final class Session {
        private final Issues issues;
        private final String[] lines;
        private final Map<String, SourceRef> names = new LinkedHashMap<>();

        Session(Issues issues, String[] lines) {
            this.issues = issues;
            this.lines = lines;
        }

        Optional<ClaimPatterns> patterns(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "情况说明数字措辞", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            List<ClaimPatterns.Section> sections = new ArrayList<>();
            m.required("sections").ifPresent(list -> {
                if (!(list instanceof Node.Sequence)
                        || ((Node.Sequence) list).items().isEmpty()) {
                    issues.error(list.ref(), P + "_WRONG_KIND", "sections 应为非空列表");
                    return;
                }
                for (Node item : ((Node.Sequence) list).items()) {
                    section(item).ifPresent(sections::add);
                }
            });
            m.finish();
            return Optional.of(new ClaimPatterns(sections));
        }

        private Optional<ClaimPatterns.Section> section(Node node) {
            Optional<MappingReader> reader = MappingReader.of(node, "情况说明的一节", issues, P);
            if (reader.isEmpty()) {
                return Optional.empty();
            }
            MappingReader m = reader.get();
            List<String> headings =
                    m.required("heading").map(h -> m.texts("heading")).orElse(List.of());
            Set<String> known = new LinkedHashSet<>();
            for (String heading : headings) {
                String name = Headings.sectionName(heading);
                if (name.isEmpty()) {
                    issues.error(valueRef(m, "heading"), P + "_VALUE", "标题不能为空");
                    continue;
                }
                SourceRef first = names.putIfAbsent(name, valueRef(m, "heading"));
                if (first != null) {
                    issues.error(
                            valueRef(m, "heading"),
                            P + "_DUPLICATE_SECTION",
                            "标题“" + heading + "”重复（首次出现于 " + first.display() + "）");
                }
                known.add(name);
            }
            List<ClaimPattern> patterns = new ArrayList<>();
            m.optional("claims")
                    .flatMap(n -> MappingReader.of(n, "claims", issues, P))
                    .ifPresent(claims -> {
                        for (Node.Entry entry : claims.mapping().entries()) {
                            claims.optional(entry.key());
                            Optional<NarrativeClaim> claim = NarrativeClaim.ofKey(entry.key());
                            if (claim.isEmpty()) {
                                issues.error(
                                        entry.keyRef(),
                                        P + "_UNKNOWN_CLAIM",
                                        "未知的数字“" + entry.key() + "”，可用的数字：" + claimKeys());
                                continue;
                            }
                            List<Node> texts = entry.value() instanceof Node.Sequence
                                    ? ((Node.Sequence) entry.value()).items()
                                    : List.of(entry.value());
                            if (texts.isEmpty()) {
                                issues.error(
                                        entry.value().ref(), P + "_EMPTY_PATTERN", "“" + entry.key() + "”至少要有一种措辞");
                            }
                            for (Node text : texts) {
                                if (!(text instanceof Node.Scalar)) {
                                    issues.error(text.ref(), P + "_WRONG_KIND", "措辞应为文字，实为" + text.kindLabel());
                                    continue;
                                }
                                String pattern = ((Node.Scalar) text).text();
                                PatternCompiler.compile(claim.get(), pattern, locator(text, pattern), issues)
                                        .ifPresent(patterns::add);
                            }
                        }
                        claims.finish();
                    });
            m.finish();
            if (headings.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ClaimPatterns.Section(headings.get(0), known, patterns, m.ref()));
        }

        /** Where each character of a scalar's value is written: past an opening quote, if written on one line. */
        private IntFunction<SourceRef> locator(Node scalar, String value) {
            if (!(scalar.ref() instanceof SourceRef.Text)) {
                return offset -> scalar.ref();
            }
            SourceRef.Text at = (SourceRef.Text) scalar.ref();
            String line = at.line() >= 1 && at.line() <= lines.length ? lines[at.line() - 1] : "";
            int column = at.column();
            if (column - 1 < line.length() && (line.charAt(column - 1) == '"' || line.charAt(column - 1) == '\'')) {
                column++;
            }
            boolean verbatim = column - 1 <= line.length() && line.startsWith(value, column - 1);
            int start = column;
            return offset -> verbatim ? SourceRef.text(at.file(), at.line(), start + offset) : scalar.ref();
        }

        private static SourceRef valueRef(MappingReader m, String key) {
            return m.mapping().get(key).map(Node::ref).orElse(m.ref());
        }

        private static String claimKeys() {
            List<String> keys = new ArrayList<>();
            for (NarrativeClaim claim : NarrativeClaim.values()) {
                keys.add(claim.key());
            }
            return String.join("、", keys);
        }
    }
}
