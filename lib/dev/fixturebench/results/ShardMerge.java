package dev.fixturebench.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.fixturebench.discovery.Shard;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.WholeSuite;

/**
 * Joins the results of the shards of one run into one: their fixtures in report order (category, then name), the
 * catalog they share, and the first shard's machine, baseline and start-up profile, and the whole suite's run of the
 * first shard that has one (each shard's own stay in its file; every shard runs the whole suite alike). Shards of different suites or settings, a result that is no shard, and a shard given twice are refused.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /** A shard's run and where it was read from, for the messages. */
    public record Part(String source, RunResult run) {
    }

    /** The joined run, written at {@code now}. */
    public static RunResult merge(List<Part> parts, Instant now) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no results to merge");
        }
        for (Part part : parts) {
            RunSettings settings = part.run().settings();
            if (settings.shard() == null || settings.merged()) {
                throw new IllegalArgumentException(part.source() + " is no shard's results (" + (settings.shard()
                        == null ? "it was run without --shard" : "it is a merge already") + "): merge only the"
                        + " results of --shard=I/N runs");
            }
        }
        Map<Integer, Part> byIndex = new TreeMap<>();
        // the lowest shard given sets the settings and header, whatever order the shards come in
        Part first = parts.stream().min(Comparator.comparingInt(p -> shard(p).index())).orElseThrow();
        RunSettings common = first.run().settings().withShard(null);
        int count = shard(first).count();
        for (Part part : parts) {
            String shard = part.run().settings().shard();
            if (shard(part).count() != count) {
                throw new IllegalArgumentException(part.source() + " is shard " + shard + ", " + first.source()
                        + " shard " + first.run().settings().shard() + ": the shards of one run share N");
            }
            List<String> differences = SettingsCheck.differences(common, part.run().settings().withShard(null));
            if (!differences.isEmpty()) {
                throw new IllegalArgumentException(part.source() + " was measured differently from "
                        + first.source() + ": " + String.join("; ", differences));
            }
            Part twice = byIndex.put(shard(part).index(), part);
            if (twice != null) {
                throw new IllegalArgumentException("shard " + shard + " is given twice: " + twice.source() + " and "
                        + part.source());
            }
        }
        List<FixtureResult> fixtures = new ArrayList<>();
        byIndex.values().forEach(part -> fixtures.addAll(part.run().fixtures()));
        fixtures.sort(Comparator.comparing((FixtureResult r) -> r.fixture().category())
                .thenComparing(r -> r.fixture().name()));
        RunResult base = byIndex.values().iterator().next().run();
        Instant started = byIndex.values().stream().map(p -> p.run().started()).min(Comparator.naturalOrder())
                .orElse(base.started());
        // the merged run says what it is made of: its header names the shards, and it is no shard to merge again
        RunSettings merged = common.withShard(RunSettings.MERGED + String.join(" + ", byIndex.values().stream()
                .map(p -> p.run().settings().shard()).toList()));
        // every shard with --whole-suite ran the same whole suite: the first one's stands for all, as its baseline does
        WholeSuite wholeSuite = byIndex.values().stream().map(p -> p.run().wholeSuite()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return RunResult.of(now, base.environment(), merged, base.suite(), base.baseline(), fixtures)
                .withStartupProfile(base.startupProfile()).withWholeSuite(wholeSuite).startedAt(started);
    }

    /** The shards of N that {@code parts} lack, as {@code 2/3}; empty when all are there. */
    public static List<String> missing(List<Part> parts) {
        int count = shard(parts.get(0)).count();
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int index = i;
            if (parts.stream().noneMatch(p -> shard(p).index() == index)) {
                missing.add(i + "/" + count);
            }
        }
        return missing;
    }

    /** The shard a part's results were measured as, read as {@code --shard} reads it. */
    private static Shard shard(Part part) {
        return Shard.parse(part.run().settings().shard());
    }
}
