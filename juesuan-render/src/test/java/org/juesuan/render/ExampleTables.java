package org.juesuan.render;

import java.nio.file.Path;
import java.util.List;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.layout.PrintedTable;
import org.juesuan.core.layout.TableLayout;
import org.juesuan.core.profile.Profiles;
import org.juesuan.core.table.Deriver;

/** Test fixture: the bundled example's printed tables. */
public final class ExampleTables {

    private static final Catalogs CATALOGS = Catalogs.bundled();

    private ExampleTables() {}

    /** Returns the example dataset. */
    public static Dataset dataset() {
        return new DatasetReader(CATALOGS)
                .read(Path.of("../examples/qingshan-guozi-2024/dataset.yaml"), "dataset.yaml")
                .value()
                .orElseThrow();
    }

    /** Returns the printed tables of a dataset under a profile. */
    public static List<PrintedTable> printed(Dataset dataset, String profile) {
        return TableLayout.layout(
                Deriver.derive(Profiles.bundled(CATALOGS).require(profile), dataset.withProfile(profile)));
    }
}
