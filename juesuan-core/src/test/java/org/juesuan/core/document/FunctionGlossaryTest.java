package org.juesuan.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.juesuan.core.catalog.Catalog;
import org.juesuan.core.catalog.CatalogKind;
import org.juesuan.core.catalog.ClassCode;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The descriptions of function codes: the bundled files, lookups by code and by name, and the file format. */
class FunctionGlossaryTest {

    private static final Catalog FUNCTIONS_2024 =
            ExampleDocuments.CATALOGS.find(2024, CatalogKind.FUNCTION).orElseThrow();

    @Nested
    class Bundled {

        private final FunctionGlossary glossary = FunctionGlossary.bundled();

        @Test
        void describesEveryCodeOfTheExampleAndEveryYearOfTheCatalogs() {
            assertThat(glossary.years()).containsExactly(2024, 2025);
            for (String code : List.of("2010301", "2010302", "2101101", "2101103")) {
                assertThat(glossary.describe(2024, ClassCode.of(code), FUNCTIONS_2024))
                        .as(code)
                        .isPresent();
                assertThat(glossary.describe(2025, ClassCode.of(code), FUNCTIONS_2024))
                        .as("2025 inherits " + code)
                        .isPresent();
            }
        }

        @Test
        void everyCodeDescribedIsAnItemOfTheYearsCatalog() {
            FunctionGlossary.Year year = glossary.year(2024).orElseThrow();
            for (ClassCode code : year.codes().keySet()) {
                assertThat(FUNCTIONS_2024.find(code)).as(code.digits()).isPresent();
                assertThat(code.level(CatalogKind.FUNCTION)).isEqualTo(3);
            }
        }

