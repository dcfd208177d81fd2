package org.juesuan.audit.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.audit.read.TextBlock;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.source.SourceRef;

/** Test support: text blocks from a file's lines or from given paragraphs, and the bundled profiles. */
final class Paragraphs {

    static final Catalogs CATALOGS = Catalogs.bundled();
    static final Profiles PROFILES = Profiles.bundled(CATALOGS);
    static final Path EXAMPLE = Path.of("../examples/qingshan-guozi-2024");

    private static final java.util.Map<String, ClaimExtractor> EXTRACTORS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private Paragraphs() {}

    static Profile profile(String id) {
        return PROFILES.require(id);
    }

    /** Returns the extractor of a bundled profile, built once. */
    static ClaimExtractor extractor(String id) {
        return EXTRACTORS.computeIfAbsent(id, k -> ClaimExtractor.of(profile(k)));
    }

    /** Returns one text block per non-empty line of a file, each at its line and column 1, as a text reader might. */
    static List<TextBlock> lines(Path file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                blocks.add(TextBlock.of(lines.get(i), SourceRef.text(name, i + 1, 1)));
            }
        }
        return blocks;
    }

    /** Returns the lines of a file. */
    static List<String> text(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns one text block per paragraph, paragraph n at line n of {@code case.txt}. */
    static List<TextBlock> of(String... paragraphs) {
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(TextBlock.of(paragraphs[i], SourceRef.text("case.txt", i + 1, 1)));
        }
        return blocks;
    }

    /** Returns the position in {@code case.txt} of the first {@code what} in paragraph {@code line} (from 1). */
    static SourceRef at(String[] paragraphs, int line, String what) {
        int index = paragraphs[line - 1].indexOf(what);
        if (index < 0) {
            throw new AssertionError("no " + what + " in paragraph " + line);
        }
        return SourceRef.text("case.txt", line, index + 1);
    }
}
