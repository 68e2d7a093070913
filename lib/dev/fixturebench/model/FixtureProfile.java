package dev.fixturebench.model;

import java.util.Map;

/**
 * The profiles of one fixture's build, recorded in extra forks kept out of its figures.
 *
 * @param files   speedscope file per event ({@code wall}, {@code cpu}), relative to the output folder, in that order
 * @param samples how many samples each of those files holds, by event
 * @param wallMs  each profiled fork's wall-clock, by event: beside the fixture's unprofiled wall, the profiler's cost
 * @param note    why a profile is missing (a failed event, or a fixture kind not profiled), else null
 */
public record FixtureProfile(Map<String, String> files, Map<String, Integer> samples, Map<String, Double> wallMs,
                             String note) {

    public FixtureProfile {
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        samples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(samples));
        wallMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(wallMs));
    }

    /** No profile at all, and why. */
    public static FixtureProfile none(String note) {
        return new FixtureProfile(Map.of(), Map.of(), Map.of(), note);
    }
}
