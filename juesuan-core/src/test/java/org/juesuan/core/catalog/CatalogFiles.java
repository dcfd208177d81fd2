package org.juesuan.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;

/** Catalog files written into a temporary directory, and the loading of them, for tests. */
final class CatalogFiles {

    private final Path root;

    CatalogFiles(Path root) {
        this.root = root;
    }

    /** Writes {@code lines} to {@code path} (relative to the root), one per line. */
    CatalogFiles write(String path, String... lines) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns how the loader names a file in messages. */
    String name(String path) {
        return root.resolve(path).toString();
    }

    DataDirectory directory() {
        return DataDirectory.of(root);
    }

    Result<Catalogs> load() {
        return CatalogLoader.load(List.of(directory()));
    }

    /** Returns the issues of a load as {@code CODE place message} lines, sorted by place. */
    static List<String> issues(Result<?> result) {
        List<String> lines = new ArrayList<>();
        for (Issue issue : result.issues()) {
            lines.add(issue.code() + " " + issue.where().display() + " " + issue.message());
        }
        return lines;
    }
}
