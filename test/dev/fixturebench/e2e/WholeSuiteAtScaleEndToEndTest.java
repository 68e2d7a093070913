package dev.fixturebench.e2e;

import static dev.fixturebench.e2e.BenchEndToEndTest.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --whole-suite} at scale, as issue 21 checks it, on suites {@code scripts/generate-suite.java} writes: 1,000
 * classes each with its own 2 ms {@code @BeforeEach} (a habit) are one pattern row of a bounded advice list, with a
 * whole-suite page under 300 KB; a base class's 20 ms {@code @BeforeEach} run in 30 subclasses stays one row. The
 * measured figures are printed. Tagged {@code e2e}; the 1,000-class run takes about a minute here.
 */
@Tag("e2e")
class WholeSuiteAtScaleEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** The pattern the generated classes' {@code @BeforeEach setUp} make. */
    private static final String HABIT = "*#setUp (@BeforeEach)";

    @Test
    void aThousandClassesWithTheSameBeforeEachAreOnePatternRowAndTheSuitePageStaysLight(@TempDir Path temp)
            throws Exception {
        Path suite = generate(temp, "--shape=lifecycle", "--classes=1000", "--before-all-ms=5", "--before-each-ms=2");
        Path out = temp.resolve("out");
        BenchEndToEndTest.Run run = bench("run", "--project=" + suite, "--whole-suite", "--max-fixtures=0",
                "--baseline-runs=1", "--no-startup-profile", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        JsonNode results = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
        assertEquals(1000, results.at("/whole_suite/classes").size(), "every class ran");

        JsonNode advice = results.get("advice");
        List<JsonNode> members = new ArrayList<>();
        advice.forEach(piece -> {
            assertTrue(piece.has("listed"), "every piece is flagged: " + piece);
            if (HABIT.equals(piece.path("pattern").asText())) {
                members.add(piece);
            }
        });
        assertEquals(1000, members.size(), "each class's setUp is a member of the habit");
        JsonNode pattern = null;
        for (JsonNode candidate : results.get("advice_patterns")) {
            if (candidate.get("pattern").asText().equals(HABIT)) {
                pattern = candidate;
            }
        }
        assertTrue(pattern != null && pattern.get("listed").asBoolean(), results.get("advice_patterns").toString());
        assertEquals(1000, pattern.get("fixtures").asInt());
        double saving = pattern.get("saving_ms").asDouble();
        double memberSavings = members.stream().mapToDouble(m -> m.get("saving_ms").asDouble()).sum();
        // measured: class scope keeps one of each class's two builds, so it saves half of what the 2,000 builds took
        double halfOfTheBuilds = 0;
        for (JsonNode fixture : results.at("/whole_suite/fixtures")) {
            if (fixture.get("name").asText().endsWith("#setUp")) {
                halfOfTheBuilds += fixture.at("/in_suite/total_ms").asDouble() / 2;
            }
        }
        System.out.printf("1,000-class suite: wall %.1f s; pattern %s saves %.0f ms (its members %.0f ms; half of the"
                        + " 2,000 setUp builds %.0f ms); %d advice rows listed%n",
                results.at("/whole_suite/wall_ms/median").asDouble() / 1000, HABIT, saving, memberSavings, halfOfTheBuilds,
                reportRows(out).size());
        assertEquals(memberSavings, saving, memberSavings * 1e-6, "the pattern's saving is its members' added up");
        assertTrue(Math.abs(saving - halfOfTheBuilds) <= 0.10 * halfOfTheBuilds, "within 10 % of what the run"
                + " measured: " + saving + " against " + halfOfTheBuilds);
        assertTrue(saving >= 1000 * 2.0, "1,000 builds of a 2 ms sleep are at least 2 s: " + saving);

        List<String> rows = reportRows(out);
        assertTrue(rows.size() <= 20, "at most 20 advice rows: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("| `" + HABIT + "`: 1000 fixtures, one per class")),
                rows.toString());
        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        String section = report.substring(report.indexOf("### Advice"), report.indexOf("### Fixtures in the suite"));
        assertTrue(section.lines().filter(l -> l.contains(" more below the floor ")).count() <= 1, section);

        Path page;
        try (Stream<Path> pages = Files.walk(out.resolve("site/runs"))) {
            page = pages.filter(p -> p.getFileName().toString().equals("suite.html")).findFirst().orElseThrow();
        }
        System.out.printf("suite.html: %d bytes%n", Files.size(page));
        assertTrue(Files.size(page) <= 300 * 1024, "suite.html of 1,000 classes: " + Files.size(page) + " bytes");
        String html = Files.readString(page);
        assertTrue(html.contains("<code>" + HABIT + "</code> <span class=\"members-count\">1000 fixtures, one per"
                + " class</span>"), "the pattern opens to its members on the site");
    }

    @Test
    void aBaseClassesBeforeEachRunInThirtySubclassesStaysOneRow(@TempDir Path temp) throws Exception {
        Path suite = generate(temp, "--shape=inherited", "--classes=30", "--before-each-ms=20", "--tests-per-class=3");
        Path out = temp.resolve("out");
        BenchEndToEndTest.Run run = bench("run", "--project=" + suite, "--whole-suite", "--max-fixtures=0",
                "--baseline-runs=1", "--no-startup-profile", "--no-site", "--out=" + out);
        assertEquals(0, run.exitCode(), run.output());
        JsonNode results = JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile());
        JsonNode advice = results.get("advice");
        assertEquals(1, advice.size(), advice.toString());
        JsonNode base = advice.get(0);
        assertTrue(base.get("listed").asBoolean());
        assertFalse(base.has("pattern"), "one method, not a habit of many: " + base);
        JsonNode figures = null;
        for (JsonNode fixture : results.at("/whole_suite/fixtures")) {
            if (fixture.get("name").asText().equals(base.get("fixture").asText())) {
                figures = fixture.get("in_suite");
            }
        }
        assertTrue(figures != null, results.at("/whole_suite/fixtures").toString());
        assertEquals(90, figures.get("builds").asInt(), "3 tests in each of 30 classes");
        double saving = base.get("saving_ms").asDouble();
        System.out.printf("inherited @BeforeEach: %s, %d builds, saving %.0f ms%n", base.get("fixture").asText(),
                figures.get("builds").asInt(), saving);
        assertTrue(Math.abs(saving - 1200) <= 120, "60 of its 90 builds of 20 ms, about 1.2 s: " + saving);
        assertEquals(1, reportRows(out).size(), reportRows(out).toString());
    }

    /** Writes a suite with {@code scripts/generate-suite.java} as the docs show it; its folder. */
    private static Path generate(Path temp, String... options) throws IOException, InterruptedException {
        Path suite = temp.resolve("suite");
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("jbang").toString(),
                "scripts/generate-suite.java"));
        command.addAll(List.of(options));
        command.add(suite.toString());
        Path log = Files.createTempFile("generate-suite-", ".log");
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the generator did not finish in 5 minutes");
        }
        assertEquals(0, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        return suite;
    }

    /** The advice table's rows in the report. */
    private static List<String> reportRows(Path out) throws IOException {
        String report = Files.readString(out.resolve("fixture_benchmark_report.md"));
        String section = report.substring(report.indexOf("### Advice"), report.indexOf("### Fixtures in the suite"));
        return section.lines().filter(l -> l.startsWith("| `")).toList();
    }
}
