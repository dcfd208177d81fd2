package org.juesuan.portal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DisclosurePageTest {

    @Test
    void keepsTheBodyAsPublishedAndScopesTheStyle() {
        String page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<title>某局</title>\n<style>\nbody{margin:0;}\n"
                + "h1{text-align:center;}\n</style>\n</head>\n<body>\n<h1>第一部分</h1>\n<p>&lt;script&gt;</p>\n"
                + "</body>\n</html>\n";
        DisclosurePage cut = DisclosurePage.of(page.getBytes(StandardCharsets.UTF_8));
        assertThat(cut.body()).isEqualTo("\n<h1>第一部分</h1>\n<p>&lt;script&gt;</p>\n");
        assertThat(cut.style()).isEqualTo(".disclosure{margin:0;}\n.disclosure h1{text-align:center;}\n");
    }

    @Test
    void refusesAPageWithoutBody() {
        assertThatThrownBy(() -> DisclosurePage.of("<p>片段</p>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
