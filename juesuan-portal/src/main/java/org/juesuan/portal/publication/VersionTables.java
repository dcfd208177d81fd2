package org.juesuan.portal.publication;

import java.util.List;
import java.util.Objects;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.StoredDataset;
import org.springframework.stereotype.Component;

/**
 * The dataset and public tables of a stored version (版本数据集与公开表): its dataset, as stored with the version, read
 * again and derived under its profile exactly as when it was built ({@link DisclosureBuilder}), then laid out as
 * printed. The one place where the portal reads a stored dataset back.
 *
 * <p>Thread-safe.
 */
@Component
public final class VersionTables {

    /** The rounding every version's files are built with. */
    public static final DisplayRoundingPolicy ROUNDING = DisclosureBuilder.ROUNDING;

    private final Definitions definitions;
    private final DocumentRepository documents;

    /** Creates the service over the definitions (catalogs, profiles) and the stored versions. */
    public VersionTables(Definitions definitions, DocumentRepository documents) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /**
     * Returns the dataset stored with a version, as stored.
     *
     * @throws IllegalArgumentException if there is no such version
     */
    public StoredDataset stored(long versionId) {
        return documents
                .storedDataset(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no version " + versionId));
    }

    /**
     * Reads the dataset stored with a version.
     *
     * @throws UnableToReadInputException if it can no longer be read
     */
    public Dataset dataset(long versionId) {
        return dataset(stored(versionId), "version-" + versionId);
    }

    /**
     * Reads a stored dataset.
     *
     * @param name the dataset's name in messages, without extension
     * @throws UnableToReadInputException if it cannot be read
     */
    public Dataset dataset(StoredDataset stored, String name) {
        TreeReader.Format format =
                "json".equalsIgnoreCase(stored.format()) ? TreeReader.Format.JSON : TreeReader.Format.YAML;
        return new DatasetReader(definitions.catalogs())
                .read(stored.text(), name + "." + stored.format(), format)
                .orElseThrow(problems -> new UnableToReadInputException("无法读取版本的数据集", problems));
    }

    /**
     * Derives the tables of a dataset under its own profile.
     *
     * @throws UnableToReadInputException if its profile cannot be used
     */
    public TableSet derive(Dataset dataset) {
        Profile profile = definitions
                .profile(dataset.profileId())
                .orElseThrow(problems -> new UnableToReadInputException("无法使用数据集的地区口径", problems));
        return Deriver.derive(profile, dataset, ROUNDING);
    }

    /** Derives the tables of a stored version. */
    public TableSet derive(long versionId) {
        return derive(dataset(versionId));
    }

    /** Returns the tables of a stored version as printed. */
    public List<PrintedTable> printed(long versionId) {
        return TableLayout.layout(derive(versionId));
    }
}
