package org.juesuan.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SiteViewsTest {

    @Test
    void showsSizesAsPeopleReadThem() {
        assertThat(SiteViews.size(0)).isEqualTo("0 字节");
        assertThat(SiteViews.size(1023)).isEqualTo("1023 字节");
        assertThat(SiteViews.size(1024)).isEqualTo("1 KB");
        assertThat(SiteViews.size(208_931)).isEqualTo("204 KB");
        assertThat(SiteViews.size(1024 * 1024)).isEqualTo("1.0 MB");
        assertThat(SiteViews.size(1_572_864)).isEqualTo("1.5 MB");
    }

    @Test
    void showsTimesInTheSiteZone() {
        OffsetDateTime utc = OffsetDateTime.of(2025, 10, 30, 1, 5, 0, 0, ZoneOffset.UTC);
        assertThat(SiteViews.format(utc, ZoneId.of("Asia/Shanghai"))).isEqualTo("2025年10月30日 09:05");
    }
}
