package org.juesuan.portal.work;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.store.DocumentRepository;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.VersionState;
import org.juesuan.portal.store.WorkItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The workspace (工作台): an editor sees every version of their own unit's documents, drafts included; a reviewer
 * sees what the units of their region submitted. A version outside what the user may see is answered 404, exactly
 * like one that does not exist, so that nobody learns of other units' drafts.
 */
@Controller
final class WorkspaceController {

    private final DocumentRepository documents;
    private final UnitRepository units;
    private final ZoneId zone;

    WorkspaceController(
            DocumentRepository documents, UnitRepository units, @Value("${juesuan.zone:Asia/Shanghai}") String zone) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.units = Objects.requireNonNull(units, "units");
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
        model.addAttribute("scope", scope);
        model.addAttribute(
                "items", items.stream().map(item -> WorkViews.row(item, zone)).toList());
        return "workspace";
    }

    @GetMapping("/workspace/versions/{id}")
    String version(@PathVariable("id") long id, @AuthenticationPrincipal PortalUser user, Model model) {
        WorkItem item = documents
                .workItem(id)
                .filter(found -> mayRead(user, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个版本，或无权查看"));
        model.addAttribute("user", user);
        model.addAttribute("item", WorkViews.row(item, zone));
        model.addAttribute("validation", item.version().validation());
        return "workspace-version";
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
