package org.juesuan.portal.work;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.security.PortalUser;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.UserRepository;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management (用户管理), for administrators: the list of users, and a new user with its role, bound to a unit
 * (editor) or a region (reviewer). Each new user is recorded in the audit log.
 */
@Controller
class AdminController {

    /** The shortest password an administrator may give. */
    static final int MIN_PASSWORD = 10;

    private final UserRepository users;
    private final UnitRepository units;
    private final AuditLogRepository audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AdminController(
            UserRepository users,
            UnitRepository units,
            AuditLogRepository audit,
            PasswordEncoder encoder,
            Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.units = Objects.requireNonNull(units, "units");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GetMapping("/admin/users")
    String users(Model model) {
        model.addAttribute("users", users.all());
        List<UnitRepository.Unit> allUnits = units.units();
        List<UnitRepository.Region> allRegions = units.regions();
        model.addAttribute("units", allUnits);
        model.addAttribute("regions", allRegions);
        Map<Long, String> unitNames =
                allUnits.stream().collect(Collectors.toMap(UnitRepository.Unit::id, UnitRepository.Unit::name));
        Map<Long, String> regionNames =
                allRegions.stream().collect(Collectors.toMap(UnitRepository.Region::id, UnitRepository.Region::name));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("regionNames", regionNames);
        model.addAttribute("roles", Role.values());
        return "admin-users";
    }

    @PostMapping("/admin/users")
    @Transactional
    public String create(
            @RequestParam(name = "username", defaultValue = "") String username,
            @RequestParam(name = "displayName", defaultValue = "") String displayName,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "role", defaultValue = "") String role,
            @RequestParam(name = "unitId", required = false) @Nullable Long unitId,
            @RequestParam(name = "regionId", required = false) @Nullable Long regionId,
            @AuthenticationPrincipal PortalUser admin,
            RedirectAttributes redirect) {
        List<String> problems = new ArrayList<>();
        String name = username.strip();
        if (!name.matches("[A-Za-z0-9._-]{2,64}")) {
            problems.add("用户名须为 2–64 个英文字母、数字或 . _ -");
        } else if (users.find(name).isPresent()) {
            problems.add("用户名 " + name + " 已存在");
        }
        if (displayName.isBlank() || displayName.length() > 100) {
            problems.add("请填写姓名（不超过 100 字）");
        }
        if (password.length() < MIN_PASSWORD) {
            problems.add("初始密码至少 " + MIN_PASSWORD + " 个字符");
        }
        Optional<Role> parsed = Arrays.stream(Role.values())
                .filter(candidate -> candidate.name().equals(role))
                .findFirst();
        @Nullable Long unit = null;
        @Nullable Long region = null;
        if (parsed.isEmpty()) {
            problems.add("请选择角色");
        } else if (parsed.get() == Role.EDITOR) {
            if (unitId == null || units.unitName(unitId).isEmpty()) {
                problems.add("部门填报人员须绑定一个单位");
            }
            unit = unitId;
        } else if (parsed.get() == Role.REVIEWER) {
            if (regionId == null || units.regions().stream().noneMatch(candidate -> candidate.id() == regionId)) {
                problems.add("财政审核人员须绑定一个地区");
            }
            region = regionId;
        }
        if (!problems.isEmpty()) {
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/admin/users";
        }
        Role granted = parsed.orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = users.create(name, displayName.strip(), encoder.encode(password), granted, unit, region, now);
        audit.record(
                now,
                admin.getUsername(),
                "创建用户",
                AuditLogRepository.USER,
                id,
                "创建用户 " + name + "（" + granted.label() + bound(unit, region) + "）");
        redirect.addFlashAttribute("created", name);
        return "redirect:/admin/users";
    }

    private static String bound(@Nullable Long unit, @Nullable Long region) {
        if (unit != null) {
            return "，单位 " + unit;
        }
        if (region != null) {
            return "，地区 " + region;
        }
        return "";
    }
}
