package org.juesuan.portal.publication;

import java.util.List;
import java.util.Objects;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.issue.UnableToReadInputException;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;
import org.juesuan.core.table.Deriver;
import org.juesuan.core.table.DisplayRoundingPolicy;
import org.juesuan.core.table.TableSet;
import org.springframework.stereotype.Component;

/**
 * The public tables of a stored version (版本公开表): its dataset, as stored with the version, read again and derived
 * under its profile exactly as when it was built, then laid out as printed.
 *
 * <p>Thread-safe.
 */
@Component
public final class VersionTables {

    private final Definitions definitions;

    /** Creates the service over the definitions (catalogs, profiles). */
    public VersionTables(Definitions definitions) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
    }

    /**
     * Derives the tables of a stored dataset.
     *
     * @param text the dataset's text
     * @param format {@code yaml} or {@code json}
     * @throws UnableToReadInputException if the text or its profile cannot be used
     */
    public TableSet derive(String text, String format) {
        String name = "json".equals(format) ? "dataset.json" : "dataset.yaml";
        Result<Node> tree = TreeReader.read(text, name, tree(format));
        Node root = tree.orElseThrow(problems -> new UnableToReadInputException("无法读取版本的数据集", problems));
        Issues issues = Issues.create().addAll(tree.issues());
        Dataset dataset = new DatasetReader(definitions.catalogs())
                .read(root, SourceRef.file(name), issues)
                .orElseThrow(problems -> new UnableToReadInputException("无法读取版本的数据集", problems));
        Profile profile = definitions
                .profile(dataset.profileId())
                .orElseThrow(problems -> new UnableToReadInputException("地区口径无法使用", problems));
        return Deriver.derive(profile, dataset, DisplayRoundingPolicy.LARGEST_REMAINDER);
    }

    private static TreeReader.Format tree(String format) {
        return "json".equals(format) ? TreeReader.Format.JSON : TreeReader.Format.YAML;
    }

    /** Returns the tables of a stored dataset as printed. */
    public List<PrintedTable> printed(String text, String format) {
        return TableLayout.layout(derive(text, format));
    }
}
