package org.juesuan.core.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.layout.GridCell;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;

/** The bundled example (武汉市青山区国资局 2024) and the profiles, and ways to read a built document, for tests. */
final class ExampleDocuments {

    static final Path EXAMPLE = Path.of("../examples/qingshan-guozi-2024/dataset.yaml");

    static final Catalogs CATALOGS = Catalogs.bundled();

    static final Profiles PROFILES = Profiles.bundled(CATALOGS);

    /** One builder per profile, as the application keeps them (a builder is immutable). */
    private static final java.util.Map<String, DocumentBuilder> BUILDERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A narrative as the narrative generator might hand it over: two sections. */
    static final List<Block> NARRATIVE = List.of(
            new Heading(1, "一、收入支出决算总体情况说明"),
            Paragraph.body("2024年度收、支总计均为265.19万元。"),
            new Heading(1, "二、收入决算情况说明"),
            Paragraph.body("2024年度收入合计265.19万元。"));

    private ExampleDocuments() {}

    /** Returns the example dataset as read, without issues. */
    static Dataset dataset() {
        Result<Dataset> dataset = new DatasetReader(CATALOGS).read(EXAMPLE, "dataset.yaml");
        if (!dataset.issues().isEmpty()) {
            throw new IllegalStateException(dataset.issues().toString());
        }
        return dataset.value().orElseThrow();
    }

    /** Returns the tables of a dataset under a bundled profile, as printed. */
    static TableSet display(Dataset dataset, String profileId) {
        Profile profile = PROFILES.require(profileId);
        return Deriver.derive(profile, dataset.withProfile(profileId), DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    /** Builds the document of a dataset under a bundled profile with the test narrative. */
    static Result<Document> build(Dataset dataset, String profileId) {
        TableSet display = display(dataset, profileId);
        return BUILDERS.computeIfAbsent(display.profile().id(), id -> DocumentBuilder.of(display.profile()))
                .build(display, NARRATIVE, false);
    }

    /** Returns a copy of a dataset with other unit information. */
    static Dataset withUnit(Dataset dataset, UnitInfo unit) {
        return new Dataset(
                dataset.source(),
                unit,
                dataset.profileId(),
                dataset.amountUnit(),
                dataset.lines(),
                dataset.basicByEconomic(),
                dataset.facts(),
                dataset.overallEvaluation(),
                dataset.projectEvaluations(),
                dataset.keyWork(),
                dataset.published());
    }

    /** Returns the part of a kind. */
    static Part part(Document document, Part.Kind kind) {
        return document.parts().stream()
                .filter(p -> p.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no part " + kind));
    }

    /** Returns the text of every paragraph of a part, in order. */
    static List<String> paragraphs(Part part) {
        List<String> texts = new ArrayList<>();
        for (Block block : part.blocks()) {
            if (block instanceof Paragraph) {
                texts.add(((Paragraph) block).text());
            }
        }
        return texts;
    }

    /** Returns the texts of the paragraphs of a part in one style. */
    static List<String> paragraphs(Part part, Paragraph.Style style) {
        List<String> texts = new ArrayList<>();
        for (Block block : part.blocks()) {
            if (block instanceof Paragraph && ((Paragraph) block).style() == style) {
                texts.add(((Paragraph) block).text());
            }
        }
        return texts;
    }

    /** Returns the grid blocks of a part. */
    static List<GridBlock> grids(Part part) {
        List<GridBlock> grids = new ArrayList<>();
        for (Block block : part.blocks()) {
            if (block instanceof GridBlock) {
                grids.add((GridBlock) block);
            }
        }
        return grids;
    }

    /** Returns the texts of a grid's cells row by row, covered positions left out. */
    static List<List<String>> texts(GridBlock grid) {
        List<List<String>> rows = new ArrayList<>();
        for (List<GridCell> row : grid.grid()) {
            List<String> texts = new ArrayList<>();
            for (GridCell cell : row) {
                if (!cell.isCovered()) {
                    texts.add(cell.text());
                }
            }
            rows.add(texts);
        }
        return rows;
    }

    /** Returns every text a reader of the document sees: cover, headings, paragraphs, every grid and table cell. */
    static List<String> everyText(Document document) {
        List<String> texts = new ArrayList<>(document.info().cover());
        texts.add(document.info().title());
        for (Part part : document.parts()) {
            texts.add(part.heading());
            for (Block block : part.blocks()) {
                if (block instanceof Heading) {
                    texts.add(((Heading) block).text());
                } else if (block instanceof Paragraph) {
                    texts.add(((Paragraph) block).text());
                } else if (block instanceof GridBlock) {
                    ((GridBlock) block).grid().forEach(row -> row.forEach(cell -> texts.add(cell.text())));
                } else if (block instanceof TableBlock) {
                    var table = ((TableBlock) block).table();
                    texts.add(table.title());
                    texts.add(table.unitLine());
                    texts.addAll(table.notes());
                    table.emptyStatement().ifPresent(texts::add);
                    table.grid().forEach(row -> row.forEach(cell -> texts.add(cell.text())));
                }
            }
        }
        return texts;
    }

    /** Returns the issues as {@code CODE message} lines. */
    static List<String> issues(Result<?> result) {
        List<String> lines = new ArrayList<>();
        for (Issue issue : result.issues()) {
            lines.add(issue.code() + " " + issue.message());
        }
        return lines;
    }
}
