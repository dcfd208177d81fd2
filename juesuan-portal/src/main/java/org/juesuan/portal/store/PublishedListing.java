package org.juesuan.portal.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A document in the public listing (公开目录): the document and its latest published version.
 *
 * @param document the document
 * @param versionNumber the number of the latest published version
 * @param publishedAt when that version was published
 */
public record PublishedListing(DocumentInfo document, int versionNumber, OffsetDateTime publishedAt) {

    /** Creates a listing entry. */
    public PublishedListing {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
