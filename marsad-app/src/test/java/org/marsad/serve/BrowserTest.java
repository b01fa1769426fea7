package org.marsad.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.index.ArticleIndex;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's chromium and chromium-driver): search, open an article, see
 * its highlights, open an entity page, and hostile content that stays text. Screenshots go to
 * target/screenshots/ as artifacts. Skipped with a message where chromedriver is not installed.
 */
class BrowserTest {
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path indexDir;

    private static MarsadServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(DRIVER.canExecute() && CHROMIUM.canExecute(),
                "browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromedriver)");
        NewsStore store = Fixtures.store(indexDir);
        server = MarsadServer.start(new InetSocketAddress("127.0.0.1", 0), store);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=ar",
                "--user-data-dir=" + Files.createTempDirectory("marsad-chrome"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort()
                .build(), o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
    }

    @Test
    void searchOpenArticleSeeHighlightsOpenEntity() throws IOException {
        open("index.html");
        browser.findElement(By.id("q")).sendKeys("الهدنة");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "2 "));
        assertThat(texts(By.cssSelector("#hits mark"))).contains("الهدنة");
        assertThat(texts(By.cssSelector("[data-facet=entity] .facet-value"))).contains("كريستوفر مولر");
        shot("search");

        browser.findElements(By.cssSelector("#hits .hit-title")).stream()
                .filter(a -> a.getText().contains("يصل إلى الدوحة")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article .body a.ent")));
        assertThat(texts(By.cssSelector("#article .body a.ent-PERSON"))).containsExactly("كريستوفر مولر", "مولر");
        assertThat(texts(By.cssSelector("#article .body a.ent-LOCATION"))).containsExactly("الدوحة");
        assertThat(joined("#article .body .quote")).isEqualTo("الهدنة صامدة رغم الخروقات المتكررة");
        assertThat(joined("#article .body .event")).isEqualTo("وقصفت القوات الحكومية مواقع للمعارضة قرب الحدود فجر الجمعة.");
        assertThat(browser.findElement(By.cssSelector("#side .quote-item .role")).getText()).contains("المبعوث الأممي");
        assertThat(browser.findElement(By.cssSelector("#side .event-item .etype")).getText()).isEqualTo("ASSAULT");
        shot("article");

        browser.findElement(By.cssSelector("#article .body a.ent-PERSON")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entity h1")));
        assertThat(browser.findElement(By.cssSelector("#entity h1")).getText()).startsWith("كريستوفر مولر");
        assertThat(texts(By.cssSelector("#entity ul.aliases li"))).contains("موللر", "كريستوفر موللر");
        assertThat(browser.findElements(By.cssSelector("#entity svg.timeline rect"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#entity svg.graph a.node"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("entity")).getText())
                .contains("الهدنة صامدة رغم الخروقات المتكررة", "موللر طلب فتح ممر إنساني");
        assertInert();
        shot("entity");
    }

    @Test
    void hostileArticleRendersInert() throws IOException {
        open("article.html?id=" + Fixtures.HOSTILE_ARTICLE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article .body p")));
        String shown = browser.findElement(By.id("article")).getText();
        assertThat(shown).contains("<script>window." + Fixtures.PWNED + "='body'</script>", "onerror=", "javascript:");
        assertThat(browser.findElement(By.cssSelector("#article h1")).getText()).startsWith("<img src=x onerror=");
        assertThat(browser.findElement(By.cssSelector("#article .source .inert-url")).getText()).startsWith("javascript:");
        assertThat(browser.findElement(By.id("side")).getText()).contains("<img src=x onerror=");
        assertInert();
        shot("hostile-article");

        open("entity.html?id=" + Fixtures.HOSTILE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entity h1")));
        assertThat(browser.findElement(By.cssSelector("#entity h1")).getText()).contains("<script>");
        assertInert();
        shot("hostile-entity");
    }

    @Test
    void pastedPageIsAnalyzedInert() throws IOException {
        open("analyze.html");
        String page = Files.readString(Path.of("../samples/corpus/11-hostile-page.html"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('page').value = arguments[0];", page);
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article .body p")));
        assertThat(browser.findElement(By.cssSelector("#article h1")).getText()).contains("<script>alert(1)</script>");
        assertThat(browser.findElement(By.id("article")).getText()).contains("onerror=");
        assertInert();
        shot("analyze-hostile");
    }

    @Test
    void facetsAndDatesFilterTheSearch() throws IOException {
        open("index.html?q=" + URLEncoder.encode("الهدنة", StandardCharsets.UTF_8) + "&from=2025-06-25");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1"));
        open("index.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "3"));
        browser.findElements(By.cssSelector("[data-facet=section] .facet-value")).stream()
                .filter(b -> b.getText().equals("منوعات")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "1 "));
        assertThat(texts(By.cssSelector("#filters .chip"))).hasSize(1);
        assertInert();
    }

    /** Nothing the fixtures smuggled in ran or became live: no alert, no flag, no script, handler or js link. */
    private static void assertInert() {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("an alert opened: " + text);
        } catch (NoAlertPresentException expected) {
            // no alert: good
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return typeof window." + Fixtures.PWNED)).isEqualTo("undefined");
        assertThat(js.executeScript("return document.querySelectorAll('main script, main img, main iframe, "
                + "main [onerror], main [onclick], main [onload]').length")).isEqualTo(0L);
        assertThat(js.executeScript("return [...document.querySelectorAll('a[href]')].map(a => "
                + "new URL(a.getAttribute('href'), location.href)).filter(u => u.protocol !== 'http:' "
                + "&& u.protocol !== 'https:').length")).isEqualTo(0L);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("\u202E", "\u2066", "\u202A");
    }

    /** The text of every element matching {@code css}, joined as the reader sees it (spaces between kept). */
    private static String joined(String css) {
        return (String) ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".map(e => e.textContent).join('')", css);
    }

    private static void open(String page) {
        browser.get("http://127.0.0.1:" + server.port() + "/" + page);
    }

    private static List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).toList();
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
