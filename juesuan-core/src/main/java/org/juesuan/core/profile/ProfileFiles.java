package org.juesuan.core.profile;

import java.util.Objects;
import java.util.Optional;
import org.juesuan.core.source.DataDirectory;

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

    /** Returns the name to show in messages for a file of the profile, e.g. its path. */
    public String displayName(String file) {
        return root.displayName(directory + "/" + file);
    }
}
