package dev.fixturebench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.ForkSettings;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.report.SampleRuns;

import org.junit.jupiter.api.Test;

class ShardMergeTest {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    /** The sample run's catalog and settings, with {@code fixtures} measured as shard {@code shard}. */
    static RunResult shard(String shard, Instant started, Environment environment, FixtureResult... fixtures) {
        RunResult sample = SampleRuns.run();
        RunSettings settings = new RunSettings("/suite", "JUnit Platform 1.11.4",
                SampleRuns.forks(3, 5, 120, 0, 1, List.of("-Xmx1g")), sample.settings().classDataSharing(),
                "0123456789abcdef", "--max-fixtures=40", null)
                .withShard(shard);
        return RunResult.of(started.plusSeconds(600), environment, settings, sample.suite(), sample.baseline(),
                List.of(fixtures))
                .startedAt(started);
    }

    static RunResult shard(String shard, FixtureResult... fixtures) {
        return shard(shard, Instant.parse("2026-11-26T10:00:00Z"), SampleRuns.run().environment(), fixtures);
    }

    static FixtureResult result(String name) {
        return SampleRuns.run().fixtures().stream().filter(f -> f.fixture().name().equals(name)).findFirst()
                .orElseThrow();
    }

    static FixtureResult a(String name, String category) {
        return SampleRuns.ok(name, category, 5.0, 1.0);
    }

    static List<String> names(RunResult run) {
        return run.fixtures().stream().map(f -> f.fixture().name()).toList();
    }

    @Test
    void twoShardsMergeIntoOneRunInReportOrder() {
        Environment second = new Environment("17", "Linux", "Another CPU", Gpu.unavailable("none"));
        RunResult one = shard("1/2", Instant.parse("2026-11-26T10:05:00Z"), SampleRuns.run().environment(),
                result("z_static"), result("calib_sleep_250ms"), a("b_static", "Static"));
        RunResult two = shard("2/2", Instant.parse("2026-11-26T10:00:00Z"), second, result("broken_model"),
                result("gpu_device_buffer"), a("a_static", "Static"), a("calib_fast", "Calibration"));
        // given shard 2 first: the order given does not matter
        RunResult merged = ShardMerge.merge(List.of(new ShardMerge.Part("b/fixture_benchmark_results.json", two),
                new ShardMerge.Part("a/fixture_benchmark_results.json", one)), NOW);

        assertEquals(List.of("calib_fast", "calib_sleep_250ms", "gpu_device_buffer", "broken_model", "a_static",
                "b_static", "z_static"), names(merged), "category, then name");
        assertEquals(result("broken_model"), merged.fixtures().get(3), "figures and errors kept as measured");
        assertEquals("merged from 1/2 + 2/2", merged.settings().shard(), "the merged run names its shards");
        assertEquals(one.settings().withShard("merged from 1/2 + 2/2"), merged.settings());
        assertEquals(NOW, merged.generated());
        assertEquals(Instant.parse("2026-11-26T10:00:00Z"), merged.started(), "when the first shard started");
        assertEquals(one.environment(), merged.environment(), "shard 1's machine");
        assertEquals(one.suite(), merged.suite());
        assertEquals(one.baseline(), merged.baseline());
        assertNull(merged.wholeSuite());
        assertNull(merged.comparison());
        assertEquals(List.of(), ShardMerge.missing(List.of(new ShardMerge.Part("b", two),
                new ShardMerge.Part("a", one))));
    }

