package org.juesuan.portal.site;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The site's serving rules (网站配置): the Chinese web font from the application's own jar (no outside host). The
 * security headers of every response are set with the rest of security, in
 * {@code org.juesuan.portal.security.SecurityConfiguration}.
 */
@Configuration
class SiteConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Noto Sans SC (OFL-1.1) from the font jar the renderers use; browsers fetch it only for characters that
        // the fonts they have do not cover
        registry.addResourceHandler("/fonts/**")
                .addResourceLocations("classpath:/fonts/ttf/NotoSansSC/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic());
    }
}
