package org.juesuan.app.publish;

import java.util.Locale;
import java.util.Optional;

/** An output format of {@code build} (输出格式). */
public enum OutputFormat {
    /** The tables as an Excel workbook. */
    XLSX("xlsx", "tables.xlsx"),
    /** The tables as one HTML page. */
    HTML("html", "tables.html");

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
