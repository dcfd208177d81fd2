package org.juesuan.portal.admin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The publication deadlines (公开时限) of each region and fiscal year: the finance bureau's approval date (批复日期)
 * and the date by which the region's units must publish.
 *
 * <p>Thread-safe; runs in the caller's transaction.
 */
@Component
public final class DeadlineRepository {

    private static final String COLUMNS =
            "SELECT region_id, fiscal_year, approved_on, publish_by, note, updated_by, updated_at FROM deadlines";

    private static final RowMapper<Deadline> ROW = (row, n) -> new Deadline(
            row.getLong("region_id"),
            row.getInt("fiscal_year"),
            row.getObject("approved_on", LocalDate.class),
            row.getObject("publish_by", LocalDate.class),
            row.getString("note"),
            row.getString("updated_by"),
            row.getObject("updated_at", OffsetDateTime.class));

    private final JdbcClient jdbc;

    /** Creates the repository over a JDBC client. */
    public DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Returns the deadline of a region and year, if set. */
    public Optional<Deadline> find(long regionId, int fiscalYear) {
        return jdbc.sql(COLUMNS + " WHERE region_id = ? AND fiscal_year = ?")
                .params(regionId, fiscalYear)
                .query(ROW)
                .optional();
    }

    /** Returns every deadline of a fiscal year. */
    public List<Deadline> ofYear(int fiscalYear) {
        return jdbc.sql(COLUMNS + " WHERE fiscal_year = ? ORDER BY region_id")
                .param(fiscalYear)
                .query(ROW)
                .list();
    }

    /** Returns the fiscal years that have a deadline, latest first. */
    public List<Integer> years() {
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM deadlines ORDER BY fiscal_year DESC")
                .query(Integer.class)
                .list();
    }

    /** Sets the deadline of a region and year, replacing the one there was. */
    public void save(Deadline deadline) {
        int changed = jdbc.sql("UPDATE deadlines SET approved_on = ?, publish_by = ?, note = ?, updated_by = ?,"
                        + " updated_at = ? WHERE region_id = ? AND fiscal_year = ?")
                .params(
                        deadline.approvedOn(),
                        deadline.publishBy(),
                        deadline.note(),
                        deadline.updatedBy(),
                        deadline.updatedAt(),
                        deadline.regionId(),
                        deadline.fiscalYear())
                .update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO deadlines (region_id, fiscal_year, approved_on, publish_by, note, updated_by,"
                            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            deadline.regionId(),
                            deadline.fiscalYear(),
                            deadline.approvedOn(),
                            deadline.publishBy(),
                            deadline.note(),
                            deadline.updatedBy(),
                            deadline.updatedAt())
                    .update();
        }
    }

    /**
     * The deadline of one region and fiscal year (公开时限).
     *
     * @param regionId the region
     * @param fiscalYear the fiscal year of the final accounts
     * @param approvedOn the finance bureau's approval date (批复日期)
     * @param publishBy the last day on which publication is on time
     * @param note why the deadline differs from the 20-day rule, or empty
     * @param updatedBy who set it
     * @param updatedAt when
     */
    public record Deadline(
            long regionId,
            int fiscalYear,
            LocalDate approvedOn,
            LocalDate publishBy,
            String note,
            String updatedBy,
            OffsetDateTime updatedAt) {

        /** Creates a deadline. */
        public Deadline {
            Objects.requireNonNull(approvedOn, "approvedOn");
            Objects.requireNonNull(publishBy, "publishBy");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(updatedBy, "updatedBy");
            Objects.requireNonNull(updatedAt, "updatedAt");
        }
    }
}
