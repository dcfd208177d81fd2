package org.juesuan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.juesuan.portal.ExampleFixtures;
import org.juesuan.portal.ExampleFixtures.SpoiledWorkbook;
import org.juesuan.portal.TestDirectories;
import org.juesuan.portal.store.Role;
import org.juesuan.portal.store.UnitRepository;
import org.juesuan.portal.store.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole cycle in a real browser (工作流程浏览器测试): a department's clerk logs in and uploads the example's
 * workbook, sees a spoiled one refused at its cell and the example's own errors marked at their cells, uploads the
 * corrected workbook and submits it; the finance bureau's reviewer approves it; the clerk publishes it; a citizen
 * finds it by searching its narrative, sees its charts drawn and fetches its PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkflowBrowserIT {

    private static final String PASSWORD = "browser-pass-1";
    private static final Path SCRATCH = TestDirectories.fresh("browser-it", "workflow-");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UnitRepository units;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        // no examples: the clerk's upload is the unit's first version, not a correction
        registry.add("juesuan.data", () -> SCRATCH.resolve("data").toString());
        registry.add("juesuan.examples", () -> SCRATCH.resolve("no-examples").toString());
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aDisclosureGoesFromTheClerksWorkbookToTheCitizensBrowser() throws IOException {
        long region = units.region(ExampleFixtures.REGION);
        long unit = units.unit(region, ExampleFixtures.UNIT, "青山区国资局", "区");
        OffsetDateTime now = OffsetDateTime.now();
        users.create("clerk", "填报员", encoder.encode(PASSWORD), Role.EDITOR, unit, null, now);
        users.create("reviewer", "审核员", encoder.encode(PASSWORD), Role.REVIEWER, null, region, now);
        Path files = Files.createDirectories(SCRATCH.resolve("files"));
        Path example =
                Files.write(files.resolve("填报.xlsx"), ExampleFixtures.workbook(ExampleFixtures.example(), files));
        SpoiledWorkbook spoiled = ExampleFixtures.spoiled(ExampleFixtures.workbook(ExampleFixtures.correct(), files));
        Path spoiledFile =
                Files.write(Files.createDirectories(files.resolve("spoiled")).resolve("填报.xlsx"), spoiled.content());
        Path corrected = Files.write(
                Files.createDirectories(files.resolve("corrected")).resolve("填报.xlsx"),
                ExampleFixtures.workbook(ExampleFixtures.correct(), files));
        ChromeDriver driver = browser.driver();

        // the clerk: a spoiled workbook is refused at its cell, nothing stored
        logIn("clerk");
        upload(spoiledFile);
        // the upload answers with the workspace again: wait for it rather than read the page it replaces
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.problems")));
        assertThat(driver.findElement(By.cssSelector("div.problems")).getText())
                .contains("未保存任何内容")
                .contains(spoiled.place());
        assertThat(driver.findElements(By.cssSelector("table.work"))).isEmpty();

        // the example as transcribed: stored as a draft, its errors marked at their cells, no submitting
        upload(example);
        browser.waiting().until(ExpectedConditions.urlContains("/workspace/versions/"));
        List<WebElement> flagged = driver.findElements(By.cssSelector("table.marked td.flagged"));
        assertThat(flagged).isNotEmpty();
        assertThat(flagged.get(0).findElement(By.cssSelector("sup.mark")).getText())
                .startsWith("[");
        assertThat(driver.findElement(By.cssSelector("section.findings")).getText())
                .contains("错误");
        assertThat(driver.findElements(By.xpath("//button[text()='报送审核']"))).isEmpty();

        // the corrected workbook: no errors, submitted
        driver.get(url("/workspace"));
        upload(corrected);
        browser.waiting().until(ExpectedConditions.urlContains("/workspace/versions/"));
        String versionPage = driver.getCurrentUrl();
        click("报送审核");
        logOut();

        // the reviewer of the region approves
        logIn("reviewer");
        driver.findElement(By.linkText(ExampleFixtures.UNIT + "2024年度部门决算")).click();
        driver.findElement(By.name("comment")).sendKeys("同意公开。");
        click("审核通过（批复）");
        logOut();

        // the clerk publishes
        logIn("clerk");
        driver.get(versionPage);
        click("公开");
        logOut();

        // a citizen searches for a phrase of its narrative and opens it
        driver.get(url("/"));
        WebElement search = driver.findElement(By.cssSelector("input[name=q]"));
        search.sendKeys("厉行节约");
        search.submit();
        browser.waiting().until(ExpectedConditions.urlContains("/search"));
        driver.findElement(By.partialLinkText(ExampleFixtures.UNIT)).click();
        browser.waiting().until(ExpectedConditions.titleContains("部门决算"));
        // the version of the corrected workbook: the example's, with its errors, was version 1 and stays a draft
        assertThat(driver.findElement(By.cssSelector("span.version-number")).getText())
                .isEqualTo("2");

        // its charts are drawn by ECharts, each into a canvas
        List<WebElement> charts = driver.findElements(By.cssSelector("[data-chart-number]"));
        assertThat(charts).isNotEmpty();
        browser.waiting().until(ignored -> driver.findElements(By.cssSelector("[data-chart-number]")).stream()
                .allMatch(chart -> "true".equals(chart.getAttribute("data-rendered"))));
        for (WebElement chart : driver.findElements(By.cssSelector("[data-chart-number]"))) {
            assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        }

        // and fetches the PDF the page lists
        String pdf = driver.findElements(By.cssSelector("table.files a")).stream()
                .map(link -> link.getAttribute("href"))
                .filter(href -> href.endsWith("/pdf") || href.contains(".pdf") || href.contains("PDF"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no PDF link"));
        Object head = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer())
                  .then(b => done(new TextDecoder('latin1').decode(new Uint8Array(b, 0, 5))))
                  .catch(e => done(String(e)));
                """, pdf);
        assertThat(head).isEqualTo("%PDF-");
    }

    private void logIn(String username) {
        ChromeDriver driver = browser.driver();
        driver.get(url("/login"));
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout")));
        driver.get(url("/workspace"));
    }

    private void logOut() {
        ChromeDriver driver = browser.driver();
        driver.findElement(By.cssSelector("form.logout button")).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.logout")));
    }

    private void upload(Path file) {
        ChromeDriver driver = browser.driver();
        driver.findElement(By.cssSelector("form.upload input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        WebElement send = driver.findElement(By.cssSelector("form.upload button[type=submit]"));
        send.click();
        // the page the form was on is gone once the server has answered
        browser.waiting().until(ExpectedConditions.stalenessOf(send));
    }

    /** Presses a form's button and waits for the page it submits from to go (the server answers with another). */
    private void click(String button) {
        WebElement pressed = browser.driver().findElement(By.xpath("//button[text()='" + button + "']"));
        pressed.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(pressed));
    }
}
