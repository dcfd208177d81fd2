package org.juesuan.portal.site;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The site's serving rules (网站配置): the Chinese web font and Apache ECharts from the application's own jars (no
 * outside host: the content security policy allows the site's own scripts only). The
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
        // Apache ECharts (Apache-2.0) from its WebJar; the path names no version, the cache lasts a day
        registry.addResourceHandler("/assets/echarts/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    /** The version of the ECharts WebJar the build brings (see the portal's pom). */
    static final String ECHARTS_VERSION = "5.3.1";
}
