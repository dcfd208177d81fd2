package org.juesuan.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadControllerTest {

    @Test
    void namesTheFileInUtf8WithAnAsciiFallback() {
        assertThat(DownloadController.contentDisposition("某局 2024.pdf", "juesuan-1-v1.pdf"))
                .isEqualTo("attachment; filename=\"juesuan-1-v1.pdf\"; filename*=UTF-8''%E6%9F%90%E5%B1%80%202024.pdf");
    }

    @Test
    void encodesCharactersThatWouldEndTheHeaderValue() {
        assertThat(DownloadController.contentDisposition("a\";b\\c.pdf", "x.pdf"))
                .endsWith("filename*=UTF-8''a%22%3Bb%5Cc.pdf");
    }
}
