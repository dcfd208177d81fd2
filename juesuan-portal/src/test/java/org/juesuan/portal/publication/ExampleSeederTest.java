package org.juesuan.portal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.WorkflowRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ExampleSeederTest {

    @Test
    void publishesNothingWithoutAnExamplesDirectoryAndSaysSo(@TempDir Path directory) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:seeder;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        DocumentRepository documents = new DocumentRepository(jdbc);
        ExampleSeeder seeder = new ExampleSeeder(
                directory.resolve("absent").toString(),
                documents,
                new DisclosureBuilder(Definitions.bundled()),
                new PublicationService(
                        new UnitRepository(jdbc),
                        documents,
                        new AuditLogRepository(jdbc),
                        new WorkflowRepository(jdbc),
                        new TransactionTemplate(new DataSourceTransactionManager(database)),
                        event -> {},
                        Clock.systemUTC()));
        Logger log = (Logger) LoggerFactory.getLogger(ExampleSeeder.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            assertThat(seeder.seed()).isZero();
        } finally {
            log.detachAppender(lines);
        }
        assertThat(documents.isEmpty()).isTrue();
        assertThat(lines.list)
                .singleElement()
                .extracting(ILoggingEvent::getFormattedMessage)
                .asString()
                .contains("不存在，不导入示例")
                .contains(directory.resolve("absent").toString());
    }
}
