package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up cache as a user meets it: {@code ./jbang bench.java} on the bundled example three times with a cache folder
 * of its own ({@code XDG_CACHE_HOME}); the second run takes its class path, archive and fixtures from the cache and
 * measures the same, and a source touched before the third makes it build and discover again.
 */
@Tag("e2e")
class CacheEndToEndTest {

    private static final Path SOURCE = Path.of("examples/model-suite/src/test/java/dev/fixturebench/examples"
            + "/CalibrationFixturesTest.java");

    @Test
    void aSecondRunReusesItsSetUpAndATouchedSourceBuildsAgain(@TempDir Path cacheHome, @TempDir Path out)
            throws Exception {
        Map<String, String> environment = Map.of("XDG_CACHE_HOME", cacheHome.toString());
        String[] args = {"--filter=calib_sleep_250ms", "--max-fixtures=1", "--repeat=1", "--baseline-runs=1",
                "--no-startup-profile", "--no-site", "--out=" + out};

        BenchEndToEndTest.Run first = BenchEndToEndTest.bench(environment, args);
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(first.output().contains("Building the suite with Maven: "), first.output());
        assertTrue(first.output().contains("Dumping a class-data sharing archive"), first.output());
        assertTrue(first.output().contains("Discovering fixtures ("), first.output());
        assertTrue(Files.isDirectory(cacheHome.resolve("fixture-bench/classpath")), "the cache is where XDG says");
        assertMeasuredRight(out, "dumped in ");

        BenchEndToEndTest.Run second = BenchEndToEndTest.bench(environment, args);
        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().matches("(?s).*Class path of \\S+ unchanged since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"
                + " UTC \\(cache\\): not building.*"), second.output());
        assertTrue(second.output().contains(" (cache): not dumping"), second.output());
        assertTrue(second.output().contains(" (cache): no discovery fork"), second.output());
        assertFalse(second.output().contains("Building the suite with Maven"), second.output());
        assertFalse(second.output().contains("Dumping a class-data sharing archive"), second.output());
        assertFalse(second.output().contains("Discovering fixtures ("), second.output());
        assertMeasuredRight(out, "reused from the cache (dumped ");
        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        assertTrue(report.contains("- **Class-data sharing:** yes — every fork starts from an archive of the fork class"
                + " path's jars: ") && report.contains(", reused from the cache (dumped "), report);

        Files.setLastModifiedTime(SOURCE, FileTime.from(Instant.now()));
        BenchEndToEndTest.Run third = BenchEndToEndTest.bench(environment, args);
        assertEquals(0, third.exitCode(), third.output());
        assertTrue(third.output().contains("Building the suite with Maven: "), "a source changed: " + third.output());
        assertTrue(third.output().contains("Discovering fixtures ("), "its classes were compiled again: "
                + third.output());
        assertTrue(third.output().contains(" (cache): not dumping"), "the jars are the same: " + third.output());
        assertMeasuredRight(out, "reused from the cache (dumped ");

        BenchEndToEndTest.Run uncached = BenchEndToEndTest.bench(environment, concat(args, "--no-cache"));
        assertEquals(0, uncached.exitCode(), uncached.output());
        assertTrue(uncached.output().contains("Building the suite with Maven: ")
                && uncached.output().contains("Dumping a class-data sharing archive")
                && uncached.output().contains("Discovering fixtures ("), "--no-cache: " + uncached.output());
        assertMeasuredRight(out, "dumped in ");
    }

    /** The run in {@code out} measured the 250 ms sleep within its tolerance, its forks from an archive described so. */
    private static void assertMeasuredRight(Path out, String archive) throws Exception {
        JsonNode json = new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile());
        assertTrue(json.at("/settings/class_data_sharing/used").asBoolean(), json.at("/settings").toString());
        String detail = json.at("/settings/class_data_sharing/detail").asText();
        assertTrue(detail.contains(archive), detail);
        assertTrue(json.get("discovered").asInt() >= 48, "the example's fixtures, all discovered");
        JsonNode fixture = json.get("fixtures").get(0);
        assertEquals("calib_sleep_250ms", fixture.get("name").asText());
        assertEquals("ok", fixture.get("status").asText(), fixture.toString());
        double init = fixture.at("/init_ms/median").asDouble();
        // within the larger of ±3 % and ±8 ms, as the accuracy check allows
        assertTrue(Math.abs(init - 250) <= 8, "calib_sleep_250ms measured " + init);
        assertTrue(json.at("/baseline/startup_ms/median").asDouble() > 50, "a JVM start takes time");
    }

    private static String[] concat(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
