package org.juesuan.portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.app.prepare.Definitions;
import org.juesuan.core.issue.Result;
import org.juesuan.core.profile.Profile;
import org.juesuan.core.profile.TableDefinition;
import org.juesuan.portal.security.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Regional profiles (地区口径), for administrators: the profiles the engine knows, with their name, fiscal year and
 * tables, and each region's default profile, which a unit's document of the region uses unless its dataset states
 * one. The setting is stored and shown here; uploads do not read it yet. Each change is recorded in the audit log.
 */
@Controller
class ProfilesController {

    private final Definitions definitions;
    private final AdminStore store;
    private final AdminLog log;

    ProfilesController(Definitions definitions, AdminStore store, AdminLog log) {
        this.definitions = Objects.requireNonNull(definitions, "definitions");
        this.store = Objects.requireNonNull(store, "store");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * A profile as the page lists it.
     *
     * @param id its id
     * @param name its Chinese name, or what is wrong with its files
     * @param fiscalYear its fiscal year, or empty
     * @param tables its tables, in printed order
     * @param regions the regions whose default it is
     */
    record ProfileRow(String id, String name, String fiscalYear, String tables, String regions) {}

    @GetMapping("/admin/profiles")
    String list(Model model) {
        List<AdminStore.Region> regions = store.regions();
        List<ProfileRow> rows = new ArrayList<>();
        for (String id : definitions.profileIds()) {
            Result<Profile> loaded = definitions.profile(id);
            String users = String.join(
                    "、",
                    regions.stream()
                            .filter(region -> id.equals(region.defaultProfile()))
                            .map(AdminStore.Region::name)
                            .toList());
            rows.add(loaded.value()
                    .map(profile -> new ProfileRow(
                            id,
                            profile.name(),
                            profile.fiscalYear() + "年度",
                            String.join(
                                    "、",
                                    profile.tables().stream()
                                            .map(TableDefinition::title)
                                            .toList()),
                            users))
                    .orElseGet(() -> new ProfileRow(id, "（口径文件有误，无法载入）", "", "", users)));
        }
        model.addAttribute("profiles", rows);
        model.addAttribute("profileIds", definitions.profileIds());
        model.addAttribute("regions", regions);
        return "admin-profiles";
    }

    @PostMapping("/admin/profiles")
    @Transactional
    public String setDefault(
            @RequestParam(name = "regionId", required = false) @Nullable Long regionId,
            @RequestParam(name = "profile", defaultValue = "") String profile,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        AdminStore.@Nullable Region region =
                regionId == null ? null : store.region(regionId).orElse(null);
        if (region == null) {
            problems.add("请选择地区");
        }
        @Nullable String chosen = profile.isBlank() ? null : profile.strip();
        if (chosen != null && !definitions.profileIds().contains(chosen)) {
            problems.add("没有编号为 " + chosen + " 的地区口径");
        }
        if (!problems.isEmpty() || region == null) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/profiles";
        }
        Changes changes = new Changes().field("默认口径", region.defaultProfile(), chosen);
        if (changes.isEmpty()) {
            redirect.addFlashAttribute("message", "未作修改。");
            return "redirect:/admin/profiles";
        }
        store.setDefaultProfile(region.id(), chosen);
        log.record(admin.getUsername(), "设置默认口径", AdminLog.REGION, region.id(), "地区 " + region.name() + " " + changes);
        redirect.addFlashAttribute("message", "已设置地区 " + region.name() + " 的默认口径。");
        return "redirect:/admin/profiles";
    }
}
