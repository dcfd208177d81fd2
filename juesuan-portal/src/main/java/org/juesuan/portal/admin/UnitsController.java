package org.juesuan.portal.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * Units (单位管理), for administrators: the list, a new unit, a unit's name, short name, level of government, region
 * and parent unit, and deleting a unit that nothing refers to yet. A unit with documents is never deleted: its
 * published disclosures must stay online. Each change is recorded in the audit log with its values before and after.
 */
@Controller
class UnitsController {

    /** The levels of government a unit may have, as datasets state them. */
    static final List<String> LEVELS = List.of("中央", "省", "市", "区", "县");

    /** The longest name or short name a unit may have. */
    static final int MAX_NAME = 200;

    private final AdminStore store;
    private final AdminLog log;

    UnitsController(AdminStore store, AdminLog log) {
        this.store = Objects.requireNonNull(store, "store");
        this.log = Objects.requireNonNull(log, "log");
    }

    @GetMapping("/admin/units")
    String list(Model model) {
        List<AdminStore.Unit> units = store.units();
        model.addAttribute("units", units);
        model.addAttribute("unitNames", unitNames(units));
        model.addAttribute("regions", store.regions());
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("levels", LEVELS);
        return "admin-units";
    }

    @GetMapping("/admin/units/{id}")
    String edit(@PathVariable("id") long id, Model model) {
        AdminStore.Unit unit = store.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("unit", unit);
        model.addAttribute("regions", store.regions());
        model.addAttribute(
                "parents",
                store.units().stream().filter(candidate -> candidate.id() != id).toList());
        model.addAttribute("regionNames", regionNames());
        model.addAttribute("levels", LEVELS);
        model.addAttribute("documents", store.documentCount(id));
        return "admin-unit";
    }

