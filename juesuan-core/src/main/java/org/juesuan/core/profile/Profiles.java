package org.juesuan.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.issue.DefinitionException;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.DataDirectory;

/**
 * Finds and loads profiles from the bundled directory and any user directories, later ones taking precedence.
 *
 * <p>Thread-safe: profiles are loaded on request and not cached here (callers keep what they load).
 */
public final class Profiles {

    /** The class-path directory of the profiles shipped with Juesuan. */
    public static final String BUNDLED_ROOT = "juesuan/profiles";

    private final List<DataDirectory> roots;
    private final Catalogs catalogs;

    /**
     * Creates a registry.
     *
     * @param roots the data directories, bundled first
     * @param catalogs the catalogs profiles refer to
     */
    public Profiles(List<DataDirectory> roots, Catalogs catalogs) {
        this.roots = List.copyOf(roots);
        this.catalogs = catalogs;
    }

    /** Returns a registry of the bundled profiles. */
    public static Profiles bundled(Catalogs catalogs) {
        return new Profiles(List.of(DataDirectory.classpath(BUNDLED_ROOT)), catalogs);
    }

    /** Returns the ids of every profile found, in name order, without duplicates. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (DataDirectory root : roots) {
            for (String name : root.list("")) {
                if (root.read(name + "/profile.yaml").isPresent() && !ids.contains(name)) {
                    ids.add(name);
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Loads a profile, reporting its problems; empty value if it does not exist or is broken. */
    public Result<Profile> load(String id) {
        for (int i = roots.size() - 1; i >= 0; i--) {
            DataDirectory root = roots.get(i);
            if (root.read(id + "/profile.yaml").isPresent()) {
                return ProfileLoader.load(root, id, catalogs);
            }
        }
        Issues issues = Issues.create();
        issues.error(
                org.juesuan.core.source.SourceRef.NONE,
                "PROFILE_UNKNOWN",
                "没有名为“" + id + "”的地区口径（现有：" + String.join("、", ids()) + "）");
        return Result.failed(issues);
    }

    /**
     * Loads a profile.
     *
     * @throws DefinitionException if it does not exist or is broken
     */
    public Profile require(String id) {
        return load(id).orElseThrow(issues -> new DefinitionException("地区口径“" + id + "”无法使用", issues));
    }

    /** Returns whether a profile exists. */
    public Optional<String> find(String id) {
        return ids().contains(id) ? Optional.of(id) : Optional.empty();
    }
}
