package org.juesuan.app.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path temp;

    private static OutputFiles two() {
        return new OutputFiles()
                .add("a.txt", "甲".getBytes(StandardCharsets.UTF_8))
                .add("b.txt", "乙".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesEveryFileAndNoTemporaryOne() throws IOException {
        Path out = temp.resolve("nested/out");
        assertThat(two().writeTo(out)).containsExactly(out.resolve("a.txt"), out.resolve("b.txt"));
        assertThat(Files.readString(out.resolve("b.txt"))).isEqualTo("乙");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "b.txt");
        }
    }

    @Test
    void replacesAnEarlierOutputWhole() throws IOException {
        Files.writeString(temp.resolve("a.txt"), "旧的内容，比新的长得多");
        two().writeTo(temp);
        assertThat(Files.readString(temp.resolve("a.txt"))).isEqualTo("甲");
    }

    @Test
    void leavesNothingBehindWhenItCannotWrite() throws IOException {
        Path blocked = temp.resolve("out");
        Files.writeString(blocked, "a file where the directory should be");
        assertThatThrownBy(() -> two().writeTo(blocked)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).containsExactly(blocked);
        }
    }

    @Test
    void cleansUpItsTemporaryFilesWhenAMoveFails() throws IOException {
        // a directory where b.txt should go makes the second move fail after the files were written
        Files.createDirectories(temp.resolve("b.txt").resolve("x"));
        assertThatThrownBy(() -> two().writeTo(temp)).isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void digestsTheContentWithSha256() {
        // sha256 of the UTF-8 bytes of 甲, computed independently
        assertThat(two().sha256("a.txt")).isEqualTo("33e3580c093111e1c4cac922872c40371f7896bb3fa4e23be5840bd1834fc622");
    }
}
