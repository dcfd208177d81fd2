package org.juesuan.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser tests (浏览器测试): the machine's own Chromium and chromedriver, given by path,
 * so that nothing tries to download a browser or a driver.
 *
 * <p>The paths default to where Debian's {@code chromium} and {@code chromium-driver} packages put them and can be
 * changed with {@code -Djuesuan.chromium=...} and {@code -Djuesuan.chromedriver=...}. When they are missing the tests
 * fail with what to install; {@code -Djuesuan.browser=off} skips them on a machine that cannot have a browser.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a headless Chromium with a fresh profile, or fails (or skips) saying what is missing. */
    static Browser start() {
        Assumptions.assumeFalse(
                "off".equals(System.getProperty("juesuan.browser")), "浏览器测试已按 -Djuesuan.browser=off 跳过");
        Path chromium = Path.of(System.getProperty("juesuan.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("juesuan.chromedriver", "/usr/bin/chromedriver"));
        for (Path needed : new Path[] {chromium, chromedriver}) {
            if (!Files.isExecutable(needed)) {
                throw new AssertionError("浏览器测试需要 Chromium 与 chromedriver，未找到 " + needed
                        + "。Debian/Ubuntu 上执行 apt-get install -y chromium chromium-driver 安装；"
                        + "路径不同时用 -Djuesuan.chromium= 与 -Djuesuan.chromedriver= 指定，"
                        + "无法安装浏览器时用 -Djuesuan.browser=off 跳过。");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("juesuan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1600",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new Browser(driver, profile);
    }

    /** Returns the driver. */
    ChromeDriver driver() {
        return driver;
    }

    /** Returns a wait of the tests' patience. */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }
}
