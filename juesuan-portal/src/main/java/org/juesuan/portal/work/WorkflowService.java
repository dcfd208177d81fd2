package org.juesuan.portal.work;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.publish.ProofFailedException;
import org.juesuan.core.dataset.UnitInfo;
import org.juesuan.core.issue.DisclosureException;
import org.juesuan.core.issue.Issue;
import org.juesuan.core.issue.Severity;
import org.juesuan.portal.publication.DisclosureBuilder;
import org.juesuan.portal.publication.PreparedVersion;
import org.juesuan.portal.publication.PublicationService;
import org.juesuan.portal.publication.VersionPublished;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.VersionFile;
import org.juesuan.portal.store.VersionRecord;
import org.juesuan.portal.store.WorkItem;
import org.juesuan.portal.store.WorkflowRepository;
import org.juesuan.portal.work.WorkflowRules.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The review workflow (审核流程): an editor's upload built and stored as a draft of their unit's document, and each
 * step of a version from draft to publication, checked against {@link WorkflowRules} and recorded in the audit log
 * in the same transaction as the change.
 *
 * <p>An upload is refused, and nothing stored, when it cannot be read (the located messages are returned), when its
 * unit is not the editor's (same full name and same region), or when it corrects a published document without a
 * stated reason (更正原因). Its files are rendered once, at upload: a version with errors carries 草稿 marks but can
 * never be approved, so the files an approved version publishes are those built without marks.
 *
 * <p>Thread-safe.
 */
@Service
final class WorkflowService {

