package org.juesuan.portal.security;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page (登录页面), in Chinese: what went wrong with the last attempt, if anything. Spring Security itself
 * checks the POST of the form.
 */
@Controller
final class LoginController {

    private final LoginAttempts attempts;

    LoginController(LoginAttempts attempts) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
    }

    @GetMapping("/login")
    String login(
            @RequestParam(name = "error", required = false) @Nullable String error,
            @RequestParam(name = "locked", required = false) @Nullable String locked,
            @RequestParam(name = "logout", required = false) @Nullable String logout,
            Model model) {
        String message = null;
        if (locked != null) {
            message = "连续多次密码错误，账号已锁定，请 " + attempts.lockDuration().toMinutes() + " 分钟后再试或联系管理员。";
        } else if (error != null) {
            message = "用户名或密码错误。";
        }
        model.addAttribute("message", message);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("limit", attempts.limit());
        model.addAttribute("minutes", attempts.lockDuration().toMinutes());
        return "login";
    }
}
