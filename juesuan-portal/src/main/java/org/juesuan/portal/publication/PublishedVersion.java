package org.juesuan.portal.publication;

import java.util.List;
import java.util.Objects;
import org.juesuan.portal.store.VersionFile;
import org.juesuan.portal.store.VersionRecord;

/**
 * A version just published (已公开版本): where it is stored and its files with their digests.
 *
 * @param documentId the document
 * @param version the version as stored
 * @param files the files as stored
 */
public record PublishedVersion(long documentId, VersionRecord version, List<VersionFile> files) {

    /** Creates the record. */
    public PublishedVersion {
        Objects.requireNonNull(version, "version");
        files = List.copyOf(files);
    }
}
