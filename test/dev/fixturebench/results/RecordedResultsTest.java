package dev.fixturebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.Timings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Results files that Fixture Bench wrote for real (format 2, before the results model was rewritten): the tool reads
 * each, and writes it back byte for byte. Together they hold every kind of row a run writes.
 */
class RecordedResultsTest {

    /** The recorded files; {@code README.md} beside them says how each was made. */
    static final Path RECORDED = Path.of("test/dev/fixturebench/results/recorded");

    /** Each time of a row by its field in the file. */
    private static final Map<String, Function<Timings, Stats>> TIMES = Map.of("init_ms", Timings::initMs,
            "own_init_ms", Timings::ownInitMs, "dependencies_init_ms", Timings::dependenciesInitMs,
            "init_cpu_ms", Timings::initCpuMs, "teardown_ms", Timings::teardownMs, "wall_ms", Timings::wallMs,
            "wall_minus_baseline_ms", Timings::wallMinusBaselineMs);

    /** Each memory figure of a row by its field in the file. */
    private static final Map<String, Function<Memory, Double>> MEMORY = Map.of("heap_retained_mib",
            Memory::heapRetainedMib, "allocated_mib", Memory::allocatedMib, "classes_loaded", Memory::classesLoaded,
            "rss_delta_mib", Memory::rssDeltaMib, "gpu_delta_mib", Memory::gpuDeltaMib);

