package org.juesuan.app.publish;

import java.util.Locale;
import java.util.Optional;

/** An output format of {@code build} (输出格式). */
public enum OutputFormat {
    /** The whole document as archival PDF/A-2b. */
    PDF("pdf", "disclosure.pdf"),
    /** The whole document as an editable Word file. */
    DOCX("docx", "disclosure.docx"),
    /** The public tables and the self-evaluation forms as an Excel workbook, one sheet each. */
    XLSX("xlsx", "tables.xlsx"),
    /** The whole document as one self-contained HTML page. */
    HTML("html", "disclosure.html");

    private final String key;
    private final String fileName;

    OutputFormat(String key, String fileName) {
        this.key = key;
        this.fileName = fileName;
    }

    /** Returns the option value, e.g. {@code xlsx}. */
    public String key() {
        return key;
    }

    /** Returns the name of the file written. */
    public String fileName() {
        return fileName;
    }

    /** Finds the format named by an option value, ignoring case. */
    public static Optional<OutputFormat> ofKey(String key) {
        for (OutputFormat format : values()) {
            if (format.key.equals(key.toLowerCase(Locale.ROOT).strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
