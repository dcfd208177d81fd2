package org.juesuan.portal.publication;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.rule.Finding;
import org.juesuan.portal.store.FileFormat;
import org.juesuan.portal.store.ValidationSummary;

/**
 * A version built but not yet stored (待发布版本): the dataset, what validation found and every rendered file.
 *
 * @param dataset the dataset
 * @param datasetText the dataset's text, as stored with the version
 * @param datasetFormat {@code yaml} or {@code json}
 * @param validation what validation found
 * @param findings the findings themselves, with the cells they concern
 * @param draftMarked whether the files carry 草稿 marks, because validation found errors
 * @param files the content of each file
 */
public record PreparedVersion(
        Dataset dataset,
        String datasetText,
        String datasetFormat,
        ValidationSummary validation,
        List<Finding> findings,
        boolean draftMarked,
        Map<FileFormat, byte[]> files) {

    /** Creates a prepared version. */
    public PreparedVersion {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(datasetText, "datasetText");
        Objects.requireNonNull(datasetFormat, "datasetFormat");
        Objects.requireNonNull(validation, "validation");
        findings = List.copyOf(findings);
        files = Collections.unmodifiableMap(new EnumMap<>(files));
    }
}
