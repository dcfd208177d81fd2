package org.juesuan.portal.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.juesuan.core.issue.DisclosureException;
import org.juesuan.core.issue.IssueFormatter;
import org.juesuan.portal.store.DocumentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled examples into an empty database (示例导入), so that a newcomer sees a working site at once:
 * every directory of {@code juesuan.examples} holding a dataset is built and published as version 1, the step
 * recorded in the audit log as 示例导入. A database that holds any document is left alone; an absent examples
 * directory only gets a log line.
 *
 * <p>Runs once, at start-up, after the schema is migrated and before the web server takes its first request, so
 * the first page a newcomer sees already lists the examples.
 */
@Component
public final class ExampleSeeder implements SmartInitializingSingleton {

    /** The audit log's word for the step. */
    public static final String ACTION = "示例导入";
    /** Who the audit log names for it. */
    public static final String ACTOR = "系统";

    private static final Logger LOG = LoggerFactory.getLogger(ExampleSeeder.class);
    private static final List<String> DATASET_NAMES = List.of("dataset.yaml", "dataset.yml", "dataset.json");

    private final Path examples;
    private final DocumentRepository documents;
    private final DisclosureBuilder builder;
    private final PublicationService publication;

    /** Creates the seeder. */
    public ExampleSeeder(
            @Value("${juesuan.examples:examples}") String examples,
            DocumentRepository documents,
            DisclosureBuilder builder,
            PublicationService publication) {
        this.examples = Path.of(examples);
        this.documents = Objects.requireNonNull(documents, "documents");
        this.builder = Objects.requireNonNull(builder, "builder");
        this.publication = Objects.requireNonNull(publication, "publication");
    }

    @Override
    public void afterSingletonsInstantiated() {
        seed();
    }

    /** Publishes the examples if the database holds no document; returns how many were published. */
    public int seed() {
        if (!documents.isEmpty()) {
            return 0;
        }
        Path directory = examples.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            LOG.info("示例目录 {} 不存在，不导入示例（可用 --juesuan.examples=目录 指定）", directory);
            return 0;
        }
        int published = 0;
        for (Path example : examples(directory)) {
            LOG.info("正在导入示例 {}（生成并回读校对四种格式）……", example.getFileName());
            try {
                PublishedVersion version = publication.publish(builder.build(example), ACTOR, ACTION, null);
                LOG.info(
                        "已导入示例 {}：第 {} 版，{}",
                        example.getFileName(),
                        version.version().number(),
                        version.version().validation().summary());
                published++;
            } catch (DisclosureException failure) {
                LOG.warn(
                        "示例 {} 无法导入：{}\n{}",
                        example.getFileName(),
                        failure.getMessage(),
                        new IssueFormatter().format(failure.issues()));
            } catch (RuntimeException failure) {
                // start-up boundary: a broken example must not keep the site from starting
                LOG.error("示例 {} 无法导入", example.getFileName(), failure);
            }
        }
        return published;
    }

    /** Returns the examples in a directory: the directory itself if it holds a dataset, else its sub-directories. */
    private static List<Path> examples(Path directory) {
        if (hasDataset(directory)) {
            return List.of(directory);
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory)
                    .filter(ExampleSeeder::hasDataset)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("while listing " + directory, e);
        }
    }

    private static boolean hasDataset(Path directory) {
        return DATASET_NAMES.stream().anyMatch(name -> Files.isRegularFile(directory.resolve(name)));
    }
}
