package org.juesuan.audit.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.dataset.GovernmentLevel;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.ProfileFiles;
import org.juesuan.core.source.MappingReader;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;

/**
 * What a published disclosure of a profile must contain beyond its tables (公开完整性要求), read strictly from the
 * profile's {@code audit.yaml}: the 三公 items the narrative explains with their counts, and the glossary's words for
 * each level of government.
 *
 * <p>Immutable and thread-safe.
 *
 * @param threePublicSection the heading of the 三公 section, without its ordinal
 * @param threePublicItems the items it explains
 * @param glossaryHeading the heading of the glossary part
 * @param levelWords the words naming each level's finance and departments
 * @param source where the file starts
 */
public record Requirements(
        String threePublicSection,
        List<Item> threePublicItems,
        String glossaryHeading,
        Map<GovernmentLevel, List<String>> levelWords,
        SourceRef source) {

    /** The file name in a profile's directory. */
    public static final String FILE = "audit.yaml";

    private static final String P = "AUDIT_DEFINITION";

    /** Creates requirements. */
    public Requirements {
        Objects.requireNonNull(threePublicSection, "threePublicSection");
        threePublicItems = List.copyOf(threePublicItems);
        Objects.requireNonNull(glossaryHeading, "glossaryHeading");
        levelWords = Map.copyOf(levelWords);
        Objects.requireNonNull(source, "source");
    }

    /**
     * A 三公 item (“三公”经费项目) and the counts its explanation gives.
     *
     * @param name the item's name
     * @param aliases other names documents use for it
     * @param counts the words of the counts that go with it (团组, 人次, 辆, 批次)
     * @param source where it is stated
     */
    public record Item(String name, List<String> aliases, List<String> counts, SourceRef source) {
        /** Creates an item. */
        public Item {
            Objects.requireNonNull(name, "name");
            aliases = List.copyOf(aliases);
            counts = List.copyOf(counts);
            Objects.requireNonNull(source, "source");
        }

        /** Returns the name and its aliases. */
        public List<String> names() {
            List<String> all = new ArrayList<>(aliases);
            all.add(0, name);
            return all;
        }
    }

    /** Loads a profile's requirements, reporting every mistake at its {@code file:line:col}. */
    public static Result<Requirements> load(Profile profile) {
        Issues issues = Issues.create();
        Optional<ProfileFiles.Yaml> yaml = profile.files().yaml(FILE, P, "公开完整性要求", issues);
        if (yaml.isEmpty()) {
            return Result.failed(issues);
        }
        Optional<Requirements> read = read(yaml.get().tree(), issues);
        return read.isPresent() && !issues.hasErrors() ? Result.of(read.get(), issues) : Result.failed(issues);
    }

    private static Optional<Requirements> read(Node node, Issues issues) {
        Optional<MappingReader> root = MappingReader.of(node, "公开完整性要求", issues, P);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        MappingReader m = root.get();
        String[] section = {null};
        List<Item> items = new ArrayList<>();
        m.required("threePublic")
                .flatMap(n -> MappingReader.of(n, "threePublic", issues, P))
                .ifPresent(t -> {
                    section[0] = t.requiredText("section").orElse(null);
                    t.required("items").ifPresent(list -> {
                        if (!(list instanceof Node.Sequence sequence)
                                || sequence.items().isEmpty()) {
                            issues.error(list.ref(), P + "_WRONG_KIND", "items 应为非空列表");
                            return;
                        }
                        for (Node item : sequence.items()) {
                            MappingReader.of(item, "“三公”经费项目", issues, P).ifPresent(i -> {
                                Optional<String> name = i.requiredText("name");
                                List<String> aliases = i.texts("aliases");
                                List<String> counts = i.texts("counts");
                                i.finish();
                                name.ifPresent(n -> items.add(new Item(n, aliases, counts, i.ref())));
                            });
                        }
                    });
                    t.finish();
                });
        String[] heading = {null};
        Map<GovernmentLevel, List<String>> levels = new EnumMap<>(GovernmentLevel.class);
        m.required("glossary")
                .flatMap(n -> MappingReader.of(n, "glossary", issues, P))
                .ifPresent(g -> {
                    heading[0] = g.requiredText("heading").orElse(null);
                    g.required("levels")
                            .flatMap(n -> MappingReader.of(n, "levels", issues, P))
                            .ifPresent(l -> {
                                for (Node.Entry entry : l.mapping().entries()) {
                                    GovernmentLevel level;
                                    try {
                                        level = GovernmentLevel.valueOf(entry.key());
                                    } catch (IllegalArgumentException e) {
                                        issues.error(
                                                entry.keyRef(),
                                                P + "_VALUE",
                                                "“" + entry.key() + "”不是政府级次（应为 PROVINCE、CITY、DISTRICT、COUNTY 之一）");
                                        l.optional(entry.key());
                                        continue;
                                    }
                                    levels.put(level, l.texts(entry.key()));
                                }
                                l.finish();
                            });
                    g.finish();
                });
        m.finish();
        if (section[0] == null || heading[0] == null || items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Requirements(section[0], items, heading[0], levels, m.ref()));
    }
}
