package org.juesuan.core.profile;

import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;
import org.juesuan.core.source.Node;
import org.juesuan.core.source.SourceRef;
import org.juesuan.core.source.TreeReader;

/**
 * The files of a profile's directory (口径目录): besides {@code profile.yaml} and the tables, the files other parts of
 * Juesuan read for the profile, such as the narrative phrasing or the document layout.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the data directory the profile was found in
 * @param directory the profile's directory name in it (its id)
 */
public record ProfileFiles(DataDirectory root, String directory) {

    /** Creates the view of a profile's directory. */
    public ProfileFiles {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(directory, "directory");
    }

    /** Reads a file of the profile, e.g. {@code narrative.yaml}; empty if it does not exist. */
    public Optional<String> read(String file) {
        return root.read(directory + "/" + file);
    }

    /**
     * Reads and parses a YAML file of the profile, adding to {@code issues} an error {@code <code>_MISSING} (找不到
     * {@code what}文件) if it does not exist, or the parser's located errors if it is not YAML.
     *
     * @param file the file name, e.g. {@code scoring.yaml}
     * @param code the prefix of the missing file's issue code, e.g. {@code SCORING}
     * @param what what the file holds, in Chinese, e.g. 绩效自评计分规则
     * @return the text and its tree, if both could be read
     */
    public Optional<Yaml> yaml(String file, String code, String what, Issues issues) {
        String display = displayName(file);
        Optional<String> text = read(file);
        if (text.isEmpty()) {
            issues.error(SourceRef.file(display), code + "_MISSING", "找不到" + what + "文件 " + file);
            return Optional.empty();
        }
        Result<Node> tree = TreeReader.read(text.get(), display, TreeReader.Format.YAML);
        issues.addAll(tree.issues());
        return tree.value().map(node -> new Yaml(text.get(), node));
    }

    /**
     * A YAML file of the profile as read (口径文件).
     *
     * @param text the file's text
     * @param tree its tree, every node with its position
     */
    public record Yaml(String text, Node tree) {}

    /** Returns the name to show in messages for a file of the profile, e.g. its path. */
    public String displayName(String file) {
        return root.displayName(directory + "/" + file);
    }
}