    @Test
    void aRunWithoutAShardIsRefusedNamingIt() {
        RunResult one = shard("1/2", result("z_static"));
        RunResult whole = shard(null, result("broken_model"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(
                new ShardMerge.Part("one.json", one), new ShardMerge.Part("whole.json", whole)), NOW));
        assertTrue(e.getMessage().startsWith("whole.json is no shard's results"), e.getMessage());
        assertTrue(e.getMessage().contains("--shard"), e.getMessage());
        IllegalArgumentException first = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(
                new ShardMerge.Part("whole.json", whole), new ShardMerge.Part("one.json", one)), NOW));
        assertTrue(first.getMessage().startsWith("whole.json is no shard's results"), first.getMessage());
    }

    @Test
    void shardsOfDifferentCountsAreRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(
                new ShardMerge.Part("a.json", shard("1/2", result("z_static"))),
                new ShardMerge.Part("b.json", shard("2/3", result("broken_model")))), NOW));
        assertTrue(e.getMessage().contains("b.json is shard 2/3"), e.getMessage());
        assertTrue(e.getMessage().contains("a.json shard 1/2"), e.getMessage());
        assertTrue(e.getMessage().contains("share N"), e.getMessage());
    }

    @Test
    void theSameShardTwiceIsRefusedNamingBothFiles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(
                new ShardMerge.Part("a.json", shard("1/2", result("z_static"))),
                new ShardMerge.Part("b.json", shard("2/2", result("broken_model"))),
                new ShardMerge.Part("a-again.json", shard("1/2", result("z_static")))), NOW));
        assertEquals("shard 1/2 is given twice: a.json and a-again.json", e.getMessage());
    }

    @Test
    void shardsMeasuredDifferentlyAreRefusedSayingWhatDiffers() {
        RunResult one = shard("1/2", result("z_static"));
        RunResult two = shard("2/2", result("broken_model"));
        RunSettings s = two.settings();
        RunResult moreRepeats = RunResult.of(two.generated(), two.environment(), new RunSettings(s.suite(),
                s.frameworks(), new ForkSettings(5, s.forks().baselineRuns(), s.forks().timeout(), s.forks().warmup(),
                s.forks().jobs(), s.forks().jvmArgs()), s.classDataSharing(), s.classPath(), s.selection(), s.shard()), two.suite(), two.baseline(), two.fixtures())
                .startedAt(two.started());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(
                new ShardMerge.Part("a.json", one), new ShardMerge.Part("b.json", moreRepeats)), NOW));
        assertEquals("b.json was measured differently from a.json: --repeat: 3 then, 5 now", e.getMessage());

        RunResult otherBuild = RunResult.of(two.generated(), two.environment(), new RunSettings(s.suite(),
                s.frameworks(), s.forks(), s.classDataSharing(), "fedcba9876543210", "--filter=static", s.shard()),
                two.suite(), two.baseline(), two.fixtures())
                .startedAt(two.started());
        IllegalArgumentException build = assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(
                new ShardMerge.Part("a.json", one), new ShardMerge.Part("b.json", otherBuild)), NOW));
        assertTrue(build.getMessage().contains("class path (fingerprint): 0123456789abcdef then, fedcba9876543210 now"),
                build.getMessage());
        assertTrue(build.getMessage().contains("the selection: --max-fixtures=40 then, --filter=static now"),
                build.getMessage());
    }

    @Test
    void shardsWhoseArchiveWasUsableOnOneMachineOnlyStillMerge() {
        RunResult one = shard("1/2", result("z_static"));
        RunResult two = shard("2/2", result("broken_model"));
        RunSettings s = two.settings();
        RunResult noArchive = RunResult.of(two.generated(), two.environment(), new RunSettings(s.suite(),
                s.frameworks(), s.forks(), new dev.fixturebench.model.ClassDataSharing(false, "could not map"),
                s.classPath(), s.selection(), s.shard()), two.suite(), two.baseline(), two.fixtures())
                .startedAt(two.started());
        assertEquals(List.of("broken_model", "z_static"), names(ShardMerge.merge(List.of(
                new ShardMerge.Part("a.json", one), new ShardMerge.Part("b.json", noArchive)), NOW)));
    }

    @Test
    void theMergedRunDoesNotDependOnTheOrderTheShardsAreGiven() {
        // the class-data sharing of shards may differ by machine (SettingsCheck leaves it out); the merged run takes
        // shard 1's machine and baseline, so it should take shard 1's settings too, whatever the order of --merge
        RunResult one = shard("1/2", result("z_static"));
        RunResult two = shard("2/2", result("broken_model"));
        RunSettings s = two.settings();
        RunResult noArchive = RunResult.of(two.generated(), two.environment(), new RunSettings(s.suite(),
                s.frameworks(), s.forks(), new dev.fixturebench.model.ClassDataSharing(false, "could not map"),
                s.classPath(), s.selection(), s.shard()), two.suite(), two.baseline(), two.fixtures())
                .startedAt(two.started());
        RunResult inOrder = ShardMerge.merge(List.of(new ShardMerge.Part("a.json", one),
                new ShardMerge.Part("b.json", noArchive)), NOW);
        RunResult reversed = ShardMerge.merge(List.of(new ShardMerge.Part("b.json", noArchive),
                new ShardMerge.Part("a.json", one)), NOW);
        assertEquals(one.settings().classDataSharing(), inOrder.settings().classDataSharing());
        assertEquals(inOrder.settings(), reversed.settings(), "--merge=a,b and --merge=b,a report the same settings");
        assertEquals(inOrder, reversed);
    }

    @Test
    void missingNamesTheAbsentShards() {
        List<ShardMerge.Part> parts = List.of(new ShardMerge.Part("c.json", shard("3/4", result("z_static"))),
                new ShardMerge.Part("a.json", shard("1/4", result("broken_model"))));
        assertEquals(List.of("2/4", "4/4"), ShardMerge.missing(parts));
        assertEquals(List.of("broken_model", "z_static"), names(ShardMerge.merge(parts, NOW)),
                "the shards there merge");
    }

    @Test
    void nothingToMergeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ShardMerge.merge(List.of(), NOW));
    }

    @Test
    void aShardWithNoFixturesMerges() {
        RunResult one = shard("1/2", result("z_static"));
        RunResult empty = shard("2/2");
        assertEquals(List.of("z_static"), names(ShardMerge.merge(List.of(new ShardMerge.Part("a.json", one),
                new ShardMerge.Part("b.json", empty)), NOW)));
    }

    @Test
    void theMergeKeepsTheWholeSuitesRunOfTheFirstShardThatHasOne() throws Exception {
        RunResult recorded = ResultsFile.read(RecordedResultsTest.RECORDED
                .resolve("model-suite-whole-suite-compared-profiled.json")).run();
        assertTrue(recorded.wholeSuite() != null, "the recorded run ran the whole suite");
        List<FixtureResult> all = recorded.fixtures();
        RunResult one = RunResult.of(recorded.generated(), recorded.environment(),
                recorded.settings().withShard("1/2"), recorded.suite(), recorded.baseline(), all.subList(0, 1))
                .withWholeSuite(recorded.wholeSuite());
        RunResult two = RunResult.of(recorded.generated(), recorded.environment(),
                recorded.settings().withShard("2/2"), recorded.suite(), recorded.baseline(), all.subList(1, 2));
        RunResult merged = ShardMerge.merge(List.of(new ShardMerge.Part("two.json", two),
                new ShardMerge.Part("one.json", one)), NOW);
        assertEquals(recorded.wholeSuite(), merged.wholeSuite(), "the whole suite's run comes through the merge");
        assertNull(ShardMerge.merge(List.of(new ShardMerge.Part("two.json", two)), NOW).wholeSuite(),
                "none where no shard ran it");
    }
}
