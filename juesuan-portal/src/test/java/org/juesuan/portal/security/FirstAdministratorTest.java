package org.juesuan.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.juesuan.portal.store.AuditEntry;
import org.juesuan.portal.store.AuditLogRepository;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UserAccount;
import org.juesuan.portal.store.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The first administrator (首次启动创建管理员): created into an empty users table only, with a random password. */
class FirstAdministratorTest {

    private static int databases;

    private UserRepository users;
    private AuditLogRepository audit;
    private FirstAdministrator first;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @BeforeEach
    void emptyDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(
                "jdbc:h2:mem:first-admin-" + ++databases + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        users = new UserRepository(jdbc);
        audit = new AuditLogRepository(jdbc);
        first = new FirstAdministrator(
                users,
                audit,
                encoder,
                new TransactionTemplate(new DataSourceTransactionManager(database)),
                Clock.fixed(Instant.parse("2025-10-30T01:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void createsAnAdministratorWithARandomPasswordStoredOnlyAsItsHash() {
        String password = first.create().orElseThrow();
        UserAccount admin = users.find("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(password).hasSize(16).matches("[A-Za-z2-9]+");
        assertThat(admin.passwordHash()).startsWith("$2").doesNotContain(password);
        assertThat(encoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(audit.entries(AuditLogRepository.USER, admin.id()))
                .extracting(AuditEntry::action)
                .containsExactly("创建管理员");
        assertThat(FirstAdministrator.message(password)).isEqualTo("首次启动：管理员账号 admin，初始密码 " + password + "，请登录后修改");
    }

    @Test
    void createsNothingWhenThereAreUsers() {
        assertThat(first.create()).isPresent();
        assertThat(first.create()).isEmpty();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    void neverTheSamePasswordTwice() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            emptyDatabase();
            passwords.add(first.create().orElseThrow());
        }
        assertThat(passwords).hasSize(5);
    }
}
