package org.juesuan.portal.site;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.admin.AdminStore;
import org.juesuan.portal.admin.DeadlineRepository;
import org.juesuan.portal.admin.Hierarchy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coverage tracker (公开进度), public: for a fiscal year and a region with its sub-regions (or every region),
 * each unit with its approval date, deadline, first publication and where it stands under the 20-day rule, and the
 * counts above. A unit whose accounts a reviewer approved in the portal takes the day of its first approval
 * (批复, {@code versions.approved_at}, in Beijing time) and its own deadline 20 days later; any other unit takes
 * its region's approval date and deadline of the year.
 */
@Controller
final class CoverageController {

    private final JdbcClient jdbc;
    private final AdminStore regions;
    private final DeadlineRepository deadlines;
    private final Clock clock;
    private final ZoneId zone;

    CoverageController(
            JdbcClient jdbc,
            AdminStore regions,
            DeadlineRepository deadlines,
            Clock clock,
            @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = ZoneId.of(zone);
    }

    /**
     * One unit's line of the tracker: plain strings, escaped by the template.
     *
     * @param unit the unit's name
     * @param region its region's name
     * @param approvedOn the approval date, or empty
     * @param deadline the deadline, or empty
     * @param firstPublished the day of first publication, or empty
     * @param status where it stands, in Chinese
     * @param statusKey the status's name, for the style
     * @param documentId the published document, for the link; null if none
     */
    record Row(
            String unit,
            String region,
            String approvedOn,
            String deadline,
            String firstPublished,
            String status,
            String statusKey,
            @Nullable Long documentId) {}

    private record UnitLine(
            long unitId,
            String unit,
            long regionId,
            String region,
            @Nullable Long documentId,
            @Nullable OffsetDateTime firstApproved,
            @Nullable OffsetDateTime firstPublished) {}

    @GetMapping("/coverage")
    String coverage(
            @RequestParam(name = "year", required = false) @Nullable Integer year,
            @RequestParam(name = "region", required = false) @Nullable Long region,
            Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        TreeSet<Integer> years = new TreeSet<>(Collections.reverseOrder());
        years.addAll(deadlines.years());
        years.addAll(jdbc.sql("SELECT DISTINCT fiscal_year FROM documents")
                .query(Integer.class)
                .list());
        int shown = year != null ? year : years.isEmpty() ? today.getYear() - 1 : years.first();
        years.add(shown);
        List<AdminStore.Region> all = regions.regions();
        @Nullable Set<Long> included = region == null ? null : withSubRegions(region, all);
        Map<Long, DeadlineRepository.Deadline> byRegion = new HashMap<>();
        deadlines.ofYear(shown).forEach(deadline -> byRegion.put(deadline.regionId(), deadline));

        List<Row> rows = new ArrayList<>();
        List<Coverage.Assessment> assessments = new ArrayList<>();
        for (UnitLine line : lines(shown)) {
            if (included != null && !included.contains(line.regionId())) {
                continue;
            }
            @Nullable LocalDate approvedOn = null;
            @Nullable LocalDate deadline = null;
            if (line.firstApproved() != null) {
                approvedOn = line.firstApproved().atZoneSameInstant(zone).toLocalDate();
                deadline = Coverage.deadline(approvedOn);
            } else if (byRegion.containsKey(line.regionId())) {
                approvedOn = byRegion.get(line.regionId()).approvedOn();
                deadline = byRegion.get(line.regionId()).publishBy();
            }
            @Nullable
            LocalDate published = line.firstPublished() == null
                    ? null
                    : line.firstPublished().atZoneSameInstant(zone).toLocalDate();
            Coverage.Assessment assessment = Coverage.assess(deadline, published, today);
            assessments.add(assessment);
            rows.add(new Row(
                    line.unit(),
                    line.region(),
                    text(approvedOn),
                    text(deadline),
                    text(published),
                    assessment.label(),
                    assessment.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    published == null ? null : line.documentId()));
        }
        Coverage.Summary summary = Coverage.summarize(assessments);
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("regions", all);
        model.addAttribute("region", region);
        model.addAttribute(
                "regionName",
                region == null
                        ? "全部地区"
                        : all.stream()
                                .filter(candidate -> candidate.id() == region)
                                .map(AdminStore.Region::name)
                                .findFirst()
                                .orElse("（无此地区）"));
        model.addAttribute("today", today.toString());
        model.addAttribute("rows", rows);
        model.addAttribute("summary", summary);
        model.addAttribute("publishedPercent", percent(summary.publishedPercent()));
        model.addAttribute("onTimePercent", percent(summary.onTimePercent()));
        model.addAttribute("days", Coverage.DAYS_AFTER_APPROVAL);
        return "coverage";
    }

    /** Returns the region and every region below it. */
    static Set<Long> withSubRegions(long region, List<AdminStore.Region> all) {
        Map<Long, @Nullable Long> parents = new HashMap<>();
        all.forEach(candidate -> parents.put(candidate.id(), candidate.parentId()));
        Set<Long> found = new HashSet<>();
        for (AdminStore.Region candidate : all) {
            if (Hierarchy.liesIn(parents, candidate.id(), region)) {
                found.add(candidate.id());
            }
        }
        return found;
    }

    /**
     * Every unit with its document of the year, the first approval of it (a correction approved later does not move
     * it) and its first publication, by region and name.
     */
    private List<UnitLine> lines(int year) {
        return jdbc.sql("SELECT u.id, u.name, u.region_id, r.name AS region_name, d.id AS document_id,"
                        + " (SELECT MIN(v.approved_at) FROM versions v WHERE v.document_id = d.id) AS first_approved,"
                        + " (SELECT MIN(v.published_at) FROM versions v WHERE v.document_id = d.id"
                        + " AND v.state = 'PUBLISHED') AS first_published FROM units u"
                        + " JOIN regions r ON r.id = u.region_id"
                        + " LEFT JOIN documents d ON d.unit_id = u.id AND d.fiscal_year = ?"
                        + " ORDER BY r.name, u.name")
                .param(year)
                .query((row, n) -> new UnitLine(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getLong("region_id"),
                        row.getString("region_name"),
                        row.getObject("document_id", Long.class),
                        row.getObject("first_approved", OffsetDateTime.class),
                        row.getObject("first_published", OffsetDateTime.class)))
                .list();
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String percent(Optional<BigDecimal> percent) {
        return percent.map(value -> value.toPlainString() + "%").orElse("—");
    }
}