    /** The longest comment or reason kept. */
    static final int MAX_TEXT = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowService.class);
    private static final Pattern NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,120}\\.(xlsx|yaml|yml|json)");

    private final DisclosureBuilder builder;
    private final PublicationService publication;
    private final DocumentRepository documents;
    private final WorkflowRepository workflow;
    private final UnitRepository units;
    private final AuditLogRepository audit;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkflowService(
            DisclosureBuilder builder,
            PublicationService publication,
            DocumentRepository documents,
            WorkflowRepository workflow,
            UnitRepository units,
            AuditLogRepository audit,
            TransactionTemplate transaction,
            ApplicationEventPublisher events,
            Clock clock) {
        this.builder = Objects.requireNonNull(builder, "builder");
        this.publication = Objects.requireNonNull(publication, "publication");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.units = Objects.requireNonNull(units, "units");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What an upload came to: the version stored, or the problems that kept it from being stored.
     *
     * @param versionId the stored version, or null
     * @param problems the problems, in Chinese, each with its place
     */
    record Upload(@Nullable Long versionId, List<String> problems) {

        Upload {
            problems = List.copyOf(problems);
        }

        static Upload refused(String... problems) {
            return new Upload(null, List.of(problems));
        }
    }

    /**
     * Builds and stores an editor's upload as a draft of their unit's document.
     *
     * @param fileName the name the file was uploaded under
     * @param content its content
     * @param reason the stated reason of a correction (更正原因), possibly blank
     */
    Upload upload(PortalUser user, @Nullable String fileName, InputStream content, @Nullable String reason) {
        if (user.role() != Role.EDITOR || user.unitId() == null) {
            return Upload.refused("只有绑定单位的填报人员可以上传决算。");
        }
        String name = fileName == null
                ? ""
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (!NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            return Upload.refused("请上传填报工作簿（.xlsx）或数据集（.yaml、.json）。");
        }
        String stated = reason == null ? "" : reason.strip();
        if (stated.length() > MAX_TEXT) {
            return Upload.refused("更正原因不能超过 " + MAX_TEXT + " 字。");
        }
        long unitId = user.unitId();
        Path directory;
        try {
            directory = Files.createTempDirectory("juesuan-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException("while creating a temporary directory", e);
        }
        try {
            Path file = directory.resolve(name);
            Files.copy(content, file);
            PreparedVersion prepared;
            try {
                prepared = builder.build(file);
            } catch (DisclosureException failure) {
                return new Upload(null, located(failure, directory));
            } catch (ProofFailedException failure) {
                return Upload.refused("生成的文件与数据不符，未保存：" + failure.getMessage());
            }
            Optional<String> foreign = foreign(prepared.dataset().unit(), unitId);
            if (foreign.isPresent()) {
                return Upload.refused(foreign.get());
            }
            return Objects.requireNonNull(
                    transaction.execute(status -> store(prepared, user, unitId, name, stated, local(directory))),
                    "upload");
        } catch (IOException e) {
            throw new UncheckedIOException("while keeping an upload", e);
        } finally {
            delete(directory);
        }
    }

    private Upload store(
            PreparedVersion prepared,
            PortalUser user,
            long unitId,
            String name,
            String reason,
            UnaryOperator<String> local) {
        UnitInfo unit = prepared.dataset().unit();
        Optional<Long> existing = workflow.document(unitId, unit.fiscalYear());
        boolean correction = existing.map(workflow::hasPublished).orElse(false);
        if (correction && reason.isEmpty()) {
            return Upload.refused(unit.fiscalYear() + "年度部门决算已经公开，再次上传即为更正，须填写更正原因。");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long document = existing.orElseGet(() ->
                documents.document(unitId, unit.fiscalYear(), prepared.dataset().profileId(), now));
        PublicationService.StoredVersion stored =
                publication.storeDraft(document, prepared, correction ? reason : null, user.getUsername(), now, local);
        VersionRecord version = stored.version();
        StringBuilder details = new StringBuilder()
                .append("上传")
                .append(name)
                .append("，生成")
                .append(unit.name())
                .append(unit.fiscalYear())
                .append("年度部门决算第")
                .append(version.number())
                .append("版（草稿）。")
                .append(prepared.validation().summary());
        if (correction) {
            details.append("更正原因：").append(reason).append('。');
        }
        details.append(stored.digests());
        audit.record(now, user.getUsername(), "上传", AuditLogRepository.VERSION, version.id(), details.toString());
        return new Upload(version.id(), List.of());
    }

    /** Returns why a dataset's unit is not the editor's, if it is not: same full name and same region required. */
    private Optional<String> foreign(UnitInfo unit, long unitId) {
        UnitRepository.Unit own = units.units().stream()
                .filter(candidate -> candidate.id() == unitId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the editor's unit " + unitId + " does not exist"));
        if (own.name().equals(unit.name()) && own.regionName().equals(unit.region())) {
            return Optional.empty();
        }
        return Optional.of("所传数据的单位为“" + unit.name() + "”（" + unit.region() + "），不是您所在的单位“" + own.name() + "”（"
                + own.regionName() + "）：只能上传本单位的决算，单位全称和地区须与单位信息一致。");
    }

    /** Returns the problems of an unreadable input, each with its place (file:line:column or workbook cell). */
    private static List<String> located(DisclosureException failure, Path directory) {
        UnaryOperator<String> local = local(directory);
        List<String> problems = new ArrayList<>();
        for (Issue issue : failure.issues()) {
            if (issue.severity() == Severity.ERROR) {
                String where = local.apply(issue.where().display());
                String message = local.apply(issue.message());
                problems.add(where.isEmpty() ? message : where + "：" + message);
            }
        }
        if (problems.isEmpty()) {
            problems.add(failure.getMessage());
        }
        return problems;
    }

    /** Returns a text without the temporary directory an upload was read from: a place names the file only. */
    private static UnaryOperator<String> local(Path directory) {
        String prefix = directory.toString() + directory.getFileSystem().getSeparator();
        return text -> text.replace(prefix, "");
    }

    /**
     * Takes a step on a version for a user who may read it.
     *
     * @param comment the reviewer's comment, required to return a version; optional otherwise
     * @return why the step was refused, or empty if it was taken
     */
    Optional<String> step(PortalUser user, WorkItem item, Step step, @Nullable String comment) {
        String said = comment == null ? "" : comment.strip();
        Optional<String> refusal = WorkflowRules.refusal(
                step,
                new WorkflowRules.Actor(user.role(), user.unitId(), user.regionId()),
                new WorkflowRules.Subject(
                        item.unitId(),
                        item.document().regionId(),
                        item.version().state(),
                        item.version().validation().errors()));
        if (refusal.isPresent()) {
            return refusal;
        }
        if (step == Step.RETURN && said.isEmpty()) {
            return Optional.of("退回须填写审核意见，说明需要更正之处。");
        }
        if (said.length() > MAX_TEXT) {
            return Optional.of("意见不能超过 " + MAX_TEXT + " 字。");
        }
        Boolean taken = transaction.execute(status -> take(user, item, step, said));
        return Boolean.TRUE.equals(taken) ? Optional.empty() : Optional.of("该版本的状态已被他人更改，请刷新后重试。");
    }

    private boolean take(PortalUser user, WorkItem item, Step step, String comment) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = item.version().id();
        boolean moved =
                switch (step) {
                    case SUBMIT, RETURN -> workflow.move(id, step.sources(), step.target());
                    case APPROVE -> workflow.approve(id, user.getUsername(), now);
                    case PUBLISH -> workflow.publish(id, user.getUsername(), now);
                };
        if (!moved) {
            return false;
        }
        StringBuilder details = new StringBuilder()
                .append(item.document().title())
                .append("第")
                .append(item.version().number())
                .append("版：")
                .append(item.version().state().label())
                .append(" → ")
                .append(step.target().label())
                .append('。');
        if (!comment.isEmpty()) {
            details.append("意见：").append(comment);
        }
        if (step == Step.PUBLISH) {
            details.append(VersionFile.digests(documents.files(id)));
            events.publishEvent(new VersionPublished(id));
        }
        audit.record(now, user.getUsername(), step.label(), AuditLogRepository.VERSION, id, details.toString());
        return true;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("临时目录 {} 未能删除：{}", directory, e.getMessage());
        }
    }
}
