package org.juesuan.portal.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.site.Coverage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publication deadlines (公开时限), for administrators: per region and fiscal year, the finance bureau's approval date
 * (批复日期) and the publication deadline, by default 20 days after approval (《预算法》第十四条); another deadline
 * needs a note saying why. Each change is recorded in the audit log with its values before and after.
 */
@Controller
class DeadlinesController {

    /** The fiscal years an administrator may set. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    /** The longest note. */
    static final int MAX_NOTE = 500;

    private final DeadlineRepository deadlines;
    private final AdminStore store;
    private final AdminLog log;
    private final Clock clock;
    private final ZoneId zone;

    DeadlinesController(
            DeadlineRepository deadlines,
            AdminStore store,
            AdminLog log,
            Clock clock,
            @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.store = Objects.requireNonNull(store, "store");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = ZoneId.of(zone);
    }

    /**
     * A region's line of the page.
     *
     * @param regionId the region
     * @param region its name
     * @param approvedOn the approval date, or empty
     * @param publishBy the deadline, or empty
     * @param note the note, or empty
     * @param updated who set it and when, or empty
     */
    record Row(long regionId, String region, String approvedOn, String publishBy, String note, String updated) {}

    @GetMapping("/admin/deadlines")
    String list(@RequestParam(name = "year", required = false) @Nullable Integer year, Model model) {
        int shown = year != null ? year : LocalDate.now(clock.withZone(zone)).getYear() - 1;
        Map<Long, DeadlineRepository.Deadline> byRegion = new HashMap<>();
        deadlines.ofYear(shown).forEach(deadline -> byRegion.put(deadline.regionId(), deadline));
        List<Row> rows = new ArrayList<>();
        for (AdminStore.Region region : store.regions()) {
            DeadlineRepository.@Nullable Deadline deadline = byRegion.get(region.id());
            rows.add(
                    deadline == null
                            ? new Row(region.id(), region.name(), "", "", "", "")
                            : new Row(
                                    region.id(),
                                    region.name(),
                                    deadline.approvedOn().toString(),
                                    deadline.publishBy().toString(),
                                    deadline.note(),
                                    deadline.updatedBy() + "，"
                                            + deadline.updatedAt()
                                                    .atZoneSameInstant(zone)
                                                    .toLocalDate()));
        }
        model.addAttribute("year", shown);
        model.addAttribute("rows", rows);
        model.addAttribute("regions", store.regions());
        model.addAttribute("days", Coverage.DAYS_AFTER_APPROVAL);
        return "admin-deadlines";
    }

    @PostMapping("/admin/deadlines")
    @Transactional
    public String save(
            @RequestParam(name = "regionId", required = false) @Nullable Long regionId,
            @RequestParam(name = "year", required = false) @Nullable Integer year,
            @RequestParam(name = "approvedOn", defaultValue = "") String approvedOn,
            @RequestParam(name = "publishBy", defaultValue = "") String publishBy,
            @RequestParam(name = "note", defaultValue = "") String note,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        AdminStore.@Nullable Region region =
                regionId == null ? null : store.region(regionId).orElse(null);
        if (region == null) {
            problems.add("请选择地区");
        }
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add("请填写决算年度（" + FIRST_YEAR + "–" + LAST_YEAR + "）");
        }
        Optional<LocalDate> approved = date(approvedOn);
        if (approved.isEmpty()) {
            problems.add("请填写批复日期（如 2025-08-01）");
        }
        Optional<LocalDate> deadline = publishBy.isBlank() ? approved.map(Coverage::deadline) : date(publishBy);
        if (!publishBy.isBlank() && deadline.isEmpty()) {
            problems.add("公开截止日期格式有误（如 2025-08-21），或留空按批复后 " + Coverage.DAYS_AFTER_APPROVAL + " 日计");
        }
        String stripped = note.strip();
        if (stripped.length() > MAX_NOTE) {
            problems.add("说明不超过 " + MAX_NOTE + " 字");
        }
        if (approved.isPresent() && deadline.isPresent()) {
            if (deadline.get().isBefore(approved.get())) {
                problems.add("公开截止日期不能早于批复日期");
            } else if (!deadline.get().equals(Coverage.deadline(approved.get())) && stripped.isEmpty()) {
                problems.add("公开截止日期不是批复后 " + Coverage.DAYS_AFTER_APPROVAL + " 日（" + Coverage.deadline(approved.get())
                        + "），请填写说明");
            }
        }
        String back = "redirect:/admin/deadlines" + (year == null ? "" : "?year=" + year);
        if (!problems.isEmpty() || region == null || year == null) {
            redirect.addFlashAttribute("problems", problems);
            return back;
        }
        Optional<DeadlineRepository.Deadline> before = deadlines.find(region.id(), year);
        Changes changes = new Changes()
                .field(
                        "批复日期",
                        before.map(DeadlineRepository.Deadline::approvedOn).orElse(null),
                        approved.get())
                .field(
                        "公开截止日期",
                        before.map(DeadlineRepository.Deadline::publishBy).orElse(null),
                        deadline.get())
                .field("说明", before.map(DeadlineRepository.Deadline::note).orElse(null), stripped);
        if (changes.isEmpty()) {
            redirect.addFlashAttribute("message", "未作修改。");
            return back;
        }
        deadlines.save(new DeadlineRepository.Deadline(
                region.id(), year, approved.get(), deadline.get(), stripped, admin.getUsername(), log.now()));
        log.record(
                admin.getUsername(),
                "设置公开时限",
                AdminLog.REGION,
                region.id(),
                "地区 " + region.name() + " " + year + "年度决算：" + changes);
        redirect.addFlashAttribute(
                "message", "已设置地区 " + region.name() + " " + year + "年度的公开时限：" + deadline.get() + " 前公开。");
        return back;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
