package dev.fixturebench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.fork.CompiledSuite;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.fork.SharedArchive;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Stats;
import dev.fixturebench.probe.ProbeProtocol;

/**
 * A fixture measured in real forks: its heap retained is right though only the first of its forks reads the live
 * heap (each reading a full collection and a heap walk), and every fork gives the times.
 */
class FixtureBenchmarkTest {

    private static final String TEST_CLASS = "probe.heap.RetainingTest";

    @TempDir
    Path work;

    @Test
    void theFirstForkAloneReadsTheHeapAndTheFigureIsRight() throws Exception {
        Forker forker = SharedArchive.prepare(CompiledSuite.of(work, TEST_CLASS, String.join("\n",
                "package probe.heap;",
                "public class RetainingTest {",
                "    static byte[] kept;",
                "    @org.junit.jupiter.api.BeforeAll static void keep() { kept = new byte[16 << 20]; }",
                "    @org.junit.jupiter.api.Test void test() { }",
                "}")), List.of(), Duration.ofSeconds(60), work, false, SetupCache.off()).forker();
        String figure = ProbeProtocol.Figure.lifecycle(TEST_CLASS, "keep()");
        FixtureInfo fixture = new FixtureInfo("RetainingTest#keep", FixtureType.JUNIT, FixtureScope.CLASS, "",
                TEST_CLASS, List.of());
        Baseline baseline = new Baseline(Stats.of(List.of(200.0)).orElseThrow(), null, null);

        FixtureResult result = new FixtureBenchmark(forker, new PeakSampler(GpuProbe.none("no GPU in this test")),
                baseline, Duration.ofSeconds(60)).measure(fixture,
                ProbeCall.nativeFixture(ProbeProtocol.Mode.JUNIT, TEST_CLASS, "test", figure), null, 3);

        assertTrue(result.ok(), result.outcome().toString());
        assertEquals(3, result.timings().initMs().n(), "every fork times the build");
        double heap = result.memory().heapRetainedMib();
        assertTrue(Math.abs(heap - 16) < 0.5, "16 MiB kept, read " + heap);
        int withHeap = 0;
        try (var files = Files.list(work)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("fork-\\d+-junit\\.json")).toList()) {
                JsonNode figures = new ObjectMapper().readTree(file.toFile());
                withHeap += figures.findValues(ProbeProtocol.Key.HEAP_RETAINED_MIB).stream()
                        .filter(JsonNode::isNumber).count() > 0 ? 1 : 0;
            }
        }
        assertEquals(1, withHeap, "one of the three forks read the heap");
    }
}
