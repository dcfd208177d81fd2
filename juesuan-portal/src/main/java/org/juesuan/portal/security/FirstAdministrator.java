package org.juesuan.portal.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first administrator (首次启动创建管理员): when the {@code users} table is empty, an account
 * {@code admin} with a random password, which is written to the log once and never stored but as its hash. There is
 * no fixed default password.
 */
@Component
public final class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    /** The first administrator's login name. */
    public static final String USERNAME = "admin";

    /** Letters and digits that cannot be mistaken for each other when copied by hand (no 0/O, 1/l/I). */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private static final int LENGTH = 16;

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Creates the step. */
    public FirstAdministrator(
            UserRepository users,
            AuditLogRepository audit,
            PasswordEncoder encoder,
            TransactionTemplate transaction,
            Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.transaction = Objects.requireNonNull(transaction, "transaction");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void afterSingletonsInstantiated() {
        create().ifPresent(password -> LOG.warn(message(password)));
    }

    /** Returns the message that hands the initial password over, in Chinese. */
    static String message(String password) {
        return "首次启动：管理员账号 " + USERNAME + "，初始密码 " + password + "，请登录后修改";
    }

    /**
     * Creates the administrator if there is no user at all, and returns its password; empty if there are users.
     */
    public Optional<String> create() {
        return Objects.requireNonNull(transaction.execute(status -> {
            if (users.count() > 0) {
                return Optional.<String>empty();
            }
            String password = password();
            OffsetDateTime now = OffsetDateTime.now(clock);
            long id = users.create(USERNAME, "管理员", encoder.encode(password), Role.ADMIN, null, null, now);
            audit.record(now, "系统", "创建管理员", AuditLogRepository.USER, id, "首次启动，创建管理员账号 " + USERNAME);
            return Optional.of(password);
        }));
    }

    private String password() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
