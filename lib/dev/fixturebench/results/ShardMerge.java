package dev.fixturebench.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;

/**
 * Joins the results of the shards of one run into one: their fixtures in report order (category, then name), the
 * catalog they share, and the first shard's machine, baseline and start-up profile (each shard's own stay in its
 * file). Shards of different suites or settings, a result that is no shard, and a shard given twice are refused.
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
        Map<Integer, Part> byIndex = new TreeMap<>();
        // the lowest shard given sets the settings and header, whatever order the shards come in
        Part first = parts.stream().filter(p -> p.run().settings().shard() != null
                        && !p.run().settings().shard().startsWith("merged"))
                .min(java.util.Comparator.comparingInt(ShardMerge::shardIndex)).orElse(parts.get(0));
        RunSettings common = first.run().settings().withShard(null);
        int count = shardCount(first);
        for (Part part : parts) {
            String shard = part.run().settings().shard();
            if (shard == null || shard.startsWith("merged")) {
                throw new IllegalArgumentException(part.source() + " is no shard's results (" + (shard == null
                        ? "it was run without --shard" : "it is a merge already") + "): merge only the results of"
                        + " --shard=I/N runs");
            }
            if (shardCount(part) != count) {
                throw new IllegalArgumentException(part.source() + " is shard " + shard + ", " + first.source()
                        + " shard " + first.run().settings().shard() + ": the shards of one run share N");
            }
            List<String> differences = SettingsCheck.differences(common, part.run().settings().withShard(null));
            if (!differences.isEmpty()) {
                throw new IllegalArgumentException(part.source() + " was measured differently from "
                        + first.source() + ": " + String.join("; ", differences));
            }
            Part twice = byIndex.put(shardIndex(part), part);
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
        RunSettings merged = common.withShard("merged from " + String.join(" + ", byIndex.values().stream()
                .map(p -> p.run().settings().shard()).toList()));
        return new RunResult(now, base.environment(), merged, base.suite(), base.baseline(), fixtures,
                base.startupProfile(), null, started, null);
    }

    /** The shards of N that {@code parts} lack, as {@code 2/3}; empty when all are there. */
    public static List<String> missing(List<Part> parts) {
        int count = shardCount(parts.get(0));
        List<String> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int index = i;
            if (parts.stream().noneMatch(p -> shardIndex(p) == index)) {
                missing.add(i + "/" + count);
            }
        }
        return missing;
    }

    private static int shardCount(Part part) {
        String shard = part.run().settings().shard();
        return shard == null ? 0 : Integer.parseInt(shard.substring(shard.indexOf('/') + 1));
    }

    private static int shardIndex(Part part) {
        String shard = part.run().settings().shard();
        return Integer.parseInt(shard.substring(0, shard.indexOf('/')));
    }
}
