package dev.fixturebench.model;

import java.util.Map;

/**
 * The profiles of one fixture's build, recorded in extra forks kept out of its figures.
 *
 * @param files   speedscope file per event ({@code wall}, {@code cpu}), relative to the output folder, in that order
 * @param samples how many samples each of those files holds, by event
 * @param wallMs  each profiled fork's wall-clock, by event: beside the fixture's unprofiled wall, the profiler's cost
 * @param note    why a profile is missing (a failed event, or a fixture kind not profiled), else null
 * @param ownCode the suite's own methods the build spent most wall-clock time in (its wall profile), most first
 */
public record FixtureProfile(Map<String, String> files, Map<String, Integer> samples, Map<String, Double> wallMs,
                             String note, java.util.List<Hotspot> ownCode) {

    public FixtureProfile {
        files = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(files));
        samples = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(samples));
        wallMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(wallMs));
        ownCode = java.util.List.copyOf(ownCode);
    }

    /** Profiles without a reading of the suite's own code. */
    public FixtureProfile(Map<String, String> files, Map<String, Integer> samples, Map<String, Double> wallMs,
                          String note) {
        this(files, samples, wallMs, note, java.util.List.of());
    }

    /** No profile at all, and why. */
    public static FixtureProfile none(String note) {
        return new FixtureProfile(Map.of(), Map.of(), Map.of(), note);
    }
}
