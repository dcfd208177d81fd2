package org.juesuan.portal.store;

import java.util.Objects;

/**
 * The dataset stored with a version (版本数据集): its text and format, and what the version's files were built as.
 *
 * @param text the dataset's text
 * @param format {@code yaml} or {@code json}
 * @param draftMarked whether the version's files carry 草稿 marks
 * @param published whether the version is published
 */
public record StoredDataset(String text, String format, boolean draftMarked, boolean published) {

    /** Creates the record. */
    public StoredDataset {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
    }
}
