package org.juesuan.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @Nested
    class OnDisk {

        @TempDir
        Path root;

        private DataDirectory directory() throws IOException {
            Files.createDirectories(root.resolve("2024/function"));
            Files.writeString(root.resolve("2024/function/b.txt"), "201\t一般公共服务支出\n", StandardCharsets.UTF_8);
            Files.writeString(root.resolve("2024/function/a.txt"), "", StandardCharsets.UTF_8);
            Files.createDirectories(root.resolve("2025"));
            Files.writeString(root.resolve("README.md"), "x", StandardCharsets.UTF_8);
            return DataDirectory.of(root);
        }

        @Test
        void listsFilesAndDirectoriesInNameOrder() throws IOException {
            DataDirectory data = directory();
            assertThat(data.list("")).containsExactly("2024", "2025", "README.md");
            assertThat(data.list("2024/function")).containsExactly("a.txt", "b.txt");
        }

        @Test
        void listsNothingForAMissingDirectoryOrAFile() throws IOException {
            DataDirectory data = directory();
            assertThat(data.list("2023")).isEmpty();
            assertThat(data.list("README.md")).isEmpty();
        }

        @Test
        void readsUtf8Text() throws IOException {
            assertThat(directory().read("2024/function/b.txt")).contains("201\t一般公共服务支出\n");
        }

        @Test
        void readsNothingForAMissingFileOrADirectory() throws IOException {
            DataDirectory data = directory();
            assertThat(data.read("2024/function/c.txt")).isEmpty();
            assertThat(data.read("2024")).isEmpty();
        }

        @Test
        void namesFilesByTheirPathOnDisk() throws IOException {
            assertThat(directory().displayName("2024/function/b.txt"))
                    .isEqualTo(root.resolve("2024/function/b.txt").toString());
        }
    }

    @Nested
    class OnTheClassPath {

        private final DataDirectory data = DataDirectory.classpath("juesuan/catalogs");

        @Test
        void listsBundledDirectories() {
            assertThat(data.list("")).contains("2024", "2025").isSorted();
            assertThat(data.list("2024")).containsExactly("economic", "function");
        }

        @Test
        void listsNothingForAMissingDirectory() {
            assertThat(data.list("1999")).isEmpty();
        }

        @Test
        void readsBundledText() {
            assertThat(data.read("2024/function/catalog.txt"))
                    .hasValueSatisfying(text -> assertThat(text).contains("2010301\t行政运行"));
        }

        @Test
        void readsNothingForAMissingFile() {
            assertThat(data.read("2024/function/none.txt")).isEmpty();
        }

        @Test
        void namesFilesByTheirResourcePathWithOrWithoutATrailingSlash() {
            assertThat(data.displayName("2024/function/catalog.txt"))
                    .isEqualTo("juesuan/catalogs/2024/function/catalog.txt");
            DataDirectory slashed = DataDirectory.classpath("juesuan/catalogs/");
            assertThat(slashed.displayName("2024")).isEqualTo("juesuan/catalogs/2024");
            assertThat(slashed.list("2024")).containsExactly("economic", "function");
        }
    }
}
