package org.juesuan.app.prepare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.juesuan.core.dataset.Dataset;
import org.juesuan.core.dataset.DatasetReader;
import org.juesuan.core.issue.Issues;
import org.juesuan.core.issue.Result;
import org.juesuan.core.source.SourceRef;
import org.juesuan.importer.workbook.WorkbookImporter;

/**
 * Loads a dataset from what the user points at (读取数据集): a dataset file ({@code .yaml}, {@code .yml},
 * {@code .json}), a filled workbook ({@code .xlsx}), or a directory holding {@code dataset.yaml},
 * {@code dataset.json} or a single workbook.
 *
 * <p>Thread-safe.
 */
public final class DatasetLoader {

    private static final List<String> DATASET_NAMES = List.of("dataset.yaml", "dataset.yml", "dataset.json");

    private final Definitions definitions;

    /** Creates a loader checking codes against the given definitions. */
    public DatasetLoader(Definitions definitions) {
        this.definitions = definitions;
    }

    /** Loads the dataset at {@code path}; problems are issues, positioned in the file or workbook. */
    public Result<Dataset> load(Path path) {
        Issues issues = Issues.create();
        String name = path.toString();
        if (Files.isDirectory(path)) {
            for (String candidate : DATASET_NAMES) {
                if (Files.isRegularFile(path.resolve(candidate))) {
                    return load(path.resolve(candidate));
                }
            }
            issues.error(
                    SourceRef.file(name), "INPUT_NOT_FOUND", "目录中没有数据集文件（" + String.join("、", DATASET_NAMES) + "）");
            return Result.failed(issues);
        }
        if (!Files.isRegularFile(path)) {
            issues.error(SourceRef.file(name), "INPUT_NOT_FOUND", "文件不存在");
            return Result.failed(issues);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return new WorkbookImporter(definitions.catalogs(), definitions::profile).read(path, name);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            return new DatasetReader(definitions.catalogs()).read(path, name);
        }
        issues.error(SourceRef.file(name), "INPUT_FORMAT", "不支持的文件类型：应为 .yaml、.yml、.json 或 .xlsx");
        return Result.failed(issues);
    }
}
