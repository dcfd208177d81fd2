package org.juesuan.portal.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A version about to be stored (新版本): its dataset and what validation found; the number is the next free one.
 *
 * @param documentId the document
 * @param dataset the dataset's text
 * @param datasetFormat {@code yaml} or {@code json}
 * @param validation what validation found
 * @param draftMarked whether its files carry 草稿 marks
 * @param reason the reason of a correction (更正原因), or null for a first version
 * @param createdBy who creates it
 * @param createdAt when
 */
public record NewVersion(
        long documentId,
        String dataset,
        String datasetFormat,
        ValidationSummary validation,
        boolean draftMarked,
        @Nullable String reason,
        String createdBy,
        OffsetDateTime createdAt) {

    /** Creates the description of a new version. */
    public NewVersion {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(datasetFormat, "datasetFormat");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
