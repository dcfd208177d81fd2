package org.juesuan.portal.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The site's serving rules (网站配置): the Chinese web font from the application's own jar (no outside host), and
 * headers that forbid scripts from anywhere but the site and content sniffing on every response.
 */
@Configuration
class SiteConfiguration implements WebMvcConfigurer {

    /** The policy sent with every response: the site's own scripts and fonts only; inline styles and data images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none';"
            + " base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Noto Sans SC (OFL-1.1) from the font jar the renderers use; browsers fetch it only for characters that
        // the fonts they have do not cover
        registry.addResourceHandler("/fonts/**")
                .addResourceLocations("classpath:/fonts/ttf/NotoSansSC/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
    }

    @Bean
    SiteHeaders siteHeaders() {
        return new SiteHeaders();
    }

    /** Adds the security headers to every response (安全响应头). */
    static final class SiteHeaders extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            chain.doFilter(request, response);
        }
    }
}
