package dev.fixturebench.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.fixturebench.profile.CollapsedStacks;
import dev.fixturebench.profile.Speedscope;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The vendored speedscope viewer, served as a site serves it, opens a profile beside it in a real browser and draws
 * its flame chart, with no console error and no request to any other host. Starts Chromium: tagged {@code e2e}.
 */
@Tag("e2e")
class SpeedscopeViewerBrowserTest {

    private static final Path VIEWER = Path.of("site/speedscope");

    private static final String PROFILE = """
            {
              "$schema": "https://www.speedscope.app/file-format-schema.json",
              "shared": {"frames": [{"name": "fixtureMain"}, {"name": "buildDatabase"}, {"name": "parseConfig"}]},
              "profiles": [{
                "type": "evented", "name": "sample", "unit": "milliseconds", "startValue": 0, "endValue": 10,
                "events": [
                  {"type": "O", "frame": 0, "at": 0},
                  {"type": "O", "frame": 1, "at": 1}, {"type": "C", "frame": 1, "at": 6},
                  {"type": "O", "frame": 2, "at": 6}, {"type": "C", "frame": 2, "at": 9},
                  {"type": "C", "frame": 0, "at": 10}
                ]
              }],
              "name": "sample", "activeProfileIndex": 0, "exporter": "fixture-bench test"
            }
            """;

    @Test
    void opensAProfileBesideItAndDrawsTheFlameChartFromTheSameHostAlone(@TempDir Path site) throws Exception {
        copyFolder(VIEWER, site.resolve("speedscope"));
        Files.createDirectories(site.resolve("profiles"));
        Files.writeString(site.resolve("profiles/sample.json"), PROFILE);

        try (SiteServer server = SiteServer.start(site, 0); HeadlessChromium chromium = HeadlessChromium.open()) {
            ChromeDriver browser = chromium.driver();
            browser.get(server.uri().resolve("speedscope/index.html") + "#profileURL=../profiles/sample.json"
                    + "&title=fixture-sample");
            byte[] flameChart = chromium.awaitFlameChart("fixture-sample");
            assertTrue(flameChart.length > 0);

            assertEquals(List.of(), chromium.consoleErrors(), "the viewer logged errors");
            List<String> requested = chromium.requestedUrls();
            assertTrue(requested.contains(server.uri().resolve("profiles/sample.json").toString()),
                    requested::toString);
            HeadlessChromium.assertAllFrom(server.uri(), requested);
        }
    }

    @Test
    void opensAProfileWrittenPerThreadInLeftHeavyOnTheMainThread(@TempDir Path site, @TempDir Path work)
            throws Exception {
        copyFolder(VIEWER, site.resolve("speedscope"));
        Path raw = work.resolve("threads.collapsed.txt");
        Files.writeString(raw, String.join("\n",
                "[C2 CompilerThre tid=12];start_thread;CompileBroker::compiler_thread_loop 40",
                "[main tid=8];app/Main.main_[j];app/Main.work_[j] 3",
                "[main tid=8];app/Main.main_[j] 2"));
        Path profile = site.resolve("runs/r/profiles/startup_speedscope_1.json");
        Files.createDirectories(profile.getParent());
        Files.writeString(profile, Speedscope.render(CollapsedStacks.read(raw), 1, "two threads"));

        try (SiteServer server = SiteServer.start(site, 0); HeadlessChromium chromium = HeadlessChromium.open()) {
            // the link as the start-up page writes it, followed from that page's folder
            chromium.driver().get(server.uri().resolve("runs/r/startup.html")
                    .resolve(PageNames.viewer("runs/r/profiles/startup_speedscope_1.json", null, 2)).toString());
            assertTrue(chromium.awaitFlameChart("two threads").length > 0, "titled by the file's own name");
            assertEquals("Left Heavy", chromium.viewerView(), "the view the link names");
            assertEquals("main tid=8 (1/2)", chromium.viewerProfile(), "the main thread's profile, of two");
            assertEquals(List.of(), chromium.consoleErrors(), "the viewer logged errors");
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
