package org.juesuan.importer.workbook;

import java.nio.file.Path;
import org.juesuan.core.catalog.Catalogs;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.SourceRef;

/** Placeholder until the workbook importer lands. */
public final class WorkbookImporter {
    /** Creates the importer. */
    public WorkbookImporter(Catalogs catalogs) {
    }

    /** Reads a workbook. */
    public Result<Dataset> read(Path file, String displayName) {
        return Result.failed(Issues.create().error(SourceRef.file(displayName), "TODO", "尚不支持"));
    }
}
