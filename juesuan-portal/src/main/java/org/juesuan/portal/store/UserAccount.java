package org.juesuan.portal.store;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user of the portal as stored (用户账号): the password only as its hash.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the name shown
 * @param passwordHash the password's hash (BCrypt), never the password
 * @param role what the user may do
 * @param unitId the unit of an editor, else null
 * @param regionId the region of a reviewer, else null
 * @param enabled whether the account may log in
 * @param failedLogins failed logins since the last success or lock
 * @param lockedUntil until when the account is locked, or null
 */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable Long unitId,
        @Nullable Long regionId,
        boolean enabled,
        int failedLogins,
        @Nullable OffsetDateTime lockedUntil) {

    /** Creates an account. */
    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
    }

    /** Returns whether the account is locked at an instant. */
    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
