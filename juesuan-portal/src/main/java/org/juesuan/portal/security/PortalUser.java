package org.juesuan.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in user (登录用户): the role as the one authority {@code ROLE_<role>}, and the unit of an editor or the
 * region of a reviewer, which bound what the user sees.
 *
 * <p>Immutable, apart from {@link #eraseCredentials()} which forgets the password hash after login.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Role role;
    private final @Nullable Long unitId;
    private final @Nullable Long regionId;
    private final boolean enabled;
    private final boolean locked;

    /** Creates the user of a stored account; {@code locked} says whether the account is locked now. */
    public PortalUser(UserAccount account, boolean locked) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.unitId = account.unitId();
        this.regionId = account.regionId();
        this.enabled = account.enabled();
        this.locked = locked;
    }

    /** Returns the user's id. */
    public long id() {
        return id;
    }

    /** Returns the name shown. */
    public String displayName() {
        return displayName;
    }

    /** Returns the role. */
    public Role role() {
        return role;
    }

    /** Returns the unit of an editor, else null. */
    public @Nullable Long unitId() {
        return unitId;
    }

    /** Returns the region of a reviewer, else null. */
    public @Nullable Long regionId() {
        return regionId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Forgets the password hash once the user is authenticated. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PortalUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}