    static Stream<Path> recorded() throws IOException {
        try (Stream<Path> files = Files.list(RECORDED)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static RunResult read(String name) throws IOException {
        ResultsFile file = ResultsFile.read(RECORDED.resolve(name));
        assertEquals(2, file.format());
        return file.run();
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void aRecordedFileReadsAndWritesBackByteForByte(Path file) throws IOException {
        String recorded = Files.readString(file);
        ResultsFile read = ResultsFile.read(file);
        assertEquals(2, read.format(), "today's files are format 2");
        String written = ResultsJson.write(read.run());
        assertEquals(recorded, written, "write(read(file)) is the file");
        Path again = Files.createTempFile("again", ".json");
        try {
            Files.writeString(again, written);
            assertEquals(written, ResultsJson.write(ResultsFile.read(again).run()), "and stays so when read again");
        } finally {
            Files.delete(again);
        }
    }

    @ParameterizedTest
    @MethodSource("recorded")
    void everyFigureOfARecordedRowIsReadAsTheFileSaysIt(Path file) throws IOException {
        JsonNode rows = new ObjectMapper().readTree(file.toFile()).path("fixtures");
        List<FixtureResult> results = ResultsFile.read(file).run().fixtures();
        assertEquals(rows.size(), results.size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            FixtureResult result = results.get(i);
            String name = row.path("name").asText();
            assertEquals(name, result.fixture().name());
            assertEquals(row.path("status").asText(), result.outcome().status().label(), name);
            assertEquals(row.path("error").isNull() ? null : row.path("error").asText(), result.outcome().error());
            TIMES.forEach((field, time) -> assertStats(row.path(field), time.apply(result.timings()), name));
            MEMORY.forEach((field, figure) -> assertEquals(row.path(field).isNull() ? null : row.path(field).asDouble(),
                    figure.apply(result.memory()), name + " " + field));
            assertEquals(row.has("profiles"), result.profile() != null, name);
            if (result.profile() != null) {
                assertEquals(row.path("profiles").size(), result.profile().files().size(), name);
                row.path("profiles").fields().forEachRemaining(e -> assertEquals(e.getValue().asText(),
                        result.profile().files().get(e.getKey()), name));
            }
        }
    }

    @Test
    void theRecordedFilesHoldEveryKindOfRow() throws IOException {
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        Set<FixtureType> types = EnumSet.noneOf(FixtureType.class);
        List<String> kinds = new ArrayList<>();
        for (Path file : recorded().toList()) {
            RunResult run = ResultsFile.read(file).run();
            run.fixtures().forEach(r -> statuses.add(r.outcome().status()));
            run.fixtures().forEach(r -> types.add(r.fixture().type()));
            if (run.fixtures().stream().anyMatch(r -> r.outcome().error() != null
                    && r.outcome().error().startsWith("interrupted"))) {
                kinds.add("interrupted");
            }
            if (run.fixtures().stream().anyMatch(r -> r.profile() != null)) {
                kinds.add("profiles");
            }
            if (run.fixtures().stream().anyMatch(r -> r.measuredAs() != null)) {
                kinds.add("measured as");
            }
            if (run.wholeSuite() != null && !run.wholeSuite().advice().isEmpty()) {
                kinds.add("whole suite with advice");
            }
            if (run.comparison() != null) {
                kinds.add("comparison");
            }
            if (run.settings().merged()) {
                kinds.add("merged shards");
            }
            if (run.startupProfile() != null) {
                kinds.add("start-up profile");
            }
        }
        assertEquals(EnumSet.allOf(Status.class), statuses, "every way a fixture's measuring ends");
        assertTrue(types.containsAll(EnumSet.of(FixtureType.STATIC, FixtureType.DYNAMIC, FixtureType.JUNIT,
                FixtureType.JUNIT4, FixtureType.TESTNG)), "API and native fixtures of each framework: " + types);
        assertEquals(Set.of("interrupted", "profiles", "measured as", "whole suite with advice", "comparison",
                "merged shards", "start-up profile"), Set.copyOf(kinds));
    }

    @Test
    void theMergedShardsOfTheBrokenSuiteSayWhatBrokeAndWhereTheyCameFrom() throws IOException {
        RunResult run = read("broken-suite-merged.json");
        assertEquals("merged from 1/2 + 2/2", run.settings().shard());
        assertTrue(run.settings().merged());
        FixtureResult hanging = run.fixtures().stream().filter(r -> r.fixture().name().equals("hangs_forever"))
                .findFirst().orElseThrow();
        assertEquals(Status.TIMEOUT, hanging.outcome().status());
        assertNull(hanging.timings().initMs(), "a fixture that never built has no init");
        assertTrue(hanging.timings().wallMs().median() >= run.settings().forks().timeoutSeconds() * 1000,
                "its fork ran to the limit: " + hanging.timings().wallMs());
        assertEquals(run.suite().fixtures().size(), run.fixtures().size(), "the shards together measured all");
    }

    @Test
    void theWholeSuiteRunReadsBackItsAdviceAndComparison() throws IOException {
        RunResult run = read("model-suite-whole-suite-compared-profiled.json");
        assertNotNull(run.wholeSuite());
        assertTrue(run.wholeSuite().buildShare() > 0 && run.wholeSuite().buildShare() < 1);
        assertTrue(run.wholeSuite().advice().stream().allMatch(a -> a.savingMs() > 0), "advice saves time");
        // written before advice had a floor: every piece is listed, on its own, and none is left to a summary line
        assertNull(run.wholeSuite().adviceFloor());
        assertTrue(run.wholeSuite().advice().stream().allMatch(a -> a.listed() && a.pattern() == null));
        assertEquals(run.wholeSuite().advice().size(), run.wholeSuite().adviceListing().rows().size());
        assertEquals(0, run.wholeSuite().adviceListing().moreFixtures());
        assertTrue(run.comparison().against().endsWith("fixture_benchmark_results.json"));
        assertEquals(run.fixtures().stream().map(r -> r.fixture().name()).toList(),
                run.comparison().fixtures().stream().map(d -> d.name()).toList(), "the same four, compared");
        assertTrue(run.startupProfile().recorded());
    }

    private static void assertStats(JsonNode node, Stats stats, String name) {
        if (node.isNull()) {
            assertNull(stats, name);
            return;
        }
        assertEquals(List.of(node.path("median").asDouble(), node.path("min").asDouble(), node.path("max").asDouble(),
                node.path("mad").asDouble(), (double) node.path("n").asInt()), List.of(stats.median(), stats.min(),
                stats.max(), stats.mad(), (double) stats.n()), name);
    }
}
