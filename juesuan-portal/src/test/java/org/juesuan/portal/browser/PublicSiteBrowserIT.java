package org.juesuan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.juesuan.portal.TestDirectories;
import org.juesuan.portal.publication.DisclosureBuilder;
import org.juesuan.portal.publication.PublicationService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public site in a real browser (公开网站浏览器测试): a citizen finds the example, opens it, fetches the PDF whose
 * SHA-256 the page shows, and text a clerk typed is shown as text, never run as script.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicSiteBrowserIT {

    static final String EXAMPLE_UNIT = "武汉市青山区人民政府国有资产监督管理局";
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final String INJECTED_UNIT = "武汉市青山区浏览器测试局";
    private static final String INJECTED = "<script>window.juesuanInjected = 1</script>削减人员经费拨款";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    DisclosureBuilder builder;

    @Autowired
    PublicationService publication;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        Path data = TestDirectories.fresh("browser-it", "data-");
        registry.add("juesuan.data", data::toString);
        registry.add("juesuan.examples", EXAMPLES::toString);
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
    void aCitizenFindsTheExampleOpensItAndFetchesThePdfWhoseDigestThePageShows() {
        var driver = browser.driver();
        driver.get(url("/"));
        driver.findElement(By.linkText(EXAMPLE_UNIT)).click();
        browser.waiting().until(ExpectedConditions.titleContains("部门决算"));
        assertThat(driver.findElement(By.cssSelector("h1.page-title")).getText())
                .contains("2024年度")
                .contains("部门决算");
        // the nine tables are in the page, as tables
        assertThat(driver.findElement(By.cssSelector("article.disclosure")).getText())
                .contains("公开01表")
                .contains("公开09表");

        WebElement pdfRow = driver.findElements(By.cssSelector("table.files tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("td")).getText().contains("PDF"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no PDF in the downloads"));
        String href = pdfRow.findElement(By.tagName("a")).getAttribute("href");
        String shown = pdfRow.findElement(By.cssSelector("code.sha256")).getText();
        @SuppressWarnings("unchecked")
        List<Object> fetched = (List<Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => response.arrayBuffer()).then(async bytes => {
                  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
                  const hex = Array.from(digest, b => b.toString(16).padStart(2, '0')).join('');
                  const head = new TextDecoder('latin1').decode(new Uint8Array(bytes, 0, 5));
                  done([hex, head, bytes.byteLength]);
                }).catch(error => done(['', String(error), 0]));
                """, href);
        assertThat(fetched.get(1)).isEqualTo("%PDF-");
        assertThat(fetched.get(0)).isEqualTo(shown);
        assertThat(((Number) fetched.get(2)).longValue()).isGreaterThan(10_000L);
    }

    @Test
    void theSiteServesAChineseWebFontTheBrowserCanUse() {
        var driver = browser.driver();
        driver.get(url("/"));
        Object loaded = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.load('16px "Juesuan Sans"', '部门决算公开')
                  .then(faces => done(faces.length)).catch(error => done(String(error)));
                """);
        assertThat(loaded).isEqualTo(1L);
    }

    @Test
    void aScriptTypedIntoTheNarrativeIsShownAsTextAndNeverRuns() throws IOException {
        Path directory = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "injected-");
        String dataset = Files.readString(EXAMPLES.resolve("qingshan-guozi-2024/dataset.yaml"), StandardCharsets.UTF_8)
                .replace("name: " + EXAMPLE_UNIT, "name: " + INJECTED_UNIT)
                .replace("generalBudgetIncome: 削减人员经费拨款，厉行节约", "generalBudgetIncome: \"" + INJECTED + "\"");
        assertThat(dataset).contains(INJECTED).contains(INJECTED_UNIT);
        Files.writeString(directory.resolve("dataset.yaml"), dataset, StandardCharsets.UTF_8);
        long document = publication
                .publish(builder.build(directory), "浏览器测试", "测试导入", null)
                .documentId();

        var driver = browser.driver();
        driver.get(url("/disclosures/" + document));
        browser.waiting().until(ExpectedConditions.titleContains("部门决算"));
        assertThat(driver.findElement(By.cssSelector("article.disclosure")).getText())
                .contains(INJECTED);
        assertThat(driver.executeScript("return typeof window.juesuanInjected")).isEqualTo("undefined");
        assertThat(driver.findElements(By.tagName("script")))
                .noneMatch(script ->
                        String.valueOf(script.getAttribute("innerHTML")).contains("juesuanInjected"));
    }
}
