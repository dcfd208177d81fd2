package org.juesuan.portal.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileFormatTest {

    @Test
    void namesFilesByUnitAndYear() {
        assertThat(FileFormat.PDF.fileName("武汉市青山区人民政府国有资产监督管理局", 2024)).isEqualTo("武汉市青山区人民政府国有资产监督管理局2024年度部门决算.pdf");
        assertThat(FileFormat.XLSX.fileName("某局", 2024)).isEqualTo("某局2024年度部门决算公开表.xlsx");
        assertThat(FileFormat.JSON.fileName("某局", 2024)).isEqualTo("某局2024年度部门决算数据集.json");
    }

    @Test
    void replacesWhatAFileSystemRefuses() {
        assertThat(FileFormat.HTML.fileName("<某局>/\"a\"", 2024)).isEqualTo("_某局___a_2024年度部门决算.html");
    }

    @Test
    void findsTheFormatOfADownloadAddress() {
        assertThat(FileFormat.ofKey("PDF")).contains(FileFormat.PDF);
        assertThat(FileFormat.ofKey("docx")).contains(FileFormat.DOCX);
        assertThat(FileFormat.ofKey("exe")).isEmpty();
    }
}
