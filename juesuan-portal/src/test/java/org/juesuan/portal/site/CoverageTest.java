package org.juesuan.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final LocalDate APPROVED = LocalDate.of(2025, 8, 1);
    private static final LocalDate DEADLINE = Coverage.deadline(APPROVED);

    @Test
    void theDeadlineIsTwentyCalendarDaysAfterApproval() {
        assertThat(DEADLINE).isEqualTo(LocalDate.of(2025, 8, 21));
        // across a month's end and a leap day
        assertThat(Coverage.deadline(LocalDate.of(2024, 2, 20))).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void publishedOnTheTwentiethDayIsOnTime() {
        Coverage.Assessment assessment = Coverage.assess(DEADLINE, APPROVED.plusDays(20), LocalDate.of(2025, 12, 1));
        assertThat(assessment.status()).isEqualTo(Coverage.Status.ON_TIME);
        assertThat(assessment.label()).isEqualTo("已按时公开");
        assertThat(assessment.published()).isTrue();
    }

    @Test
    void publishedBeforeApprovalIsOnTime() {
        assertThat(Coverage.assess(DEADLINE, APPROVED.minusDays(3), APPROVED).status())
                .isEqualTo(Coverage.Status.ON_TIME);
    }

    @Test
    void publishedOnTheTwentyFirstDayIsOneDayLate() {
        Coverage.Assessment assessment = Coverage.assess(DEADLINE, APPROVED.plusDays(21), LocalDate.of(2025, 12, 1));
        assertThat(assessment.status()).isEqualTo(Coverage.Status.LATE);
        assertThat(assessment.days()).isEqualTo(1);
        assertThat(assessment.label()).isEqualTo("逾期公开（逾期1天）");
    }

    @Test
    void notPublishedBeforeTheDeadlineCountsTheDaysLeft() {
        Coverage.Assessment assessment = Coverage.assess(DEADLINE, null, LocalDate.of(2025, 8, 11));
        assertThat(assessment.status()).isEqualTo(Coverage.Status.PENDING);
        assertThat(assessment.label()).isEqualTo("未公开（尚未到期，剩10天）");
        assertThat(assessment.published()).isFalse();
        // on the deadline day itself there is still time
        assertThat(Coverage.assess(DEADLINE, null, DEADLINE).label()).isEqualTo("未公开（尚未到期，剩0天）");
    }

    @Test
    void notPublishedAfterTheDeadlineCountsTheDaysOverdue() {
        Coverage.Assessment assessment = Coverage.assess(DEADLINE, null, DEADLINE.plusDays(1));
        assertThat(assessment.status()).isEqualTo(Coverage.Status.OVERDUE);
        assertThat(assessment.label()).isEqualTo("未公开（已逾期1天）");
        assertThat(Coverage.assess(DEADLINE, null, LocalDate.of(2025, 10, 1)).label())
                .isEqualTo("未公开（已逾期41天）");
    }

    @Test
    void withoutAnApprovalDateNothingIsJudged() {
        assertThat(Coverage.assess(null, null, APPROVED).label()).isEqualTo("未设定批复日期");
        Coverage.Assessment published = Coverage.assess(null, APPROVED, APPROVED);
        assertThat(published.status()).isEqualTo(Coverage.Status.NO_APPROVAL);
        assertThat(published.published()).isTrue();
    }

    @Test
    void summaryCountsAndRoundsThePercentagesHalfUp() {
        LocalDate today = LocalDate.of(2025, 9, 30);
        List<Coverage.Assessment> assessments = List.of(
                Coverage.assess(DEADLINE, DEADLINE, today),
                Coverage.assess(DEADLINE, DEADLINE.plusDays(5), today),
                Coverage.assess(DEADLINE, null, today),
                Coverage.assess(null, APPROVED, today),
                Coverage.assess(null, null, today),
                Coverage.assess(DEADLINE, null, today));
        Coverage.Summary summary = Coverage.summarize(assessments);
        assertThat(summary).isEqualTo(new Coverage.Summary(6, 3, 1, 1));
        // 3/6 = 50.0 %, 1/6 = 16.666… % → 16.7 %
        assertThat(summary.publishedPercent()).contains(new BigDecimal("50.0"));
        assertThat(summary.onTimePercent()).contains(new BigDecimal("16.7"));
        // 2/3 = 66.666… % → 66.7 %; 1/8 = 12.5 % exactly
        assertThat(new Coverage.Summary(3, 2, 2, 0).publishedPercent()).contains(new BigDecimal("66.7"));
        assertThat(new Coverage.Summary(8, 1, 1, 0).onTimePercent()).contains(new BigDecimal("12.5"));
        assertThat(new Coverage.Summary(0, 0, 0, 0).publishedPercent()).isEmpty();
    }
}
