package org.juesuan.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.juesuan.core.issue.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading never stops at the first problem: every problem of every file of a profile is reported at once. */
class BrokenProfileTest {

    private static final String PROFILE = """
            id: wrong-2024
            name: 坏口径
            fiscalYear: 2024
            presentation:
              totalFirst: maybe
            classLines: [201, 200]
            tables: [T01, T02, T03]
            extra: 1
            """;

    private static final String T01 = """
            id: T01
            title: 收入表
            colour: red
            sections:
              - id: main
                columns:
                  - {id: amount, header: 金额, measure: "income(source=gift)"}
                  - {id: other, header: 其他, measure: income}
                body:
                  - {id: a, label: 甲, formula: b}
                  - {id: b, label: 乙, formula: a}
            """;

    private static final String T02 = """
            id: T02
            sections:
              - id: main
                columns:
                  - {id: amount, header: 金额, measure: spending}
                body:
                  - functionRows: true
                totals:
                  - {id: sum, label: 合计, formula: body}
                  - {id: sum, label: 总计, formula: body}
            panels:
              - {section: side, rows: [main]}
            """;

    @TempDir
    Path dir;

    @Test
    void reportsEveryProblemOfEveryFileTogether() {
        TestProfiles files =
                new TestProfiles(dir).profile(PROFILE).table("T01", T01).table("T02", T02);
        Result<Profile> result = files.load();
        assertThat(result.value()).isEmpty();
        String p = "profile.yaml";
        String t1 = "tables/T01.yaml";
        String t2 = "tables/T02.yaml";
        assertThat(files.issues())
                .containsExactlyInAnyOrder(
                        "PROFILE_ID " + files.find(p, PROFILE, "wrong-2024") + " 口径标识“wrong-2024”应与目录名“test-2024”一致",
                        "PROFILE_VALUE " + files.find(p, PROFILE, "maybe") + " totalFirst 应为 true 或 false",
                        "PROFILE_CLASS_LINE " + files.find(p, PROFILE, "200") + " 功能分类科目表中没有类 200",
                        "PROFILE_MISSING " + files.find(p, PROFILE, "T03") + " 找不到表定义文件 "
                                + dir.resolve("test-2024/tables/T03.yaml"),
                        "PROFILE_UNKNOWN_FIELD " + files.find(p, PROFILE, "extra") + " 未知字段“extra”",
                        "PROFILE_UNKNOWN_FIELD " + files.find(t1, T01, "colour") + " 未知字段“colour”",
                        "PROFILE_MEASURE " + files.find(t1, T01, "\"income(source=gift)\"")
                                + " 数据口径“income(source=gift)”有误：未知的收入来源“gift”",
                        "PROFILE_CYCLE " + files.find(t1, T01, "{id: a,") + " 行“a”的公式循环引用自身",
                        "PROFILE_MISSING_FIELD " + files.at(t2, 1, 1) + " 缺少必填字段“title”",
                        "PROFILE_DUPLICATE_ID " + files.find(t2, T02, "sum", 2) + " 行标识“sum”重复（首次出现于 "
                                + files.find(t2, T02, "sum") + "）",
                        "PROFILE_UNKNOWN_REF " + files.find(t2, T02, "{section: side") + " panel 引用了不存在的表块“side”");
    }
}
