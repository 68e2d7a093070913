package dev.fixturebench.discovery;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import dev.fixturebench.model.FixtureInfo;

/** Chooses which discovered fixtures a run measures, in report order: by category, then name. */
public final class Selection {

    private final Integer maxFixtures;

    /** Keeps at most {@code maxFixtures} fixtures; null keeps all. */
    public Selection(Integer maxFixtures) {
        this.maxFixtures = maxFixtures;
    }

    public List<FixtureInfo> apply(List<FixtureInfo> discovered) {
        return discovered.stream()
                .sorted(Comparator.comparing(FixtureInfo::category).thenComparing(FixtureInfo::name))
                .limit(maxFixtures == null ? Long.MAX_VALUE : maxFixtures)
                .collect(Collectors.toList());
    }
}
