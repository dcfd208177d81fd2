package org.juesuan.portal.site;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The 20-day rule (公开时限规则) of 《预算法》第十四条: a department publishes its final accounts within 20 days of the
 * finance bureau's approval. Says, for one unit, whether it published on time, late, not yet, or cannot be judged
 * because no approval date is set; and counts a region's units. Days are calendar days; the deadline day itself is
 * on time.
 *
 * <p>Plain and stateless: no clock, no database; the caller gives today's date in the site's zone.
 */
public final class Coverage {

    /** Days after the approval date within which the final accounts are published. */
    public static final int DAYS_AFTER_APPROVAL = 20;

    private Coverage() {}

    /** Returns the deadline the rule sets for an approval date: 20 calendar days later. */
    public static LocalDate deadline(LocalDate approvedOn) {
        return approvedOn.plusDays(DAYS_AFTER_APPROVAL);
    }

    /** Where a unit stands (公开状态). */
    public enum Status {
        /** Published on or before the deadline. */
        ON_TIME,
        /** Published after the deadline. */
        LATE,
        /** Not published, the deadline not passed yet. */
        PENDING,
        /** Not published, the deadline passed. */
        OVERDUE,
        /** No approval date, so no deadline to judge by. */
        NO_APPROVAL
    }

    /**
     * The assessment of one unit (公开状态评定).
     *
     * @param status where it stands
     * @param days the days late (LATE, OVERDUE) or left (PENDING); 0 otherwise
     * @param published whether it has published
     */
    public record Assessment(Status status, long days, boolean published) {

        /** Returns the status as the site shows it, e.g. 逾期公开（逾期3天）. */
        public String label() {
            return switch (status) {
                case ON_TIME -> "已按时公开";
                case LATE -> "逾期公开（逾期" + days + "天）";
                case PENDING -> "未公开（尚未到期，剩" + days + "天）";
                case OVERDUE -> "未公开（已逾期" + days + "天）";
                case NO_APPROVAL -> "未设定批复日期";
            };
        }
    }

    /**
     * Assesses one unit.
     *
     * @param deadline the last day of timely publication; null if no approval date is set
     * @param firstPublished the day of the first publication, in the site's zone; null if none
     * @param today today, in the site's zone
     */
    public static Assessment assess(@Nullable LocalDate deadline, @Nullable LocalDate firstPublished, LocalDate today) {
        Objects.requireNonNull(today, "today");
        boolean published = firstPublished != null;
        if (deadline == null) {
            return new Assessment(Status.NO_APPROVAL, 0, published);
        }
        if (firstPublished != null) {
            long late = ChronoUnit.DAYS.between(deadline, firstPublished);
            return late <= 0 ? new Assessment(Status.ON_TIME, 0, true) : new Assessment(Status.LATE, late, true);
        }
        long left = ChronoUnit.DAYS.between(today, deadline);
        return left >= 0 ? new Assessment(Status.PENDING, left, false) : new Assessment(Status.OVERDUE, -left, false);
    }

    /**
     * The counts of a region and year (公开进度统计).
     *
     * @param due the units that are to publish (应公开)
     * @param published those that have published (已公开)
     * @param onTime those that published on time (按时)
     * @param late those that published late (逾期)
     */
    public record Summary(int due, int published, int onTime, int late) {

        /** Returns the share published, in percent with one decimal (half up); empty when no unit is due. */
        public Optional<BigDecimal> publishedPercent() {
            return percent(published);
        }

        /** Returns the share published on time, in percent with one decimal (half up); empty when none is due. */
        public Optional<BigDecimal> onTimePercent() {
            return percent(onTime);
        }

        private Optional<BigDecimal> percent(int count) {
            if (due == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(count)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(due), 1, RoundingMode.HALF_UP));
        }
    }

    /** Counts the assessments of a region's units. */
    public static Summary summarize(List<Assessment> assessments) {
        int published = 0;
        int onTime = 0;
        int late = 0;
        for (Assessment assessment : assessments) {
            if (assessment.published()) {
                published++;
            }
            if (assessment.status() == Status.ON_TIME) {
                onTime++;
            } else if (assessment.status() == Status.LATE) {
                late++;
            }
        }
        return new Summary(assessments.size(), published, onTime, late);
    }
}
