package org.juesuan.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.UserRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records logins and logouts in the audit log (登录日志): each successful login, each failed one with the user name
 * as typed (never the password), each attempt on a locked account, and each logout, with the client's address when
 * the request gives it. The lock itself is recorded by {@link LoginAttempts}.
 *
 * <p>Entries are of the object type {@value #LOGIN} with the account's id, when there is such an account.
 */
@Component
class LoginAudit {

    /** The object type of login and logout entries. */
    static final String LOGIN = "login";

    /** The longest actor the audit log holds. */
    private static final int ACTOR_LENGTH = 64;

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final Clock clock;

    LoginAudit(UserRepository users, AuditLogRepository audit, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), "登录成功", "登录成功");
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureLockedEvent) {
            record(event.getAuthentication(), "登录被拒", "账号已锁定，登录被拒绝");
        } else if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            record(event.getAuthentication(), "登录失败", "用户名或密码错误");
        } else {
            record(event.getAuthentication(), "登录失败", "登录未成功：账号不可用");
        }
    }

    @EventListener
    @Transactional
    public void loggedOut(LogoutSuccessEvent event) {
        record(event.getAuthentication(), "退出登录", "退出登录");
    }

    private void record(Authentication authentication, String action, String what) {
        String typed = authentication.getName() == null ? "" : authentication.getName();
        String actor =
                typed.isBlank() ? "（未填写）" : typed.length() > ACTOR_LENGTH ? typed.substring(0, ACTOR_LENGTH) : typed;
        @Nullable Long account = users.find(typed).map(found -> found.id()).orElse(null);
        String details = what + "：用户名 " + typed;
        String address = address(authentication);
        if (address != null) {
            details += "，来自 " + address;
        }
        audit.record(OffsetDateTime.now(clock), actor, action, LOGIN, account, details);
    }

    /** Returns the client's address: of the request being served, else of the login that made the session. */
    private static @Nullable String address(Authentication authentication) {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
