package dev.fixturebench.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.results.ResultsFile;

/**
 * The site of two recorded real runs (see {@code results/recorded/README.md}), written by the tool's own site writer
 * and read in headless Chromium: a merged run names the shards it came from, and an interrupted run says how many
 * fixtures the signal kept from being measured and marks each of their rows with the reason. Tagged {@code e2e}.
 */
@Tag("e2e")
class RecordedRunsBrowserTest {

    private static final Path RECORDED = Path.of("test/dev/fixturebench/results/recorded");
    private static final SiteSources SOURCES = SiteSources.in(Path.of("").toAbsolutePath());

    @Test
    void aMergedRunNamesItsShardsOnTheOverview(@TempDir Path folder, @TempDir Path work) throws Exception {
        try (SiteServer server = SiteServer.start(siteOf("broken-suite-merged.json", folder, work), 0);
             HeadlessChromium chromium = HeadlessChromium.open()) {
            ChromeDriver browser = openOverview(chromium, server);
            assertEquals("merged from 1/2 + 2/2", headerValue(browser, "Shards").split(";")[0],
                    "the overview names the shards");
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }

    @Test
    void anInterruptedRunSaysSoInItsHeaderAndOnEachRowItKeptFromBeingMeasured(@TempDir Path folder,
                                                                             @TempDir Path work) throws Exception {
        RunResult run = ResultsFile.read(RECORDED.resolve("model-suite-interrupted.json")).run();
        long interrupted = run.fixtures().stream().filter(r -> r.outcome().interrupted()).count();
        assertEquals(10, interrupted, "the recorded run was stopped after three fixtures");
        try (SiteServer server = SiteServer.start(siteOf("model-suite-interrupted.json", folder, work), 0);
             HeadlessChromium chromium = HeadlessChromium.open()) {
            ChromeDriver browser = openOverview(chromium, server);
            String fixtures = headerValue(browser, "Fixtures");
            assertTrue(fixtures.startsWith("3 of ") && fixtures.contains("; 10 interrupted before they were measured"
                    + " (run --resume measures them)"), fixtures);

            browser.findElement(By.linkText("All fixtures")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> page.findElement(By.id("filters"))
                    .isDisplayed());
            new Select(browser.findElement(By.id("filter-status"))).selectByValue("skipped");
            List<String> reasons = browser.findElements(By.cssSelector("#fixtures tbody tr")).stream()
                    .filter(WebElement::isDisplayed).map(r -> r.findElement(By.cssSelector("td.status")).getText())
                    .filter(text -> text.contains("interrupted")).toList();
            assertEquals(10, reasons.size(), "each interrupted row says so: " + reasons);
            assertTrue(reasons.stream().allMatch(r -> r.contains("interrupted (SIGTERM) before it was measured")),
                    reasons.toString());
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }

    /** The site of a recorded results file, written into {@code folder} as a run writes it at its end. */
    private static Path siteOf(String recorded, Path folder, Path work) throws Exception {
        RunResult run = ResultsFile.read(RECORDED.resolve(recorded)).run();
        StaticSite site = new StaticSite(SOURCES, folder, work, work.resolve("jte"), run.started() != null
                ? run.started() : run.generated());
        site.write(run);
        return folder;
    }

    private static ChromeDriver openOverview(HeadlessChromium chromium, SiteServer server) {
        ChromeDriver browser = chromium.driver();
        browser.get(server.uri().toString());
        browser.findElement(By.cssSelector("#runs tbody tr a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> page.getTitle().startsWith("Overview"));
        return browser;
    }

    /** The overview header's value for {@code label}. */
    private static String headerValue(ChromeDriver browser, String label) {
        List<WebElement> terms = browser.findElements(By.cssSelector("dl.header dt"));
        List<WebElement> values = browser.findElements(By.cssSelector("dl.header dd"));
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).getText().equals(label)) {
                return values.get(i).getText();
            }
        }
        throw new AssertionError("no header line " + label + " in " + terms.stream().map(WebElement::getText).toList());
    }
}
