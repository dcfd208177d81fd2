package org.juesuan.audit.read;

import java.util.Locale;
import java.util.Optional;

/** The format of a published document (文件格式). */
public enum Format {
    /** Plain text, such as the text extracted from a PDF. */
    TEXT("txt"),
    /** PDF with a text layer. */
    PDF("pdf"),
    /** Word (Office Open XML). */
    DOCX("docx"),
    /** Excel (Office Open XML). */
    XLSX("xlsx"),
    /** A web page. */
    HTML("html");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    /** Returns the usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Returns the format a file name's extension names ({@code .htm} is HTML), if any. */
    public static Optional<Format> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        for (Format format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
