package org.juesuan.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins (登录失败计数): after {@code juesuan.security.max-failed-logins} wrong passwords in a row
 * (5 by default) the account is locked for {@code juesuan.security.lock-duration} (15 minutes by default) and the
 * lock is recorded in the audit log; a successful login clears the count.
 */
@Component
class LoginAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final Clock clock;
    private final int limit;
    private final Duration lockDuration;

    LoginAttempts(
            UserRepository users,
            AuditLogRepository audit,
            Clock clock,
            @Value("${juesuan.security.max-failed-logins:5}") int limit,
            @Value("${juesuan.security.lock-duration:15m}") Duration lockDuration) {
        if (limit < 1) {
            throw new IllegalArgumentException("juesuan.security.max-failed-logins must be at least 1: " + limit);
        }
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limit = limit;
        this.lockDuration = Objects.requireNonNull(lockDuration, "lockDuration");
    }

    /** Returns how many wrong passwords in a row lock an account. */
    int limit() {
        return limit;
    }

    /** Returns how long an account stays locked. */
    Duration lockDuration() {
        return lockDuration;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        OffsetDateTime now = OffsetDateTime.now(clock);
        users.find(username).ifPresent(account -> {
            if (users.countFailure(username, limit, now.plus(lockDuration))) {
                audit.record(
                        now,
                        username,
                        "账号锁定",
                        AuditLogRepository.USER,
                        account.id(),
                        "连续 " + limit + " 次密码错误，账号锁定至 " + now.plus(lockDuration));
                LOG.warn("账号 {} 连续 {} 次密码错误，已锁定 {} 分钟", username, limit, lockDuration.toMinutes());
            }
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        users.clearFailures(event.getAuthentication().getName());
    }
}
