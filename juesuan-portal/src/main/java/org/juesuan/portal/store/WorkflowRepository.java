package org.juesuan.portal.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.juesuan.core.issue.Severity;
import org.juesuan.core.rule.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the review workflow stores beyond a version (审核流程数据): the findings of validation finding by finding,
 * the changes of state, each only from the states it may come from, and the approval time (批复时间).
 *
 * <p>Thread-safe; runs in the caller's transaction, if any.
 */
@Component
public final class WorkflowRepository {

    private final JdbcClient jdbc;

    /** Creates the repository over a JDBC client. */
    public WorkflowRepository(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Stores the findings of a version, numbered from 1 in the order given. */
    public void addFindings(long versionId, List<Finding> findings) {
        addFindings(versionId, findings, UnaryOperator.identity());
    }

    /**
     * Stores the findings of a version, numbered from 1 in the order given.
     *
     * @param source how a finding's source is shown, e.g. without the temporary directory an upload was read from
     */
    public void addFindings(long versionId, List<Finding> findings, UnaryOperator<String> source) {
        int number = 0;
        for (Finding finding : findings) {
            number++;
            jdbc.sql("INSERT INTO version_findings (version_id, finding_number, severity, rule_id, table_id, row_id,"
                            + " column_id, place, source, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            versionId,
                            number,
                            finding.severity().name(),
                            finding.ruleId(),
                            finding.table(),
                            finding.row(),
                            finding.column(),
                            finding.place(),
                            source.apply(finding.source().display()),
                            finding.message())
                    .update();
        }
    }

    /** Returns the findings of a version, in their order. */
    public List<StoredFinding> findings(long versionId) {
        return jdbc.sql("SELECT finding_number, severity, rule_id, table_id, row_id, column_id, place, source, message"
                        + " FROM version_findings WHERE version_id = ? ORDER BY finding_number")
                .param(versionId)
                .query((row, n) -> new StoredFinding(
                        row.getInt("finding_number"),
                        Severity.valueOf(row.getString("severity")),
                        row.getString("rule_id"),
                        row.getString("table_id"),
                        row.getString("row_id"),
                        row.getString("column_id"),
                        row.getString("place"),
                        row.getString("source"),
                        row.getString("message")))
                .list();
    }

    /** Returns the id of a unit's document of a year, if there is one. */
    public Optional<Long> document(long unitId, int fiscalYear) {
        return jdbc.sql("SELECT id FROM documents WHERE unit_id = ? AND fiscal_year = ?")
                .params(unitId, fiscalYear)
                .query(Long.class)
                .optional();
    }

    /** Returns whether a document has a published version. */
    public boolean hasPublished(long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM versions WHERE document_id = ? AND state = 'PUBLISHED'")
                        .param(documentId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Moves a version to a state, if it is in one of the states it may come from.
     *
     * @return whether it moved (false if its state changed meanwhile)
     */
    public boolean move(long versionId, Set<VersionState> from, VersionState to) {
        if (to == VersionState.PUBLISHED || to == VersionState.APPROVED) {
            throw new IllegalArgumentException("use approve or publish for " + to);
        }
        return jdbc.sql("UPDATE versions SET state = ? WHERE id = ? AND state IN (" + placeholders(from) + ")")
                        .params(params(to, versionId, from))
                        .update()
                == 1;
    }

    /** Approves a submitted version, recording when (批复时间) and by whom; returns whether it was submitted. */
    public boolean approve(long versionId, String by, OffsetDateTime at) {
        return jdbc.sql("UPDATE versions SET state = 'APPROVED', approved_by = ?, approved_at = ?"
                                + " WHERE id = ? AND state = 'SUBMITTED'")
                        .params(by, at, versionId)
                        .update()
                == 1;
    }

    /** Publishes an approved version; returns whether it was approved. From now on the database refuses changes. */
    public boolean publish(long versionId, String by, OffsetDateTime at) {
        return jdbc.sql("UPDATE versions SET state = 'PUBLISHED', published_by = ?, published_at = ?"
                                + " WHERE id = ? AND state = 'APPROVED'")
                        .params(by, at, versionId)
                        .update()
                == 1;
    }

    /** Returns when a version was approved (批复时间), if it was. */
    public Optional<OffsetDateTime> approvedAt(long versionId) {
        return jdbc.sql("SELECT approved_at FROM versions WHERE id = ?")
                .param(versionId)
                .query((row, n) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)))
                .optional()
                .flatMap(found -> found);
    }

    private static String placeholders(Set<VersionState> states) {
        return states.stream().map(state -> "?").collect(Collectors.joining(", "));
    }

    private static Object[] params(VersionState to, long versionId, Set<VersionState> from) {
        Object[] params = new Object[2 + from.size()];
        params[0] = to.name();
        params[1] = versionId;
        int i = 2;
        for (VersionState state : from.stream().sorted().toList()) {
            params[i++] = state.name();
        }
        return params;
    }
}
