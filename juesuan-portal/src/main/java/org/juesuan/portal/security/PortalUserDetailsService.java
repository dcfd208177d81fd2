package org.juesuan.portal.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.juesuan.portal.store.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the user who logs in (用户查找) in the {@code users} table, locked while {@code locked_until} lies ahead: a
 * locked account is refused before its password is even checked.
 */
@Component
final class PortalUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    PortalUserDetailsService(UserRepository users, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.find(username)
                .map(account -> new PortalUser(account, account.lockedAt(OffsetDateTime.now(clock))))
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }
}
