package dev.fixturebench.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Outcome;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.Timings;
import dev.fixturebench.report.SampleRuns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site written from the checkout's own templates and assets, read back as files (the browser test opens it). */
class StaticSiteTest {

    private static final SiteSources SOURCES = SiteSources.in(Path.of("").toAbsolutePath());
    static final String HOSTILE = "<script>alert(1)</script>";

    /** The sample run with one more fixture, named to break a page that does not escape it. */
    static RunResult hostileRun(Instant generated) {
        RunResult sample = SampleRuns.run();
        FixtureInfo info = new FixtureInfo(HOSTILE, FixtureType.STATIC, FixtureScope.METHOD, "Static \"quoted\"",
                "example.Holder", List.of("z_static"), 1);
        List<FixtureResult> results = new ArrayList<>(sample.fixtures());
        results.add(new FixtureResult(info, Outcome.OK,
                new Timings(SampleRuns.stats(5, 6, 7), null, null, null, null, null, null),
                new Memory(1.0, null, null, null, null), null, null));
        List<FixtureInfo> catalog = new ArrayList<>(sample.suite().fixtures());
        catalog.add(info);
        return RunResult.of(generated, sample.environment(), sample.settings(),
                new dev.fixturebench.model.SuiteCatalog(catalog, sample.suite().tests(), sample.suite().templates()),
                sample.baseline(), results);
    }

    private static StaticSite site(Path folder, Path work, Instant started) throws IOException {
        return new StaticSite(SOURCES, folder, work, work.resolve("jte"), started);
    }