        @Test
        void standardItemsAreDescribedByName() {
            // 2013801 行政运行 (市场监督管理事务) has no description of its own
            assertThat(glossary.year(2024).orElseThrow().codes()).doesNotContainKey(ClassCode.of("2013801"));
            assertThat(glossary.describe(2024, ClassCode.of("2013801"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("反映行政单位（包括实行公务员管理的事业单位）的基本支出。"));
        }

        @Test
        void otherItemNamesItsClause() {
            assertThat(glossary.describe(2024, ClassCode.of("2101199"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("反映除上述项目以外其他用于行政事业单位医疗方面的支出。"));
        }

        @Test
        void unverifiedDescriptionsAreMarked() {
            assertThat(glossary.describe(2024, ClassCode.of("2101101"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> assertThat(d.verified()).isFalse());
            assertThat(glossary.describe(2024, ClassCode.of("2010301"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> assertThat(d.verified()).isTrue());
        }

        @Test
        void codeWithoutDescriptionOrPatternHasNone() {
            assertThat(glossary.describe(2024, ClassCode.of("2010308"), FUNCTIONS_2024))
                    .isEmpty();
            assertThat(glossary.describe(2023, ClassCode.of("2010301"), FUNCTIONS_2024))
                    .isEmpty();
        }
    }

    @Nested
    class DataFiles {

        @TempDir
        Path root;

        private void write(String path, String text) {
            try {
                Path file = root.resolve(path);
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String at(String path, int line, int column) {
            return root.resolve(path) + ":" + line + ":" + column;
        }

        private List<String> issues(Result<?> result) {
            List<String> lines = new ArrayList<>();
            for (Issue issue : result.issues()) {
                lines.add(issue.code() + " " + issue.where().display() + " " + issue.message());
            }
            return lines;
        }

        @Test
        void reportsEveryMalformedLineAtItsPlace() {
            write("2024/function/a.txt", """
                    # descriptions
                    2010301\t反映行政单位的基本支出。
                    20103\t款级编码不能有说明。
                      2010302
                    @name 机关服务
                    @include other.txt
                    2010303\t反映{clause}支出。
                    @name 其他{item}支出\t反映其他支出。
                    2010301\t第二次。
                    @extends 2023
                    """);
            Result<FunctionGlossary> result = FunctionGlossaryLoader.load(List.of(DataDirectory.of(root)));
            assertThat(result.value()).isEmpty();
            String file = "2024/function/a.txt";
            assertThat(issues(result))
                    .containsExactly(
                            "DESCRIPTION_SYNTAX " + at(file, 3, 1) + " “20103”不是支出功能分类项级科目编码（7 位）",
                            "DESCRIPTION_SYNTAX " + at(file, 4, 3) + " 科目 2010302 缺少说明",
                            "DESCRIPTION_SYNTAX " + at(file, 5, 1) + " @name 后应为科目名称、空白和说明",
                            "DESCRIPTION_SYNTAX " + at(file, 6, 1) + " 无法识别的指令“@include”（只支持 @extends 和 @name）",
                            "DESCRIPTION_UNKNOWN_PLACEHOLDER " + at(file, 7, 1) + " 未知占位符“{clause}”（此处可用：无）",
                            "DESCRIPTION_UNKNOWN_PLACEHOLDER " + at(file, 8, 1) + " 未知占位符“{item}”（此处可用：{clause}）",
                            "DESCRIPTION_DUPLICATE " + at(file, 9, 1) + " 科目 2010301 的说明重复（首次出现于 " + at(file, 2, 1)
                                    + "）",
                            "DESCRIPTION_EXTENDS " + at(file, 10, 1) + " 继承的 2023 年科目说明不存在");
        }

        @Test
        void laterDirectoryOverridesAndYearInheritsItsBase(@TempDir Path user) throws IOException {
            write("2024/function/a.txt", "2010301\t旧说明。\n@name 事业运行\t反映事业单位的基本支出。 # [MEM]\n");
            write("2025/function/a.txt", "@extends 2024\n2010302\t二〇二五年的说明。\n");
            Path userFile = user.resolve("2024/function/b.txt");
            Files.createDirectories(userFile.getParent());
            Files.writeString(userFile, "2010301\t新说明。\n", StandardCharsets.UTF_8);
            FunctionGlossary glossary = FunctionGlossary.load(List.of(DataDirectory.of(root), DataDirectory.of(user)));
            assertThat(glossary.describe(2024, ClassCode.of("2010301"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("新说明。"));
            // 2025 starts from 2024 as overridden, and adds its own
            assertThat(glossary.describe(2025, ClassCode.of("2010301"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("新说明。"));
            assertThat(glossary.describe(2025, ClassCode.of("2010302"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> assertThat(d.text()).isEqualTo("二〇二五年的说明。"));
            assertThat(glossary.describe(2024, ClassCode.of("2010302"), FUNCTIONS_2024))
                    .isEmpty();
            assertThat(glossary.describe(2025, ClassCode.of("2010350"), FUNCTIONS_2024))
                    .hasValueSatisfying(d -> {
                        assertThat(d.text()).isEqualTo("反映事业单位的基本支出。");
                        assertThat(d.verified()).isFalse();
                        assertThat(d.source().display()).isEqualTo(at("2024/function/a.txt", 2, 1));
                    });
        }

        @Test
        void circularInheritanceIsReported() {
            write("2024/function/a.txt", "@extends 2025\n");
            write("2025/function/a.txt", "@extends 2024\n");
            Result<FunctionGlossary> result = FunctionGlossaryLoader.load(List.of(DataDirectory.of(root)));
            assertThat(issues(result))
                    .anySatisfy(line ->
                            assertThat(line).startsWith("DESCRIPTION_EXTENDS").contains("循环"));
        }

        @Test
        void descriptionByCodeWinsOverDescriptionByName() {
            write("2024/function/a.txt", "@name 行政运行\t通用说明。\n2010301\t专门说明。\n");
            FunctionGlossary glossary = FunctionGlossary.load(List.of(DataDirectory.of(root)));
            assertThat(glossary.describe(2024, ClassCode.of("2010301"), FUNCTIONS_2024)
                            .map(FunctionDescription::text))
                    .hasValue("专门说明。");
            assertThat(glossary.describe(2024, ClassCode.of("2010401"), FUNCTIONS_2024)
                            .map(FunctionDescription::text))
                    .hasValue("通用说明。");
            assertThat(glossary.year(2024).orElseThrow().names()).containsOnlyKeys("行政运行");
        }
    }
}
