package org.juesuan.portal.work;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.issue.DisclosureException;
import org.juesuan.portal.publication.VersionTables;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.StoredFinding;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.VersionState;
import org.juesuan.portal.store.WorkItem;
import org.juesuan.portal.store.WorkflowRepository;
import org.juesuan.portal.work.WorkflowRules.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workspace (工作台): an editor sees every version of their own unit's documents, drafts included; a reviewer
 * sees what the units of their region submitted. A version outside what the user may see is answered 404, exactly
 * like one that does not exist, so that nobody learns of other units' drafts.
 *
 * <p>The workflow (审核流程): an editor uploads a workbook or dataset of their unit, stored as a draft with its
 * findings shown at their cells; submits it; the reviewer approves or returns it with a comment; the editor
 * publishes it. Each step is a POST, checked by {@link WorkflowRules} and recorded in the audit log, which the
 * version page shows as its review history.
 */
@Controller
final class WorkspaceController {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceController.class);

    private final DocumentRepository documents;
    private final UnitRepository units;
    private final WorkflowRepository workflow;
    private final WorkflowService service;
    private final VersionTables tables;
    private final AuditLogRepository audit;
    private final ZoneId zone;

    WorkspaceController(
            DocumentRepository documents,
            UnitRepository units,
            WorkflowRepository workflow,
            WorkflowService service,
            VersionTables tables,
            AuditLogRepository audit,
            @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.units = Objects.requireNonNull(units, "units");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
        this.service = Objects.requireNonNull(service, "service");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/workspace")
    String workspace(@AuthenticationPrincipal PortalUser user, Model model) {
        List<WorkItem> items;
        String scope;
        if (user.role() == Role.EDITOR && user.unitId() != null) {
            items = documents.workOfUnit(user.unitId());
            scope = units.unitName(user.unitId()).orElse("") + "的决算与各版本（含草稿）";
        } else if (user.role() == Role.REVIEWER && user.regionId() != null) {
            items = documents.workOfRegion(user.regionId(), VersionState.SUBMITTED);
            scope = regionName(user.regionId()) + "各单位已报送、待审核的版本";
        } else {
            items = List.of();
            scope = "账号未绑定单位或地区，请联系管理员。";
        }
        model.addAttribute("user", user);
        model.addAttribute("mayUpload", user.role() == Role.EDITOR && user.unitId() != null);
        model.addAttribute("maxText", WorkflowService.MAX_TEXT);
        model.addAttribute("scope", scope);
        model.addAttribute(
                "items", items.stream().map(item -> WorkViews.row(item, zone)).toList());
        return "workspace";
    }

    @PostMapping("/workspace/upload")
    String upload(
            @AuthenticationPrincipal PortalUser user,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of("请选择要上传的填报工作簿（.xlsx）或数据集（.yaml、.json）。"));
            return "redirect:/workspace";
        }
        WorkflowService.Upload upload;
        try (InputStream content = file.getInputStream()) {
            upload = service.upload(user, file.getOriginalFilename(), content, reason);
        }
        if (upload.versionId() == null) {
            redirect.addFlashAttribute("problems", upload.problems());
            redirect.addFlashAttribute("reason", reason == null ? "" : reason);
            return "redirect:/workspace";
        }
        redirect.addFlashAttribute("notice", "已上传并生成新版本（草稿）。");
        return "redirect:/workspace/versions/" + upload.versionId();
    }

    @GetMapping("/workspace/versions/{id}")
    String version(@PathVariable("id") long id, @AuthenticationPrincipal PortalUser user, Model model) {
        WorkItem item = readable(id, user);
        List<StoredFinding> findings = workflow.findings(id);
        model.addAttribute("user", user);
        model.addAttribute("item", WorkViews.row(item, zone));
        model.addAttribute("validation", item.version().validation());
        model.addAttribute("reason", item.version().correctionReason().orElse(null));
        model.addAttribute(
                "approvedAt",
                workflow.approvedAt(id).map(at -> WorkViews.time(at, zone)).orElse(null));
        model.addAttribute("findings", findings);
        model.addAttribute("tables", findingTables(id, findings));
        model.addAttribute(
                "history",
                audit.entries(AuditLogRepository.VERSION, id).stream()
                        .map(entry -> WorkViews.history(entry, zone))
                        .toList());
        List<String> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            if (WorkflowRules.refusal(step, actor(user), subject(item)).isEmpty()) {
                steps.add(step.name().toLowerCase(Locale.ROOT));
            }
        }
        model.addAttribute("steps", steps);
        model.addAttribute("mayUpload", user.role() == Role.EDITOR);
        model.addAttribute(
                "blocked",
                item.version().validation().errors() > 0
                        && Step.SUBMIT.sources().contains(item.version().state())
                        && user.role() == Role.EDITOR);
        return "workspace-version";
    }

    @PostMapping("/workspace/versions/{id}/{step}")
    String step(
            @PathVariable("id") long id,
            @PathVariable("step") String name,
            @RequestParam(name = "comment", required = false) @Nullable String comment,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes redirect) {
        WorkItem item = readable(id, user);
        Step step = Arrays.stream(Step.values())
                .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这项操作"));
        Optional<String> refused = service.step(user, item, step, comment);
        if (refused.isPresent()) {
            redirect.addFlashAttribute("problems", List.of(refused.get()));
            redirect.addFlashAttribute("comment", comment == null ? "" : comment);
        } else {
            redirect.addFlashAttribute("notice", "已" + step.label() + "。");
        }
        return "redirect:/workspace/versions/" + id;
    }

    /** Returns the tables the findings concern, cells marked; none if no finding concerns a table cell. */
    private List<FindingTables.Table> findingTables(long id, List<StoredFinding> findings) {
        if (findings.stream().noneMatch(StoredFinding::inTable)) {
            return List.of();
        }
        try {
            return FindingTables.of(tables.printed(id), findings);
        } catch (DisclosureException unreadable) {
            // a version stored before its dataset could be read again: the list of findings still shows
            LOG.warn("版本 {} 的数据集无法再次读取，校验发现不在表中标注：{}", id, unreadable.getMessage());
            return List.of();
        }
    }

    private WorkItem readable(long id, PortalUser user) {
        return documents
                .workItem(id)
                .filter(found -> mayRead(user, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个版本，或无权查看"));
    }

    private static WorkflowRules.Actor actor(PortalUser user) {
        return new WorkflowRules.Actor(user.role(), user.unitId(), user.regionId());
    }

    private static WorkflowRules.Subject subject(WorkItem item) {
        return new WorkflowRules.Subject(
                item.unitId(),
                item.document().regionId(),
                item.version().state(),
                item.version().validation().errors());
    }

    /** Returns whether a user may read a version: an editor their unit's, a reviewer their region's submissions. */
    static boolean mayRead(PortalUser user, WorkItem item) {
        return switch (user.role()) {
            case EDITOR -> user.unitId() != null && user.unitId() == item.unitId();
            case REVIEWER ->
                user.regionId() != null
                        && user.regionId() == item.document().regionId()
                        && item.version().state() != VersionState.DRAFT;
            case ADMIN -> false;
        };
    }

    private String regionName(long regionId) {
        return units.regions().stream()
                .filter(region -> region.id() == regionId)
                .map(UnitRepository.Region::name)
                .findFirst()
                .orElse("");
    }
}