    @PostMapping("/admin/units")
    @Transactional
    public String create(
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "shortName", defaultValue = "") String shortName,
            @RequestParam(name = "level", defaultValue = "") String level,
            @RequestParam(name = "regionId", required = false) @Nullable Long regionId,
            @RequestParam(name = "parentId", required = false) @Nullable Long parentId,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        AdminStore.Unit unit = new AdminStore.Unit(
                0, name.strip(), shortName.strip(), level, regionId == null ? 0 : regionId, parentId);
        List<String> problems = problems(unit, regionId != null);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/units";
        }
        long id = store.createUnit(unit);
        log.record(
                admin.getUsername(),
                "创建单位",
                AdminLog.UNIT,
                id,
                "创建单位 " + unit.name() + "（简称 " + unit.shortName() + "，" + unit.level() + "级，地区 "
                        + regionName(unit.regionId()) + "，上级单位 " + unitName(unit.parentId()) + "）");
        redirect.addFlashAttribute("message", "已创建单位 " + unit.name() + "。");
        return "redirect:/admin/units";
    }

    @PostMapping("/admin/units/{id}")
    @Transactional
    public String update(
            @PathVariable("id") long id,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "shortName", defaultValue = "") String shortName,
            @RequestParam(name = "level", defaultValue = "") String level,
            @RequestParam(name = "regionId", required = false) @Nullable Long regionId,
            @RequestParam(name = "parentId", required = false) @Nullable Long parentId,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        AdminStore.Unit before = store.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        AdminStore.Unit after = new AdminStore.Unit(
                id, name.strip(), shortName.strip(), level, regionId == null ? 0 : regionId, parentId);
        List<String> problems = problems(after, regionId != null);
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/units/" + id;
        }
        Changes changes = new Changes()
                .field("名称", before.name(), after.name())
                .field("简称", before.shortName(), after.shortName())
                .field("层级", before.level(), after.level())
                .field("地区", regionName(before.regionId()), regionName(after.regionId()))
                .field("上级单位", unitName(before.parentId()), unitName(after.parentId()));
        if (changes.isEmpty()) {
            redirect.addFlashAttribute("message", "未作修改。");
            return "redirect:/admin/units/" + id;
        }
        store.updateUnit(after);
        log.record(admin.getUsername(), "修改单位", AdminLog.UNIT, id, "修改单位 " + before.name() + "：" + changes);
        redirect.addFlashAttribute("message", "已保存单位 " + after.name() + "。");
        return "redirect:/admin/units";
    }

    @PostMapping("/admin/units/{id}/delete")
    @Transactional
    public String delete(
            @PathVariable("id") long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes redirect) {
        AdminStore.Unit unit = store.unit(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<String> problems = new ArrayList<>();
        long documents = store.documentCount(id);
        if (documents > 0) {
            problems.add("单位 " + unit.name() + " 已有 " + documents + " 份决算公开文件，不能删除（已公开的内容须保持可查）；" + "如需更名，请修改单位名称。");
        }
        long users = store.userCount(id);
        if (users > 0) {
            problems.add("单位 " + unit.name() + " 仍有 " + users + " 个用户，请先将这些用户改绑其他单位。");
        }
        long children = store.childCount(id);
        if (children > 0) {
            problems.add("单位 " + unit.name() + " 是 " + children + " 个单位的上级单位，请先修改这些单位的上级单位。");
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/units/" + id;
        }
        store.deleteUnit(id);
        log.record(
                admin.getUsername(),
                "删除单位",
                AdminLog.UNIT,
                id,
                "删除单位 " + unit.name() + "（简称 " + unit.shortName() + "，" + unit.level() + "级，地区 "
                        + regionName(unit.regionId()) + "）");
        redirect.addFlashAttribute("message", "已删除单位 " + unit.name() + "。");
        return "redirect:/admin/units";
    }

    private List<String> problems(AdminStore.Unit unit, boolean regionGiven) {
        List<String> problems = new ArrayList<>();
        boolean regionKnown = regionGiven && store.region(unit.regionId()).isPresent();
        if (unit.name().isEmpty() || unit.name().length() > MAX_NAME) {
            problems.add("请填写单位全称（不超过 " + MAX_NAME + " 字）");
        } else if (regionKnown && store.unitNameTaken(unit.regionId(), unit.name(), unit.id())) {
            problems.add("该地区已有单位 " + unit.name());
        }
        if (unit.shortName().isEmpty() || unit.shortName().length() > MAX_NAME) {
            problems.add("请填写单位简称（不超过 " + MAX_NAME + " 字）");
        }
        if (!LEVELS.contains(unit.level())) {
            problems.add("请选择层级（" + String.join("、", LEVELS) + "）");
        }
        if (!regionKnown) {
            problems.add("请选择单位所在地区");
        }
        if (unit.parentId() != null) {
            Optional<AdminStore.Unit> parent = store.unit(unit.parentId());
            if (parent.isEmpty()) {
                problems.add("所选上级单位不存在");
            } else if (unit.id() != 0 && liesIn(unit.parentId(), unit.id())) {
                problems.add("上级单位不能是本单位或其下属单位");
            }
        }
        return problems;
    }

    /** Returns whether {@code unit} is {@code ancestor} or lies below it. */
    private boolean liesIn(long unit, long ancestor) {
        Map<Long, @Nullable Long> parents = new HashMap<>();
        store.units().forEach(candidate -> parents.put(candidate.id(), candidate.parentId()));
        return Hierarchy.liesIn(parents, unit, ancestor);
    }

    private Map<Long, String> regionNames() {
        Map<Long, String> names = new HashMap<>();
        store.regions().forEach(region -> names.put(region.id(), region.name()));
        return names;
    }

    private static Map<Long, String> unitNames(List<AdminStore.Unit> units) {
        Map<Long, String> names = new HashMap<>();
        units.forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }

    private String regionName(long regionId) {
        return store.region(regionId).map(AdminStore.Region::name).orElse(Changes.NONE);
    }

    private String unitName(@Nullable Long unitId) {
        if (unitId == null) {
            return Changes.NONE;
        }
        return store.unit(unitId).map(AdminStore.Unit::name).orElse(Changes.NONE);
    }
}
