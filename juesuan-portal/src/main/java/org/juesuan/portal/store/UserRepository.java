package org.juesuan.portal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's users (用户): found by name, created by an administrator, their failed logins counted.
 *
 * <p>Thread-safe; runs in the caller's transaction, if any.
 */
@Component
public final class UserRepository {

    private static final String COLUMNS = "id, username, display_name, password_hash, role, unit_id, region_id,"
            + " enabled, failed_logins, locked_until";

    private final JdbcClient jdbc;

    /** Creates the repository over a JDBC client. */
    public UserRepository(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** Returns the number of users. */
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
    }

    /**
     * Stores a new user and returns its id.
     *
     * @param passwordHash the password's hash, never the password itself
     */
    public long create(
            String username,
            String displayName,
            String passwordHash,
            Role role,
            @Nullable Long unitId,
            @Nullable Long regionId,
            OffsetDateTime at) {
        return UnitRepository.insert(jdbc.sql("INSERT INTO users (username, display_name, password_hash, role,"
                        + " unit_id, region_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(username, displayName, passwordHash, role.name(), unitId, regionId, at));
    }

    /** Returns the user of a login name, if there is one. */
    public Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE username = ?")
                .param(username)
                .query((row, n) -> account(row))
                .optional();
    }

    /** Returns every user, by name. */
    public List<UserAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM users ORDER BY username")
                .query((row, n) -> account(row))
                .list();
    }

    /**
     * Counts a failed login; at the {@code limit}-th in a row the account is locked until {@code until} and the count
     * starts again.
     *
     * @return whether this failure locked the account
     */
    public boolean countFailure(String username, int limit, OffsetDateTime until) {
        jdbc.sql("UPDATE users SET failed_logins = failed_logins + 1 WHERE username = ?")
                .param(username)
                .update();
        return jdbc.sql(
                                "UPDATE users SET failed_logins = 0, locked_until = ? WHERE username = ? AND failed_logins >= ?")
                        .params(until, username, limit)
                        .update()
                == 1;
    }

    /** Replaces a user's password hash. */
    public void changePassword(long userId, String passwordHash) {
        jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ?")
                .params(passwordHash, userId)
                .update();
    }

    /** Clears the failed logins and any lock of a user after a successful login. */
    public void clearFailures(String username) {
        jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL"
                        + " WHERE username = ? AND (failed_logins <> 0 OR locked_until IS NOT NULL)")
                .param(username)
                .update();
    }

    private static UserAccount account(ResultSet row) throws SQLException {
        return new UserAccount(
                row.getLong("id"),
                row.getString("username"),
                row.getString("display_name"),
                row.getString("password_hash"),
                Role.valueOf(row.getString("role")),
                row.getObject("unit_id", Long.class),
                row.getObject("region_id", Long.class),
                row.getBoolean("enabled"),
                row.getInt("failed_logins"),
                row.getObject("locked_until", OffsetDateTime.class));
    }
}
