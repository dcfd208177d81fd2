package org.juesuan.core.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;

/** A small profile written into a temporary directory, and the loading of it, for tests. */
final class TestProfiles {

    static final String ID = "test-2024";

    /** A valid profile with one table, T01; line 7 lists the tables. */
    static final String PROFILE = """
            id: test-2024
            name: 测试口径
            fiscalYear: 2024
            presentation:
              totalFirst: true
            classLines: [201, 210]
            tables: [T01]
            """;

    /** A valid table: derived column, function rows and a total. */
    static final String TABLE = """
            id: T01
            title: 支出决算表
            sections:
              - id: main
                columns:
                  - {id: total, header: 合计, formula: basic + project}
                  - {id: basic, header: 基本支出, measure: "spending(kind=basic)"}
                  - {id: project, header: 项目支出, measure: "spending(kind=project)"}
                body:
                  - functionRows: true
                totals:
                  - {id: sum, label: 合计, formula: body}
            """;

    private static final Catalogs CATALOGS = Catalogs.bundled();

    private final Path root;

    TestProfiles(Path root) {
        this.root = root;
    }

    TestProfiles profile(String yaml) {
        return write(ID + "/profile.yaml", yaml);
    }

    TestProfiles table(String id, String yaml) {
        return write(ID + "/tables/" + id + ".yaml", yaml);
    }

    TestProfiles write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns {@code file:line:col} for a file of the profile, as messages show it. */
    String at(String file, int line, int column) {
        return root.resolve(ID + "/" + file) + ":" + line + ":" + column;
    }

    /**
     * Returns {@code file:line:col} of the {@code occurrence}-th (from 1) appearance of {@code marker} in {@code text},
     * found by plain search, so a test can say "the issue is at this word" without counting columns.
     */
    String find(String file, String text, String marker, int occurrence) {
        int index = -1;
        for (int i = 0; i < occurrence; i++) {
            index = text.indexOf(marker, index + 1);
            if (index < 0) {
                throw new IllegalArgumentException(marker + " occurs fewer than " + occurrence + " times");
            }
        }
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        int line = (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        return at(file, line, index - lineStart + 1);
    }

    /** Returns {@code file:line:col} of the first appearance of {@code marker} in {@code text}. */
    String find(String file, String text, String marker) {
        return find(file, text, marker, 1);
    }

    Result<Profile> load() {
        return ProfileLoader.load(DataDirectory.of(root), ID, CATALOGS);
    }

    /** Returns the issues as {@code CODE place message} lines, sorted by place. */
    List<String> issues() {
        List<String> lines = new ArrayList<>();
        for (Issue issue : load().issues()) {
            lines.add(issue.code() + " " + issue.where().display() + " " + issue.message());
        }
        return lines;
    }
}
