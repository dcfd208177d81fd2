package org.juesuan.audit.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.juesuan.core.dataset.GovernmentLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The level of government a unit's name implies: the most local division before the department's own words. */
class LevelTest {

    @ParameterizedTest
    @CsvSource({
        "武汉市青山区人民政府国有资产监督管理局, DISTRICT",
        "武汉市财政局, CITY",
        "湖北省财政厅, PROVINCE",
        "阳新县教育局, COUNTY",
        "上海市黄浦区卫生健康委员会, DISTRICT",
        "恩施土家族苗族自治州民族宗教事务委员会, CITY",
        "广西壮族自治区发展和改革委员会, PROVINCE",
        "市场监督管理局, CITY"
    })
    void isTheMostLocalDivisionNamed(String name, GovernmentLevel level) {
        assertThat(DocumentRecognizer.level(name)).isEqualTo(level);
    }
}