    @Test
    void writesEveryPageAndEscapesAFixtureNamedLikeAScript(@TempDir Path folder, @TempDir Path work)
            throws Exception {
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        StaticSite site = site(folder, work, started);
        site.write(hostileRun(started));
        Path run = folder.resolve("runs/20261127-100000");
        for (String page : List.of("index.html", "fixtures.html", "startup.html")) {
            assertTrue(Files.isRegularFile(run.resolve(page)), page);
        }
        assertTrue(Files.isRegularFile(folder.resolve("index.html")));
        assertTrue(Files.isRegularFile(folder.resolve("speedscope/index.html")), "the viewer is copied in");
        assertTrue(Files.isRegularFile(folder.resolve("speedscope/LICENSE")), "with its licence");
        assertTrue(Files.isRegularFile(folder.resolve("assets/site.js")));
        try (Stream<Path> pages = Files.list(run.resolve("fixtures"))) {
            assertEquals(5, pages.count(), "one page per measured fixture");
        }
        String table = Files.readString(run.resolve("fixtures.html"));
        assertFalse(table.contains(HOSTILE), "the name is never markup");
        assertTrue(table.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), table);
        assertTrue(table.contains("<option value=\"Static &#34;quoted&#34;\">")
                || table.contains("<option value=\"Static &quot;quoted&quot;\">"), "attributes escaped too");
        for (Path page : allPages(folder)) {
            String html = Files.readString(page);
            assertFalse(html.contains(HOSTILE), page + " shows the name as text");
            Matcher external = Pattern.compile("(?:src|href)=\"(?:https?:)?//").matcher(html);
            assertFalse(external.find(), page + " links a resource on another host");
        }
        String overview = Files.readString(run.resolve("index.html"));
        for (dev.fixturebench.view.HeaderLine line : dev.fixturebench.view.RunHeader.of(hostileRun(started))) {
            assertTrue(overview.contains("<dt>" + line.label() + "</dt>"), "the run's one header: " + line.label());
        }
        assertTrue(overview.contains("<svg class=\"chart\""), "the chart is inline SVG");
        assertEquals(3, count(overview, "class=\"bar-row\""), "a bar per ok fixture");
        String broken = Files.readString(run.resolve("fixtures").resolve(PageNames.fixturePage("broken_model")));
        assertTrue(broken.contains("weights file truncated after 4096 bytes"), "the full error is on its page");
    }

    @Test
    void aComparedRunShowsTheComparisonOnItsOverviewAndMarksTheChangedRowAndEachSkipsReason(@TempDir Path folder,
            @TempDir Path work) throws Exception {
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        RunResult sample = SampleRuns.run();
        RunResult before = RunResult.of(started, sample.environment(), sample.settings(), sample.suite(),
                sample.baseline(), List.of(SampleRuns.ok("z_static", "Static", 5.0, 0.5),
                        SampleRuns.ok("gone_fixture", "Static", 3.0, 0.0)));
        RunResult now = sample.withComparison(dev.fixturebench.results.RunComparison.of(before, sample,
                "earlier/fixture_benchmark_results.json", 10.0));
        site(folder, work, started).write(now);
        Path run = folder.resolve("runs/20261127-100000");
        String overview = Files.readString(run.resolve("index.html"));
        assertTrue(overview.contains("<h2 id=\"comparison\">Compared with earlier results</h2>"), overview);
        assertTrue(overview.contains("<code>earlier/fixture_benchmark_results.json</code>"), overview);
        assertTrue(overview.contains("<tr class=\"changed slower\"><td>z_static</td><td class=\"num\">5.0 ms</td>"
                + "<td class=\"num\">12.0 ms</td><td class=\"num\">+7.0 ms (+140.0 %) slower</td>"),
                "z_static, 5.0 ms then, 12.0 now: " + overview);
        assertTrue(overview.contains("Removed (only the earlier run): gone_fixture."), overview);
        String table = Files.readString(run.resolve("fixtures.html"));
        assertTrue(table.contains("<th data-sort=\"number\" class=\"num\" title=\"init against the earlier results"
                + " (--compare)\">vs earlier</th>"), table);
        assertTrue(table.matches("(?s).*<tr data-name=\"z_static\"[^>]* class=\"slower\">.*"),
                "the changed row is marked: " + table);
        assertTrue(table.contains("<small class=\"reason\">no GPU: libcuda.so.1 not found</small>"),
                "a skipped row says why: " + table);
    }

    @Test
    void namesWithQuotesAndParentPathsStayInsideTheSite(@TempDir Path root, @TempDir Path work) throws Exception {
        Path folder = root.resolve("site");
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        RunResult sample = SampleRuns.run();
        // an absolute name points into this test's own folder, beside the site: a break writes there, never elsewhere
        List<String> hostile = List.of("../../escaped", "..", root.resolve("absolute").toString(), "a\"b'c",
                "C:\\Windows\\x", "..\\..\\up");
        List<FixtureResult> results = new ArrayList<>(sample.fixtures());
        List<FixtureInfo> catalog = new ArrayList<>(sample.suite().fixtures());
        for (String name : hostile) {
            FixtureInfo info = new FixtureInfo(name, FixtureType.STATIC, FixtureScope.METHOD, "../Category \"q\"",
                    "example.Holder", List.of(), 1);
            results.add(new FixtureResult(info, Outcome.OK,
                    new Timings(SampleRuns.stats(5, 6, 7), null, null, null, null, null, null),
                    new Memory(1.0, null, null, null, null), null, null));
            catalog.add(info);
        }
        site(folder, work, started).write(RunResult.of(started, sample.environment(), sample.settings(),
                new dev.fixturebench.model.SuiteCatalog(catalog, sample.suite().tests(), sample.suite().templates()),
                sample.baseline(), results));
        try (Stream<Path> written = Files.walk(root)) {
            for (Path file : written.filter(Files::isRegularFile).toList()) {
                assertTrue(file.normalize().startsWith(folder), file + " lies outside the site");
            }
        }
        Path pages = folder.resolve("runs/20261127-100000/fixtures");
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String name : hostile) {
            String page = PageNames.fixturePage(name);
            assertTrue(page.matches("[a-z0-9-]+\\.html"), name + " -> " + page);
            assertTrue(names.add(page), "a page of its own: " + name);
            String html = Files.readString(pages.resolve(page));
            Matcher heading = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL).matcher(html);
            assertTrue(heading.find(), page);
            String shown = heading.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&#x27;", "'").replace("&amp;", "&");
            assertEquals(name, shown, "the page shows the name as it is");
        }
        String table = Files.readString(folder.resolve("runs/20261127-100000/fixtures.html"));
        for (String name : hostile) {
            assertTrue(table.contains("href=\"fixtures/" + PageNames.fixturePage(name) + "\""), name + " linked");
        }
    }

    @Test
    void keepsEarlierRunsAndDrawsATrendAcrossThem(@TempDir Path folder, @TempDir Path work) throws Exception {
        Instant first = Instant.parse("2026-11-27T10:00:00Z");
        site(folder, work, first).write(hostileRun(first));
        Instant second = Instant.parse("2026-11-27T11:30:00Z");
        StaticSite later = site(folder, work, second);
        later.write(hostileRun(second));
        later.write(hostileRun(second)); // a run writes after every fixture: still one entry
        String history = Files.readString(folder.resolve(RunHistory.FILE_NAME));
        assertEquals(2, RunHistory.read(folder).runs().size(), history);
        String index = Files.readString(folder.resolve("index.html"));
        assertTrue(index.indexOf("runs/20261127-113000/index.html") < index.indexOf("runs/20261127-100000/index.html"),
                "newest first");
        assertTrue(index.matches("(?s).*<div id=\"total-init\">\\s*<svg class=\"trend total\"[^>]* data-points=\"2\".*"),
                "the front page draws the total init of both runs: " + index);
        String page = Files.readString(folder.resolve("runs/20261127-113000/fixtures")
                .resolve(PageNames.fixturePage("calib_sleep_250ms")));
        assertTrue(page.contains("data-points=\"2\""), "two runs, two points");
        String table = Files.readString(folder.resolve("runs/20261127-113000/fixtures.html"));
        assertEquals(3, Pattern.compile("<td data-value=\"[^\"]+\">[▁-█]{2} [+-]\\d+ %</td>").matcher(table).results()
                .count(), "each of the 3 ok fixtures's trend in the table: two runs as text, and the change");
        assertFalse(table.contains("<svg"), "no drawing per row where text serves");
    }

    @Test
    void writesTheWholeSuitesPageAndLinksItOnlyWhenTheRunHasOne(@TempDir Path folder, @TempDir Path work)
            throws Exception {
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        site(folder.resolve("without"), work, started).write(hostileRun(started));
        Path without = folder.resolve("without/runs/20261127-100000");
        assertFalse(Files.exists(without.resolve("suite.html")), "no whole-suite data, no page");
        for (Path page : allPages(folder.resolve("without"))) {
            assertFalse(Files.readString(page).contains("suite.html"), page + " links no whole-suite page");
        }
        String plainTable = Files.readString(without.resolve("fixtures.html"));
        assertFalse(plainTable.contains("In suite (builds)") || plainTable.contains("In suite total (ms)"),
                "no in-suite columns without whole-suite data");

        RunResult run = SampleRuns.withWholeSuite(hostileRun(started));
        site(folder.resolve("with"), work, started).write(run);
        Path with = folder.resolve("with/runs/20261127-100000");
        assertTrue(Files.isRegularFile(with.resolve("suite.html")));
        List<Path> runPages = new ArrayList<>(List.of(with.resolve("index.html"), with.resolve("fixtures.html"),
                with.resolve("startup.html"), with.resolve("suite.html")));
        try (Stream<Path> pages = Files.list(with.resolve("fixtures"))) {
            pages.forEach(runPages::add);
        }
        Pattern navLink = Pattern.compile("<a href=\"[./]*runs/20261127-100000/suite\\.html\"[^>]*>Whole suite</a>");
        for (Path page : runPages) {
            assertTrue(navLink.matcher(Files.readString(page)).find(),
                    page + " links the whole suite's page in its navigation");
        }
        for (Path page : allPages(folder.resolve("with"))) {
            String html = Files.readString(page);
            assertFalse(html.contains(HOSTILE) || html.contains("<b>") || html.contains("<em>")
                    || html.contains("<i>"), page + " shows hostile text as text");
            assertFalse(Pattern.compile("(?:src|href)=\"(?:https?:)?//").matcher(html).find(),
                    page + " links a resource on another host");
        }

        String suite = Files.readString(with.resolve("suite.html"));
        assertTrue(suite.contains("<h1>The whole suite</h1>"), suite);
        assertEquals(run.wholeSuite().fixtures().size(), rows(suite, "suite-fixtures"), "a row per fixture");
        assertEquals(2, rows(suite, "suite-classes"), "a row per test class");
        assertEquals(2, rows(suite, "suite-contexts"), "a row per Spring context");
        assertEquals(run.wholeSuite().advice().size(), rows(suite, "suite-advice"), "a row per piece of advice");
        String advice = table(suite, "suite-advice");
        assertTrue(advice.contains("<td>752 ms</td>") || advice.contains(">752 ms</td>"), "the saving: " + advice);
        assertTrue(advice.contains("<td>none</td>"), "a fixture that could go");
        assertTrue(advice.indexOf("calib_sleep_250ms") < advice.indexOf("never_measured"), "ranked as given");
        assertTrue(suite.contains("cannot prove that the tests leave a fixture's state alone")
                || suite.contains("cannot prove that the tests leave a fixture&#39;s state alone"), suite);
        assertTrue(suite.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile name is text");
        assertTrue(suite.contains("&lt;b&gt;Hi, Ada&lt;/b&gt;"), "the failure's markup is text");
        assertTrue(suite.contains("5 passed, 1 failed, 0 aborted, 1 skipped"), suite);
        String fixtures = table(suite, "suite-fixtures");
        assertTrue(fixtures.contains("href=\"fixtures/" + PageNames.fixturePage("calib_sleep_250ms") + "\""),
                "a fixture measured alone links its page");
        assertFalse(fixtures.contains(PageNames.fixturePage("never_measured")), "one never measured has no page");
        assertTrue(fixtures.contains("data-value=\"250.4\">250</td>"), "calib's isolated init beside its figures");
        assertEquals(3, count(fixtures, "class=\"dagger\""), "a † per fixture timed with more than its own call");
        assertTrue(suite.contains("SpringExtension and MockitoExtension, the application context included"),
                "the † explained");
        String contexts = table(suite, "suite-contexts");
        assertTrue(contexts.contains("<code>example.GreetingServiceTest</code> <span class=\"built\">(built it)"),
                contexts);
        assertTrue(contexts.contains("differs from <a href=\"#context-2\">context-2</a> by:")
                && contexts.contains("<code>+ property greeting.prefix=Hi</code>"), contexts);
        assertEquals(2, count(contexts, "<details>"), "every facet a click away");
        assertTrue(table(suite, "suite-classes").contains("<a href=\"#context-1\">context-1</a>"));
        assertTrue(suite.contains("statistics could not be read"), "the notes");

        String table = Files.readString(with.resolve("fixtures.html"));
        assertTrue(table.contains("In suite (builds)") && table.contains("In suite total (ms)"));
        assertTrue(row(table, "calib_sleep_250ms").endsWith("<td>4</td><td data-value=\"1002.4\">1002</td></tr>"),
                "calib's builds and total in the suite");
        assertTrue(row(table, "broken_model").endsWith("<td>—</td><td data-value=\"\">—</td></tr>"),
                "broken_model, never built in the suite, has neither");
        String calib = Files.readString(with.resolve("fixtures").resolve(PageNames.fixturePage("calib_sleep_250ms")));
        assertTrue(calib.contains("In the whole suite") && calib.contains("<dt>Builds</dt><dd>4</dd>")
                && calib.contains("<dt>Total</dt><dd>1002 ms</dd>"), calib);
        assertTrue(calib.contains("from method to session") && calib.contains("752 ms"), "its advice");
        String broken = Files.readString(with.resolve("fixtures").resolve(PageNames.fixturePage("broken_model")));
        assertFalse(broken.contains("In the whole suite"), "never built in the suite");
        String overview = Files.readString(with.resolve("index.html"));
        assertTrue(overview.contains("<a href=\"suite.html\">6120 ms median wall time"), overview);
    }

    @Test
    void rewritesFixturePagesWhenTheWholeSuitesFiguresArrive(@TempDir Path folder, @TempDir Path work)
            throws Exception {
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        StaticSite site = site(folder, work, started);
        site.write(hostileRun(started));
        Path fixtures = folder.resolve("runs/20261127-100000/fixtures");
        Path calib = fixtures.resolve(PageNames.fixturePage("calib_sleep_250ms"));
        assertFalse(Files.readString(calib).contains("In the whole suite"));
        site.write(SampleRuns.withWholeSuite(hostileRun(started)));
        assertTrue(Files.readString(calib).contains("In the whole suite"), "its in-suite figures are a change");
        assertTrue(Files.readString(fixtures.resolve(PageNames.fixturePage("broken_model"))).contains("suite.html"),
                "a page whose fixture the suite never built still links the new page");
        site.write(hostileRun(started));
        assertFalse(Files.exists(folder.resolve("runs/20261127-100000/suite.html")), "no page nothing links");
    }

    @Test
    void anUnchangedFixturesPageIsNotWrittenAgainWhenOnlyTheTimeOfTheWriteMoved(@TempDir Path folder,
                                                                               @TempDir Path work) throws Exception {
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        StaticSite site = site(folder, work, started);
        site.write(hostileRun(started.plusSeconds(5)));
        Path calib = folder.resolve("runs/20261127-100000/fixtures")
                .resolve(PageNames.fixturePage("calib_sleep_250ms"));
        assertTrue(Files.isRegularFile(calib));
        Files.delete(calib);
        site.write(hostileRun(started.plusSeconds(9))); // the next fixture's state: the same results, a later write
        assertFalse(Files.exists(calib), "the same page is not rendered and written again");
    }

    @Test
    void refusesAHistoryItCannotReadAndLeavesItAlone(@TempDir Path folder, @TempDir Path work) throws Exception {
        Files.writeString(folder.resolve(RunHistory.FILE_NAME), "{\"not\": \"ours\"}");
        IOException e = assertThrows(IOException.class, () -> site(folder, work, Instant.now()));
        assertTrue(e.getMessage().contains("history.json cannot be read") && e.getMessage().contains("--site"),
                e.getMessage());
        assertEquals("{\"not\": \"ours\"}", Files.readString(folder.resolve(RunHistory.FILE_NAME)));
    }

    @Test
    void neverWritesIntoAFolderThatHoldsSomethingElse(@TempDir Path folder, @TempDir Path work) throws Exception {
        Files.writeString(folder.resolve("index.html"), "the project's own docs");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> site(folder, work, Instant.now()));
        assertTrue(e.getMessage().contains("holds no Fixture Bench site"), e.getMessage());
        assertEquals("the project's own docs", Files.readString(folder.resolve("index.html")));
    }

    @Test
    void runsStartedInTheSameSecondGetFoldersOfTheirOwn(@TempDir Path folder, @TempDir Path work) throws Exception {
        Instant same = Instant.parse("2026-11-27T10:00:00Z");
        StaticSite first = site(folder, work, same);
        StaticSite second = site(folder, work, same);
        assertEquals("20261127-100000", first.runId());
        assertEquals("20261127-100000-2", second.runId());
        first.write(hostileRun(same));
        second.write(hostileRun(same));
        assertEquals(2, RunHistory.read(folder).runs().size(), "neither run's entry is lost");
    }

    @Test
    void namesThatDifferOnlyInCaseOrPunctuationGetPagesOfTheirOwn() {
        assertTrue(!PageNames.fixturePage("Model").equals(PageNames.fixturePage("model"))
                && !PageNames.fixturePage("a.b").equals(PageNames.fixturePage("a-b")));
        assertTrue(PageNames.fixturePage("model[size=large]").startsWith("model-size-large-"));
    }

    @Test
    void aThousandClassSuitesPageStaysLightWithItsAdviceBoundedAndItsHabitsGrouped(@TempDir Path folder,
                                                                                  @TempDir Path work) throws Exception {
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        RunResult run = SampleRuns.atScale(1000);
        site(folder, work, started).write(run);
        Path page = folder.resolve("runs/20261127-100000/suite.html");
        assertTrue(Files.size(page) <= 300 * 1024, "suite.html of 1000 classes and 2004 fixtures: " + Files.size(page)
                + " bytes");
        String suite = Files.readString(page);

        String advice = table(suite, "suite-advice");
        assertEquals(2, rows(suite, "suite-advice"), "the habit's pattern and the inherited method: " + advice);
        assertTrue(advice.indexOf("<code>*#setUp (@BeforeEach)</code>") < advice.indexOf("RepositoryBase#openConnection"),
                "the pattern's 2.1 s first, the inherited method's 1.2 s second");
        assertTrue(advice.contains("<span class=\"members-count\">1000 fixtures, one per class</span>"), advice);
        assertEquals(1000, count(advice, "<li>"), "the pattern opens to its members");
        assertTrue(suite.contains("2 more below the floor (under 50 ms and under 1 % of the suite&#39;s wall time),"
                + " 42.5 ms in all") || suite.contains("2 more below the floor (under 50 ms and under 1 % of the"
                + " suite's wall time), 42.5 ms in all"), "one line for the rest");

        String fixtures = table(suite, "suite-fixtures");
        assertEquals(5, rows(suite, "suite-fixtures"), "two groups of 1000 and three fixtures of their own");
        assertEquals(2, count(fixtures, "<tr class=\"group\">"));
        assertEquals(2000, count(fixtures, "<li>"), "each group opens to its members");
        assertTrue(fixtures.contains("<td data-value=\"*#setUpClass\"><details><summary><code>*#setUpClass</code>"),
                fixtures.substring(0, 2000));
        assertEquals(1000, rows(suite, "suite-classes"), "every class");
    }

    @Test
    void aTableOfTwoThousandFixturesDrawsNoSvgPerRow(@TempDir Path folder, @TempDir Path work) throws Exception {
        Instant started = Instant.parse("2026-11-27T10:00:00Z");
        site(folder, work, started).write(SampleRuns.measured(2000));
        Path page = folder.resolve("runs/20261127-100000/fixtures.html");
        String table = Files.readString(page);
        assertEquals(2000, count(table, "<tr data-name="));
        assertEquals(2000 - FixturesPage.PAGE_ROWS, Pattern.compile("<tr data-name=\"[^\"]+\" hidden>").matcher(table)
                .results().count(), "one page shown as the page opens");
        assertTrue(table.contains("<noscript><style>tbody tr[hidden] { display: table-row !important; }</style>"),
                "without the script every row shows");
        assertFalse(table.contains("<svg"), "the trend is text in the table");
        assertTrue(Files.size(page) <= 2000 * 400, "at most 400 bytes a row (a drawing each was 1 KB): "
                + Files.size(page) + " bytes");
    }

    private static List<Path> allPages(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(folder.resolve("speedscope")))
                    .toList();
        }
    }

    /** The table {@code id} of {@code html}, from its opening tag to its end. */
    private static String table(String html, String id) {
        int start = html.indexOf("<table id=\"" + id + "\"");
        assertTrue(start >= 0, "no table " + id);
        return html.substring(start, html.indexOf("</table>", start));
    }

    /** The row of fixture {@code name} in the fixtures table {@code html}, to its end. */
    private static String row(String html, String name) {
        int start = html.indexOf("<tr data-name=\"" + name + "\"");
        assertTrue(start >= 0, "no row " + name);
        return html.substring(start, html.indexOf("</tr>", start) + "</tr>".length());
    }

    /** The rows of the body of table {@code id}. */
    private static int rows(String html, String id) {
        String table = table(html, id);
        return count(table.substring(table.indexOf("<tbody>")), "<tr");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
