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
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.Status;
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
        results.add(new FixtureResult(info, Status.OK, null, SampleRuns.stats(5, 6, 7), null, null, null, null, null,
                null, 1.0, null, null, null, null, null));
        List<FixtureInfo> catalog = new ArrayList<>(sample.suite().fixtures());
        catalog.add(info);
        return new RunResult(generated, sample.environment(), sample.settings(),
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
        assertTrue(table.contains("data-category=\"Static &#34;quoted&#34;\"")
                || table.contains("data-category=\"Static &quot;quoted&quot;\""), "attributes escaped too");
        for (Path page : allPages(folder)) {
            String html = Files.readString(page);
            assertFalse(html.contains(HOSTILE), page + " shows the name as text");
            Matcher external = Pattern.compile("(?:src|href)=\"(?:https?:)?//").matcher(html);
            assertFalse(external.find(), page + " links a resource on another host");
        }
        String overview = Files.readString(run.resolve("index.html"));
        assertTrue(overview.contains("<svg class=\"chart\""), "the chart is inline SVG");
        assertEquals(3, count(overview, "class=\"bar-row\""), "a bar per ok fixture");
        String broken = Files.readString(run.resolve("fixtures").resolve(PageNames.fixturePage("broken_model")));
        assertTrue(broken.contains("weights file truncated after 4096 bytes"), "the full error is on its page");
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
        String page = Files.readString(folder.resolve("runs/20261127-113000/fixtures")
                .resolve(PageNames.fixturePage("calib_sleep_250ms")));
        assertTrue(page.contains("data-points=\"2\""), "two runs, two points");
        String table = Files.readString(folder.resolve("runs/20261127-113000/fixtures.html"));
        assertEquals(3, count(table, "data-points=\"2\""), "each of the 3 ok fixtures's trend in the table has two points");
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

    private static List<Path> allPages(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(folder.resolve("speedscope")))
                    .toList();
        }
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
