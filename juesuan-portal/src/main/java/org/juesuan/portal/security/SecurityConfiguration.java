package org.juesuan.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what (访问控制): the public pages (the coverage tracker among them) for everyone; {@code /workspace} for editors and reviewers;
 * {@code /admin} for administrators; everything else (such as {@code /account/password}) after login. Form login at {@code /login}, CSRF protection on
 * every POST, and the security headers of every response: scripts from the site only, no content sniffing.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** The policy sent with every response: the site's own scripts and fonts only; inline styles and data images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none';"
            + " base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/disclosures/**",
                                "/coverage",
                                "/search",
                                "/compare/**",
                                "/assets/**",
                                "/fonts/**",
                                "/login",
                                "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/workspace/**", "/workspace")
                        .hasAnyRole("EDITOR", "REVIEWER")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new StartPage())
                        .failureHandler(failure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /** After login: the page asked for before it, else the administrator's users or the workspace. */
    static final class StartPage extends SavedRequestAwareAuthenticationSuccessHandler {
        @Override
        protected String determineTargetUrl(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            boolean admin = authentication.getAuthorities().stream()
                    .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
            return admin ? "/admin/users" : "/workspace";
        }
    }
}
