package org.juesuan.portal.store;

import java.util.List;
import java.util.Objects;

/**
 * A rendered file of a version (版本文件), without its content.
 *
 * @param format the format
 * @param fileName the name it is downloaded under
 * @param mediaType the media type it is served with
 * @param sha256 the SHA-256 of the content, lowercase hex
 * @param size the size in bytes
 */
public record VersionFile(FileFormat format, String fileName, String mediaType, String sha256, long size) {

    /** Creates the description of a file. */
    public VersionFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Returns one line per file, as the audit log records them: a line break, then its name and SHA-256. */
    public static String digests(List<VersionFile> files) {
        StringBuilder lines = new StringBuilder();
        for (VersionFile file : files) {
            lines.append('\n').append(file.fileName()).append(" SHA-256 ").append(file.sha256());
        }
        return lines.toString();
    }
}
