package org.juesuan.portal.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A stored version of a document (版本), without its dataset text and files.
 *
 * @param id the version's id
 * @param documentId the document's id
 * @param number the version number, from 1
 * @param state where it stands
 * @param validation what validation found
 * @param draftMarked whether its files carry 草稿 marks (built although validation found errors)
 * @param reason the stated reason of a correction (更正原因), or null
 * @param createdBy who created it
 * @param createdAt when it was created
 * @param publishedBy who published it, or null
 * @param publishedAt when it was published, or null
 */
public record VersionRecord(
        long id,
        long documentId,
        int number,
        VersionState state,
        ValidationSummary validation,
        boolean draftMarked,
        @Nullable String reason,
        String createdBy,
        OffsetDateTime createdAt,
        @Nullable String publishedBy,
        @Nullable OffsetDateTime publishedAt) {

    /** Creates a record. */
    public VersionRecord {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Returns the reason of the correction, if one was stated. */
    public Optional<String> correctionReason() {
        return Optional.ofNullable(reason).filter(text -> !text.isBlank());
    }
}
