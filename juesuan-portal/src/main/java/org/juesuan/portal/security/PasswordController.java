package org.juesuan.portal.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.UserAccount;
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
 * Changing one's own password (修改密码), for every logged-in user: the current password, then the new one twice.
 * The change is recorded in the audit log, without either password.
 */
@Controller
class PasswordController {

    /** The shortest password accepted. */
    static final int MIN_LENGTH = 10;

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordEncoder encoder;
    private final Clock clock;

    PasswordController(UserRepository users, AuditLogRepository audit, PasswordEncoder encoder, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("minLength", MIN_LENGTH);
        return "password";
    }

    @PostMapping("/account/password")
    @Transactional
    public String change(
            @RequestParam(name = "current", defaultValue = "") String current,
            @RequestParam(name = "password", defaultValue = "") String password,
            @RequestParam(name = "repeat", defaultValue = "") String repeat,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes redirect) {
        UserAccount account = users.find(user.getUsername()).orElseThrow();
        String problem = null;
        if (!encoder.matches(current, account.passwordHash())) {
            problem = "当前密码不正确。";
        } else if (password.length() < MIN_LENGTH) {
            problem = "新密码至少 " + MIN_LENGTH + " 个字符。";
        } else if (!password.equals(repeat)) {
            problem = "两次输入的新密码不一致。";
        } else if (password.equals(current)) {
            problem = "新密码不能与当前密码相同。";
        }
        if (problem != null) {
            redirect.addFlashAttribute("problem", problem);
            return "redirect:/account/password";
        }
        users.changePassword(account.id(), encoder.encode(password));
        audit.record(
                OffsetDateTime.now(clock),
                account.username(),
                "修改密码",
                AuditLogRepository.USER,
                account.id(),
                "用户 " + account.username() + " 修改了自己的密码");
        redirect.addFlashAttribute("changed", true);
        return "redirect:/account/password";
    }
}
