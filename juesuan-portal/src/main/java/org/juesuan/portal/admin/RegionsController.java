package org.juesuan.portal.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.security.PortalUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Regions (地区管理), for administrators: the list, a new region, and a region's name and the region it lies in. Each
 * change is recorded in the audit log with its values before and after.
 */
@Controller
class RegionsController {

    /** The longest name a region may have. */
    static final int MAX_NAME = 200;

    private final AdminStore store;
    private final AdminLog log;

    RegionsController(AdminStore store, AdminLog log) {
        this.store = Objects.requireNonNull(store, "store");
        this.log = Objects.requireNonNull(log, "log");
    }

    @GetMapping("/admin/regions")
    String list(Model model) {
        List<AdminStore.Region> regions = store.regions();
        Map<Long, String> names = new HashMap<>();
        regions.forEach(region -> names.put(region.id(), region.name()));
        model.addAttribute("regions", regions);
        model.addAttribute("names", names);
        return "admin-regions";
    }

    @GetMapping("/admin/regions/{id}")
    String edit(@PathVariable("id") long id, Model model) {
        AdminStore.Region region =
                store.region(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("region", region);
        model.addAttribute(
                "parents",
                store.regions().stream()
                        .filter(candidate -> candidate.id() != id)
                        .toList());
        return "admin-region";
    }

    @PostMapping("/admin/regions")
    @Transactional
    public String create(
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "parentId", required = false) @Nullable Long parentId,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        String stripped = name.strip();
        List<String> problems = problems(stripped, parentId, 0);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/regions";
        }
        long id = store.createRegion(stripped, parentId);
        log.record(
                admin.getUsername(),
                "创建地区",
                AdminLog.REGION,
                id,
                "创建地区 " + stripped + "（上级地区：" + parentName(parentId) + "）");
        redirect.addFlashAttribute("message", "已创建地区 " + stripped + "。");
        return "redirect:/admin/regions";
    }

    @PostMapping("/admin/regions/{id}")
    @Transactional
    public String update(
            @PathVariable("id") long id,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "parentId", required = false) @Nullable Long parentId,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        AdminStore.Region before =
                store.region(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String stripped = name.strip();
        List<String> problems = problems(stripped, parentId, id);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/regions/" + id;
        }
        Changes changes = new Changes()
                .field("名称", before.name(), stripped)
                .field("上级地区", parentName(before.parentId()), parentName(parentId));
        if (changes.isEmpty()) {
            redirect.addFlashAttribute("message", "未作修改。");
            return "redirect:/admin/regions/" + id;
        }
        store.updateRegion(id, stripped, parentId);
        log.record(admin.getUsername(), "修改地区", AdminLog.REGION, id, "修改地区 " + before.name() + "：" + changes);
        redirect.addFlashAttribute("message", "已保存地区 " + stripped + "。");
        return "redirect:/admin/regions";
    }

    private List<String> problems(String name, @Nullable Long parentId, long id) {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add("请填写地区全称（不超过 " + MAX_NAME + " 字）");
        } else if (store.regionNameTaken(name, id)) {
            problems.add("地区 " + name + " 已存在");
        }
        if (parentId != null) {
            if (store.region(parentId).isEmpty()) {
                problems.add("所选上级地区不存在");
            } else if (id != 0 && liesIn(parentId, id)) {
                problems.add("上级地区不能是本地区或其下级地区");
            }
        }
        return problems;
    }

    /** Returns whether {@code region} is {@code ancestor} or lies below it. */
    private boolean liesIn(long region, long ancestor) {
        Map<Long, @Nullable Long> parents = new HashMap<>();
        store.regions().forEach(candidate -> parents.put(candidate.id(), candidate.parentId()));
        return Hierarchy.liesIn(parents, region, ancestor);
    }

    private String parentName(@Nullable Long parentId) {
        if (parentId == null) {
            return Changes.NONE;
        }
        return store.region(parentId).map(AdminStore.Region::name).orElse(Changes.NONE);
    }
}
