package org.juesuan.portal.publication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.FileFormat;
import org.juesuan.portal.store.NewVersion;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.VersionFile;
import org.juesuan.portal.store.VersionRecord;
import org.juesuan.portal.store.WorkflowRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a built version and publishes it (发布版本): region, unit and document found or created, the version stored
 * with its dataset and findings, every file with its SHA-256, the version published, and the step recorded in the
 * audit log — all in one transaction, so a failure leaves nothing behind.
 *
 * <p>Thread-safe.
 */
@Service
public final class PublicationService {

    private final UnitRepository units;
    private final DocumentRepository documents;
    private final AuditLogRepository audit;
    private final WorkflowRepository workflow;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Creates the service. */
    public PublicationService(
            UnitRepository units,
            DocumentRepository documents,
            AuditLogRepository audit,
            WorkflowRepository workflow,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.units = Objects.requireNonNull(units, "units");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores and publishes a version.
     *
     * @param prepared the version built from its dataset
     * @param actor who publishes: a user name, or 系统
     * @param action the audit log's word for the step, e.g. 示例导入
     * @param reason the reason of a correction (更正原因), or null for a first version
     * @return the version as published
     */
    public PublishedVersion publish(PreparedVersion prepared, String actor, String action, @Nullable String reason) {
        PublishedVersion published = transaction.execute(status -> store(prepared, actor, action, reason));
        return Objects.requireNonNull(published, "the transaction returned nothing");
    }

    private PublishedVersion store(PreparedVersion prepared, String actor, String action, @Nullable String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UnitInfo unit = prepared.dataset().unit();
        long region = units.region(unit.region());
        long unitId =
                units.unit(region, unit.name(), unit.shortName(), unit.level().label());
        long document =
                documents.document(unitId, unit.fiscalYear(), prepared.dataset().profileId(), now);
        StoredVersion stored = storeDraft(document, prepared, reason, actor, now, UnaryOperator.identity());
        VersionRecord version = stored.version();
        if (!documents.publish(version.id(), actor, now)) {
            throw new IllegalStateException("version " + version.id() + " was published meanwhile");
        }
        events.publishEvent(new VersionPublished(version.id()));
        StringBuilder details = new StringBuilder()
                .append(unit.name())
                .append(unit.fiscalYear())
                .append("年度部门决算 第")
                .append(version.number())
                .append("版公开。")
                .append(prepared.validation().summary());
        if (reason != null) {
            details.append("更正原因：").append(reason).append('。');
        }
        details.append(stored.digests());
        audit.record(now, actor, action, AuditLogRepository.VERSION, version.id(), details.toString());
        return new PublishedVersion(document, documents.version(version.id()).orElseThrow(), stored.files());
    }

    /**
     * A version stored as a draft (已保存版本), with its files.
     *
     * @param version the version
     * @param files its files, each with its SHA-256
     */
    public record StoredVersion(VersionRecord version, List<VersionFile> files) {

        /** Creates the record. */
        public StoredVersion {
            Objects.requireNonNull(version, "version");
            files = List.copyOf(files);
        }

        /** Returns one line per file for the audit log: a line break, then its name and SHA-256. */
        public String digests() {
            return VersionFile.digests(files);
        }
    }

    /**
     * Stores a built version as a draft of a document (保存版本): the version with its dataset and findings under the
     * next free number, and each rendered file with its SHA-256. Runs in the caller's transaction.
     *
     * @param document the document
     * @param prepared the version built from its dataset
     * @param reason the reason of a correction (更正原因), or null
     * @param actor who stores it
     * @param at when
     * @param sources how the findings' sources are written (e.g. a temporary directory taken out)
     */
    public StoredVersion storeDraft(
            long document,
            PreparedVersion prepared,
            @Nullable String reason,
            String actor,
            OffsetDateTime at,
            UnaryOperator<String> sources) {
        UnitInfo unit = prepared.dataset().unit();
        VersionRecord version = documents.addVersion(new NewVersion(
                document,
                prepared.datasetText(),
                prepared.datasetFormat(),
                prepared.validation(),
                prepared.draftMarked(),
                reason,
                actor,
                at));
        workflow.addFindings(version.id(), prepared.findings(), sources);
        List<VersionFile> files = new ArrayList<>();
        for (Map.Entry<FileFormat, byte[]> file : prepared.files().entrySet()) {
            files.add(documents.addFile(
                    version.id(),
                    file.getKey(),
                    file.getKey().fileName(unit.name(), unit.fiscalYear()),
                    file.getValue()));
        }
        return new StoredVersion(version, files);
    }
}
