package org.juesuan.core.narrative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.document.Block;
import org.juesuan.core.document.FigureRun;
import org.juesuan.core.document.Heading;
import org.juesuan.core.document.Paragraph;
import org.juesuan.core.document.Run;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;

/**
 * Test support: datasets written by hand (read through the real reader, so a test cannot build an invalid one), the
 * bundled example, the bundled profiles, and the narrative of a dataset as paragraphs per level-1 section.
 */
final class NarrativeFixture {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Profiles PROFILES = Profiles.bundled(CATALOGS);
    static final Path EXAMPLE = Path.of("../examples/qingshan-guozi-2024/dataset.yaml");

    private NarrativeFixture() {}

    /** Returns the bundled example (万元, transcribed from the published document). */
    static Dataset example() {
        return new DatasetReader(CATALOGS).read(EXAMPLE, "dataset.yaml").value().orElseThrow();
    }

    /**
     * Returns a dataset in 元 for 测试局 (2024, 区, 行政单位) with the given YAML after {@code unit:}: its lines,
     * economic items and unit facts.
     */
    static Dataset dataset(String body) {
        String text = "format: juesuan-dataset/1\nprofile: hubei-2024\namountUnit: 元\n"
                + "unit: {name: 测试局, region: 湖北省武汉市某区, level: 区, kind: 行政单位, scope: 本级, fiscalYear: 2024}\n"
                + body;
        Result<Node> node = TreeReader.read(text, "case.yaml", TreeReader.Format.YAML);
        Result<Dataset> dataset = new DatasetReader(CATALOGS)
                .read(
                        node.value()
                                .orElseThrow(() -> new IllegalArgumentException(
                                        node.issues().toString())),
                        SourceRef.file("case.yaml"),
                        Issues.create());
        return dataset.orElseThrow(issues -> new IllegalArgumentException("测试数据集有误：\n" + issues));
    }

    static Profile profile(String id) {
        return PROFILES.require(id);
    }

    /** Returns the narrative of a dataset under a profile, tables rounded by largest remainder. */
    static List<Block> narrative(Dataset dataset, String profileId) {
        return narrative(dataset, profileId, DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    static List<Block> narrative(Dataset dataset, String profileId, DisplayRoundingPolicy rounding) {
        Profile profile = profile(profileId);
        return write(profile, Deriver.derive(profile, dataset.withProfile(profileId), rounding));
    }

    /** Returns the texts of the paragraphs under the level-1 (or level-2) heading {@code heading}, up to the next. */
    static List<String> section(List<Block> blocks, String heading) {
        List<String> texts = new ArrayList<>();
        for (Paragraph paragraph : paragraphs(blocks, heading)) {
            texts.add(paragraph.text());
        }
        return texts;
    }

    /** Returns the paragraphs under a heading, up to the next heading of the same or a higher level. */
    static List<Paragraph> paragraphs(List<Block> blocks, String heading) {
        List<Paragraph> found = new ArrayList<>();
        int level = 0;
        for (Block block : blocks) {
            if (block instanceof Heading) {
                Heading h = (Heading) block;
                if (h.text().equals(heading)) {
                    level = h.level();
                    continue;
                }
                if (level > 0 && h.level() <= level) {
                    break;
                }
            } else if (level > 0 && block instanceof Paragraph) {
                found.add((Paragraph) block);
            }
        }
        if (level == 0) {
            throw new AssertionError("no heading " + heading);
        }
        return found;
    }

    /** Returns every figure of the narrative, in order. */
    static List<FigureRun> figures(List<Block> blocks) {
        List<FigureRun> figures = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Paragraph) {
                for (Run run : ((Paragraph) block).runs()) {
                    if (run instanceof FigureRun) {
                        figures.add((FigureRun) run);
                    }
                }
            }
        }
        return figures;
    }

    /** Returns the figure with a key. */
    static FigureRun figure(List<Block> blocks, String key) {
        return figures(blocks).stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key));
    }

    /** Returns whether the narrative has a figure with a key. */
    static boolean hasFigure(List<Block> blocks, String key) {
        return figures(blocks).stream().anyMatch(f -> f.key().equals(key));
    }

    /** Returns the level-1 headings. */
    static List<String> headings(List<Block> blocks, int level) {
        List<String> headings = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof Heading && ((Heading) block).level() == level) {
                headings.add(((Heading) block).text());
            }
        }
        return headings;
    }

    private static final java.util.Map<String, NarrativeDefinition> PHRASING =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.Map<String, org.juesuan.core.performance.ScoringRules> SCORING =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Writes the narrative with each profile's phrasing and scoring rules read once (as the application does), not
     * once per call.
     */
    static List<Block> write(Profile profile, TableSet display) {
        NarrativeDefinition phrasing = PHRASING.computeIfAbsent(
                profile.id(), id -> NarrativeLoader.load(profile).value().orElseThrow());
        org.juesuan.core.performance.ScoringRules scoring =
                SCORING.computeIfAbsent(profile.id(), id -> org.juesuan.core.performance.ScoringLoader.load(profile)
                        .value()
                        .orElseThrow());
        return NarrativeWriter.write(phrasing, display, scoring);
    }
}
