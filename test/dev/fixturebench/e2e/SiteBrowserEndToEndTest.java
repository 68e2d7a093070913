package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.site.HeadlessChromium;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Benchmarks {@code test-suites/hostile-names} twice into one site with {@code ./jbang bench.java}, serves it with
 * {@code serve --port=0}, and reads it in headless Chromium as a user would: the run list, the overview, the sortable and
 * filterable table, a fixture's page and trend, the start-up profile in the local viewer (Left Heavy, the main
 * thread's profile first), a fixture named {@code <script>alert(1)</script>} shown as text, and no request to any
 * other host. Tagged {@code e2e}.
 */
@Tag("e2e")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteBrowserEndToEndTest {

    private static final String SUITE = "test-suites/hostile-names";
    private static final String SCRIPT_NAME = "<script>alert(1)</script>";

    @TempDir
    static Path out;
    private static Process server;
    private static URI site;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static JsonNode results;

    @BeforeAll
    static void benchmarkTwiceAndServe() throws Exception {
        for (int run = 0; run < 2; run++) {
            // the second (newest) run also runs the suite for real (its site has the whole-suite page), and is set
            // against the first with its slow fixture twice as slow: a comparison with one changed row
            BenchEndToEndTest.Run bench = run == 0
                    ? BenchEndToEndTest.bench("--project=" + SUITE, "--repeat=2", "--baseline-runs=1", "--out=" + out)
                    : BenchEndToEndTest.bench("--project=" + SUITE, "--repeat=2", "--baseline-runs=1", "--out=" + out,
                            "--whole-suite", "--compare=" + out, "--jvm-arg=-Dhostile.slow.factor=2");
            assertEquals(0, bench.exitCode(), bench.output());
            assertTrue(bench.output().contains("Site:"), bench.output());
        }
        results = new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile());
        server = new ProcessBuilder("bash", Path.of("jbang").toAbsolutePath().toString(), "bench.java", "serve", "--port=0",
                "--out=" + out).redirectErrorStream(true).start();
        site = awaitAddress(server);
        chromium = HeadlessChromium.open();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
        }
    }

    @Test
    @Order(1)
    void theFrontPageListsBothRunsAndTheOverviewDrawsSomething() {
        browser.get(site.toString());
        List<WebElement> runs = browser.findElements(By.cssSelector("#runs tbody tr"));
        assertEquals(2, runs.size(), browser.getPageSource());
        runs.get(0).findElement(By.tagName("a")).click();
        wait(browser).until(page -> page.getTitle().startsWith("Overview"));
        assertEquals(results.get("fixtures").size() - failed(), browser.findElements(By.cssSelector(
                "svg.chart .bar-row")).size(), "a bar per fixture that built");
        byte[] screenshot = browser.getScreenshotAs(OutputType.BYTES);
        assertFalse(HeadlessChromium.isBlank(screenshot), "the overview screenshot is blank");
    }

    @Test
    @Order(2)
    void theTableHasARowPerFixtureSortsByInitAndFiltersByCategory() {
        openTable();
        List<WebElement> rows = browser.findElements(By.cssSelector("#fixtures tbody tr"));
        assertEquals(results.get("fixtures").size(), rows.size(), "one row per measured fixture");

        browser.findElement(By.id("sort-init")).click();
        List<Double> ascending = initColumn();
        List<Double> sorted = new ArrayList<>(ascending);
        sorted.sort(null);
        assertEquals(sorted, ascending, "ascending by init");
        browser.findElement(By.id("sort-init")).click();
        List<Double> descending = initColumn();
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, descending, "a second click reverses");
        assertEquals("slow_sleep_120ms", visibleNames().get(0), "the slow fixture first");

        new Select(browser.findElement(By.id("filter-category"))).selectByValue("Fast");
        long fast = count("category", "Fast");
        assertEquals(fast, visibleNames().size(), "only the Fast fixtures: " + visibleNames());
        assertEquals(fast + " of " + rows.size() + " fixtures", browser.findElement(By.id("shown")).getText());
        new Select(browser.findElement(By.id("filter-category"))).selectByValue("");
        browser.findElement(By.id("filter-name")).sendKeys("SLOW");
        assertEquals(List.of("slow_sleep_120ms"), visibleNames(), "the name filter ignores case");
    }

    @Test
    @Order(3)
    void aFixtureLinkOpensItsPageWithATrendOfTwoRuns() {
        openTable();
        browser.findElement(By.linkText("slow_sleep_120ms")).click();
        wait(browser).until(page -> page.getTitle().startsWith("slow_sleep_120ms"));
        assertEquals("slow_sleep_120ms", browser.findElement(By.cssSelector("h1")).getText());
        assertEquals("2", browser.findElement(By.cssSelector("svg.trend.large")).getAttribute("data-points"),
                "two runs, two points");
        assertTrue(browser.findElement(By.cssSelector("table.figures")).getText().contains("Init"),
                "its figures with their spread");
    }

    @Test
    @Order(4)
    void aFixtureNamedLikeAScriptIsTextAndRunsNothing() {
        openTable();
        assertEquals(0, ((Number) browser.executeScript("return document.images.length")).intValue(),
                "the category named like an <img> made no image");
        assertTrue(new Select(browser.findElement(By.id("filter-category"))).getOptions().stream()
                .anyMatch(o -> o.getText().equals("<img src=x onerror=alert(2)>")), "the category shows as text");
        browser.findElement(By.linkText(SCRIPT_NAME)).click();
        wait(browser).until(page -> page.findElement(By.cssSelector("h1")).getText().equals(SCRIPT_NAME));
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "an alert ran");
        assertEquals(0, ((Number) browser.executeScript("return document.querySelectorAll('script:not([src])')"
                + ".length")).intValue(), "no inline script on the page");
    }

    @Test
    @Order(5)
    void theViewerOpensTheStartupProfileOnTheMainThreadInLeftHeavyAndDrawsIt() throws IOException {
        browser.get(latestRun().resolve("startup.html").toString());
        WebElement link = browser.findElement(By.cssSelector("a.viewer-link"));
        assertTrue(link.getAttribute("href").endsWith("&view=left-heavy"), link.getAttribute("href"));
        link.click();
        byte[] chart = chromium.awaitFlameChart(startupProfileName());
        assertTrue(chart.length > 0);
        assertEquals("Left Heavy", chromium.viewerView(), "collapsed samples open merged, heaviest first");
        String shown = chromium.viewerProfile();
        assertTrue(shown.matches("main tid=\\d+ \\(1/\\d+\\)") && !shown.endsWith("(1/1)"),
                "the main thread's profile first, one of several threads: " + shown);
    }

    /** The name the start-up profile's file gives itself, which the viewer titles its page with. */
    private static String startupProfileName() throws IOException {
        return new ObjectMapper().readTree(out.resolve(results.at("/startup_profile/file").asText()).toFile())
                .path("name").asText();
    }

    @Test
    @Order(6)
    void theWholeSuitePageListsEveryFixtureTheSuiteBuiltAndSortsThem() {
        browser.get(latestRun().resolve("index.html").toString());
        browser.findElement(By.linkText("Whole suite")).click();
        wait(browser).until(page -> page.getTitle().startsWith("The whole suite"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#suite-fixtures tbody tr"));
        assertEquals(results.at("/whole_suite/fixtures").size(), rows.size(), "one row per fixture the suite built");
        WebElement total = browser.findElements(By.cssSelector("#suite-fixtures thead th")).get(5);
        assertEquals("Total (ms)", total.getText());
        total.click();
        List<Double> ascending = suiteTotals();
        List<Double> sorted = new ArrayList<>(ascending);
        sorted.sort(null);
        assertEquals(sorted, ascending, "ascending by in-suite total");
        assertTrue(browser.findElement(By.id("suite-fixtures")).getText().contains(SCRIPT_NAME),
                "the fixture named like a script is text here too");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "an alert ran");
        assertEquals(results.at("/whole_suite/classes").size(),
                browser.findElements(By.cssSelector("#suite-classes tbody tr")).size(), "one row per test class");
    }

    private static List<Double> suiteTotals() {
        List<Double> values = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#suite-fixtures tbody tr"))) {
            values.add(Double.parseDouble(row.findElements(By.tagName("td")).get(5).getAttribute("data-value")));
        }
        return values;
    }

    @Test
    @Order(99)
    void noPageLogsAnErrorOrAsksAnyOtherHost() throws IOException {
        // every kind of page visited here, so this test needs no other to have run first
        browser.get(site.toString());
        URI run = latestRun();
        for (String page : List.of("index.html", "fixtures.html", "suite.html")) {
            browser.get(run.resolve(page).toString());
        }
        openTable();
        browser.findElement(By.linkText("slow_sleep_120ms")).click();
        wait(browser).until(page -> page.getTitle().startsWith("slow_sleep_120ms"));
        browser.get(run.resolve("startup.html").toString());
        browser.findElement(By.cssSelector("a.viewer-link")).click();
        chromium.awaitFlameChart(startupProfileName());
        assertEquals(List.of(), chromium.consoleErrors(), "console errors");
        List<String> requested = chromium.requestedUrls();
        assertTrue(requested.stream().anyMatch(u -> u.endsWith(".json") && u.contains("/profiles/")),
                "the viewer fetched the profile: " + requested);
        HeadlessChromium.assertAllFrom(site, requested);
    }

    @Test
    @Order(8)
    void theComparisonIsOnTheOverviewAndTheChangedRowIsMarkedInTheTable() {
        browser.get(latestRun().resolve("index.html").toString());
        WebElement heading = browser.findElement(By.id("comparison"));
        assertTrue(heading.isDisplayed() && heading.getText().equals("Compared with earlier results"),
                browser.getPageSource());
        // the fixture made twice as slow is among the changed rows (another may pass the noise too: 1.0 -> 1.3 ms seen)
        List<WebElement> slower = browser.findElements(By.cssSelector("table.comparison tr.changed.slower"));
        WebElement changed = slower.stream().filter(r -> r.getText().startsWith("slow_sleep_120ms ")).findFirst()
                .orElseThrow(() -> new AssertionError("slow_sleep_120ms is not among the slower rows: "
                        + slower.stream().map(WebElement::getText).toList()));
        assertTrue(changed.getText().contains("slower"), changed.getText());
        openTable();
        WebElement row = browser.findElement(By.cssSelector("#fixtures tbody tr[data-name='slow_sleep_120ms']"));
        assertEquals("slower", row.getAttribute("class"), "the changed row is marked");
        assertTrue(row.findElement(By.cssSelector("td.change")).getText().endsWith("slower"),
                row.findElement(By.cssSelector("td.change")).getText());
        assertEquals("rgba(192, 57, 43, 1)", row.findElement(By.cssSelector("td.change")).getCssValue("color"),
                "and drawn in the colour of bad news");
    }

    private static void openTable() {
        browser.get(latestRun().resolve("fixtures.html").toString());
        // the script shows the filters once it has wired them
        wait(browser).until(page -> page.findElement(By.id("filters")).isDisplayed());
    }

    /** The newest run's folder, from the front page's first link. */
    private static URI latestRun() {
        browser.get(site.toString());
        String href = browser.findElement(By.cssSelector("#runs tbody tr a")).getAttribute("href");
        return URI.create(href).resolve(".");
    }

    private static List<Double> initColumn() {
        List<Double> values = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#fixtures tbody tr"))) {
            String value = row.findElements(By.tagName("td")).get(5).getAttribute("data-value");
            if (!value.isEmpty()) {
                values.add(Double.parseDouble(value));
            }
        }
        return values;
    }

    private static List<String> visibleNames() {
        return browser.findElements(By.cssSelector("#fixtures tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.getAttribute("data-name")).toList();
    }

    private static long count(String field, String value) {
        long count = 0;
        for (JsonNode fixture : results.get("fixtures")) {
            count += fixture.get(field).asText().equals(value) ? 1 : 0;
        }
        return count;
    }

    private static int failed() {
        int failed = 0;
        for (JsonNode fixture : results.get("fixtures")) {
            failed += fixture.get("status").asText().equals("ok") ? 0 : 1;
        }
        return failed;
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
    }

    /** Reads the server's output until it prints its address; fails with the output when it exits first. */
    private static URI awaitAddress(Process process) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<URI> address = CompletableFuture.supplyAsync(() -> {
            Pattern serving = Pattern.compile("^Serving .* at (http://\\S+)$");
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    seen.append(line).append('\n');
                    Matcher matcher = serving.matcher(line);
                    if (matcher.find()) {
                        return URI.create(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        URI uri = address.get(5, TimeUnit.MINUTES);
        if (uri == null) {
            throw new AssertionError("serve ended without serving:\n" + seen);
        }
        // keep draining its output so it never blocks on a full pipe
        CompletableFuture.runAsync(() -> lines.lines().forEach(line -> { }));
        return uri;
    }
}
