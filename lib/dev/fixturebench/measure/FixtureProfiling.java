package dev.fixturebench.measure;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.fork.Forker;
import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.model.FixtureProfile;
import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Profiling;
import dev.fixturebench.profile.CollapsedStacks;
import dev.fixturebench.profile.Recorder;
import dev.fixturebench.profile.OwnCode;
import dev.fixturebench.profile.Speedscope;
import dev.fixturebench.profile.Stacks;

/**
 * Profiles one fixture's build in extra forks kept out of its figures, one per event: {@code wall} on the building
 * thread alone, then {@code cpu} over the fork (async-profiler writes one event per collapsed file). Writes one
 * speedscope file per event under {@code profiling_artifacts/}; a profile that fails costs a note, never the run.
 */
public final class FixtureProfiling {

    /** The events recorded, each in a fork of its own. */
    public static final List<String> EVENTS = List.of(Profiling.WALL, Profiling.CPU);
    /** How many of the suite's own methods a profile names, most time first. */
    static final int OWN_CODE_ROWS = 5;
    /** The sampling interval of both events. */
    public static final double INTERVAL_MS = 1;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Forker forker;
    private final Path work;
    private final Path out;
    private final Path library;
    private final Path jar;
    private final String unavailable;
    private final java.util.Set<String> ownClasses;

    /**
     * Profiles forks started as {@code forker} starts them; raw files go to {@code work}, speedscope files under
     * {@code out}; the wall profile's time in {@code ownClasses} (the suite's own code) is read out.
     */
    public FixtureProfiling(Forker forker, Path work, Path out, java.util.Set<String> ownClasses) {
        this.forker = forker;
        this.ownClasses = java.util.Set.copyOf(ownClasses);
        this.work = work;
        this.out = out;
        List<String> notes = new ArrayList<>();
        Path found = Recorder.startup(work, notes).stream().map(Recorder::library)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Path apiJar = null;
        try {
            apiJar = Path.of(one.profiler.AsyncProfiler.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (URISyntaxException | RuntimeException e) {
            notes.add("async-profiler's jar could not be located: " + e.getMessage());
        }
        this.library = found;
        this.jar = apiJar;
        this.unavailable = found == null || apiJar == null || !Files.isRegularFile(apiJar)
                ? "no profile: async-profiler is unavailable here (" + String.join("; ", notes) + ")" : null;
    }

    /** The profiles of fixture {@code name}, built by {@code probe}; never throws for a profile that fails. */
    public FixtureProfile profile(String name, ProbeCall probe) {
        if (unavailable != null) {
            return FixtureProfile.none(unavailable);
        }
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> samples = new LinkedHashMap<>();
        Map<String, Double> wallMs = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<dev.fixturebench.model.Hotspot> ownCode = List.of();
        for (String event : EVENTS) {
            try {
                Path raw = work.resolve("fixture-profile-" + SEQUENCE.incrementAndGet() + "-" + event + ".collapsed.txt");
                ForkResult fork = forker.withJvmArgs(List.of(
                        "-D" + Profiling.LIBRARY + "=" + library, "-D" + Profiling.JAR + "=" + jar,
                        "-D" + Profiling.EVENT + "=" + event,
                        "-D" + Profiling.INTERVAL_MS + "=" + (long) INTERVAL_MS, "-D" + Profiling.FILE + "=" + raw))
                        .run(probe.mode(), probe.operands(), pid -> () -> { });
                String failure = failure(fork, raw);
                if (failure != null) {
                    notes.add(event + " profile failed: " + failure);
                    continue;
                }
                Stacks stacks = CollapsedStacks.read(raw);
                if (stacks.sampleCount() == 0) {
                    notes.add(event + " profile recorded no sample");
                    continue;
                }
                Path target = out.resolve(StartupProfiling.FOLDER).resolve(fileName(name, event));
                Files.createDirectories(target.getParent());
                String title = "fixture " + name + " — build only, async-profiler (event=" + event + ", every "
                        + (long) INTERVAL_MS + " ms" + (Profiling.WALL.equals(event) ? ", building thread" : "") + ")";
                StartupProfiling.replace(target, Speedscope.render(stacks, INTERVAL_MS, title).getBytes(StandardCharsets.UTF_8));
                files.put(event, StartupProfiling.FOLDER + "/" + target.getFileName());
                if (Profiling.WALL.equals(event)) {
                    ownCode = OwnCode.hotspots(stacks, ownClasses, INTERVAL_MS, OWN_CODE_ROWS);
                }
                samples.put(event, stacks.sampleCount());
                wallMs.put(event, fork.wallNanos() / 1e6);
            } catch (IOException | RuntimeException e) {
                notes.add(event + " profile failed: " + e.getMessage());
            }
        }
        return new FixtureProfile(files, samples, wallMs, notes.isEmpty() ? null : String.join("; ", notes), ownCode);
    }

    /**
     * The speedscope file name of fixture {@code name}'s {@code event} profile: unsafe characters become {@code _},
     * and a name so changed gets a hash of the original, so two fixtures never share a file.
     */
    static String fileName(String name, String event) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        if (!safe.equals(name) || safe.startsWith(".")) {
            safe = safe + "_" + String.format(Locale.ROOT, "%08x", name.hashCode());
        }
        return "fixture_" + safe + "_" + event + "_speedscope.json";
    }

    private static String failure(ForkResult fork, Path raw) throws IOException {
        if (fork.timedOut()) {
            return "the profiling fork passed the time limit";
        }
        if (!fork.passed()) {
            String status = fork.probeStatus();
            return "the profiling fork ended " + (status == null ? "without a result (exit code " + fork.exitCode()
                    + ")" : "with status " + status);
        }
        if (fork.probe().path(Key.PROFILE_ERROR).isTextual()) {
            return fork.probe().get(Key.PROFILE_ERROR).asText();
        }
        if (!Files.exists(raw) || Files.size(raw) == 0) {
            return "async-profiler wrote no stacks";
        }
        return null;
    }
}
