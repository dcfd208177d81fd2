package org.juesuan.portal.store;

import java.util.Locale;
import java.util.Optional;

/** A kind of file a version carries (文件格式): the four renderings of the disclosure and the dataset as JSON. */
public enum FileFormat {
    /** The whole document as archival PDF/A-2b. */
    PDF("PDF/A 文件", "application/pdf", "pdf", "部门决算"),
    /** The whole document as an editable Word file. */
    DOCX("Word 文件", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "部门决算"),
    /** The public tables as an Excel workbook. */
    XLSX("Excel 公开表", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "部门决算公开表"),
    /** The whole document as one self-contained web page. */
    HTML("网页", "text/html;charset=UTF-8", "html", "部门决算"),
    /** The dataset the files were built from. */
    JSON("数据集（JSON）", "application/json", "json", "部门决算数据集");

    private final String label;
    private final String mediaType;
    private final String extension;
    private final String nameSuffix;

    FileFormat(String label, String mediaType, String extension, String nameSuffix) {
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
        this.nameSuffix = nameSuffix;
    }

    /** Returns the Chinese label shown beside a download. */
    public String label() {
        return label;
    }

    /** Returns the media type served with the file. */
    public String mediaType() {
        return mediaType;
    }

    /** Returns the file extension and the key in download addresses, e.g. {@code pdf}. */
    public String key() {
        return extension;
    }

    /**
     * Returns the name a file of this format gets for a unit and year, e.g. 某局2024年度部门决算.pdf; characters a file
     * system refuses are replaced by {@code _}.
     */
    public String fileName(String unitName, int fiscalYear) {
        String safe = unitName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe + fiscalYear + "年度" + nameSuffix + "." + extension;
    }

    /** Finds the format of a download address key, ignoring case. */
    public static Optional<FileFormat> ofKey(String key) {
        for (FileFormat format : values()) {
            if (format.extension.equals(key.toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
