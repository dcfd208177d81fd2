package org.juesuan.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as RFC 4180 writes it (CSV 文本): quoting, CRLF and the byte order mark for Excel. */
class CsvTest {

    @Test
    void quotesOnlyTheFieldsThatNeedIt() {
        byte[] bytes = Csv.write(
                List.of(List.of("项目", "金额（万元）"), List.of("甲,乙", "-4.69"), List.of("称\"一般\"", "行一\n行二")), false);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("项目,金额（万元）\r\n\"甲,乙\",-4.69\r\n\"称\"\"一般\"\"\",\"行一\n行二\"\r\n");
    }

    @Test
    void readsBackFieldForField() {
        List<List<String>> records = List.of(List.of("a", "", "\"", ",,"), List.of("总计", "265.19", "\r\n", "x"));
        String text = new String(Csv.write(records, false), StandardCharsets.UTF_8);
        assertThat(FiscalDataPackageTest.parseCsv(text)).isEqualTo(records);
    }

    @Test
    void startsWithTheByteOrderMarkOnlyWhenAsked() {
        byte[] marked = Csv.write(List.of(List.of("表")), true);
        assertThat(marked).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Csv.write(List.of(List.of("表")), false)).startsWith("表".getBytes(StandardCharsets.UTF_8));
    }
}
