package dev.fixturebench.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.measure.FixtureBenchmark;
import dev.fixturebench.measure.FixtureProfiling;
import dev.fixturebench.measure.SpreadBaseline;
import dev.fixturebench.model.FixtureProfile;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.Status;
import dev.fixturebench.report.ReportWriter;

/**
 * Measures a run's fixtures, {@code --jobs} at a time, with the baseline forks spread between them, writing the
 * results after each in plan order (on a writer thread of their own, the newest state only); after a signal it starts
 * none, keeps what built, and fills the rest in as skipped (interrupted).
 */
final class FixtureMeasurement {

    private final FixtureBenchmark benchmark;
    private final SpreadBaseline baseline;
    private final FixtureProfiling profiling;
    private final int repeat;
    private final int jobs;
    private final Interruption interruption;
    private final ReportWriter writer;
    private final RunContext context;
    private final Progress progress;

    /**
     * {@code baseline} runs its forks between the fixtures' (null: none, a resumed run's baseline is kept);
     * {@code profiling} is null without --fixture-profiles.
     */
    FixtureMeasurement(FixtureBenchmark benchmark, SpreadBaseline baseline, FixtureProfiling profiling, int repeat,
                       int jobs, Interruption interruption, ReportWriter writer, RunContext context,
                       Progress progress) {
        this.benchmark = benchmark;
        this.baseline = baseline;
        this.profiling = profiling;
        this.repeat = repeat;
        this.jobs = jobs;
        this.interruption = interruption;
        this.writer = writer;
        this.context = context;
        this.progress = progress;
    }

    /** Whether {@code result} is a fixture a signal kept from being measured. */
    static boolean interrupted(FixtureResult result) {
        return result.outcome().interrupted();
    }

    /**
     * Measures {@code toMeasure}, after {@code finished} (a resumed run's), and returns every result of {@code plan}
     * in its order: interrupted ones included when a signal came.
     */
    List<FixtureResult> measure(List<DiscoveredFixture> plan, List<DiscoveredFixture> toMeasure,
                                List<FixtureResult> finished) throws IOException {
        List<FixtureResult> results = new ArrayList<>(finished);
        Map<String, Integer> position = new HashMap<>();
        plan.forEach(fixture -> position.put(fixture.info().name(), position.size()));
        Comparator<FixtureResult> inPlanOrder = Comparator.comparingInt(r -> position.get(r.fixture().name()));
        progress.begin("Fixtures", toMeasure.size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (LatestStateWriter writes = new LatestStateWriter(writer)) {
            try {
                List<Future<?>> running = new ArrayList<>();
                List<Integer> slots = baseline == null ? List.of() : baseline.slots();
                int started = 0;
                int slot = 0;
                for (DiscoveredFixture fixture : toMeasure) {
                    running.add(pool.submit(() -> {
                        measureOne(fixture, results, inPlanOrder, writes);
                        return null;
                    }));
                    started++;
                    for (; slot < slots.size() && slots.get(slot) <= started; slot++) {
                        running.add(pool.submit(() -> {
                            if (!interruption.happened()) {
                                baseline.measureBetween();
                            }
                            return null;
                        }));
                    }
                }
                for (Future<?> future : running) {
                    await(future);
                }
            } finally {
                pool.shutdownNow();
                // forks still running are killed by their workers; wait, so none outlives the run
                awaitQuietly(pool);
            }
        }
        if (interruption.happened()) {
            Set<String> done = new HashSet<>();
            results.forEach(r -> done.add(r.fixture().name()));
            for (DiscoveredFixture fixture : plan) {
                if (!done.contains(fixture.info().name())) {
                    results.add(FixtureResult.failed(fixture.info(), Status.SKIPPED, interruption.reason(), null,
                            fixture.measuredAs()));
                }
            }
            results.sort(inPlanOrder);
        }
        return results;
    }

    private void measureOne(DiscoveredFixture fixture, List<FixtureResult> results,
                            Comparator<FixtureResult> inPlanOrder, LatestStateWriter writes) throws IOException {
        if (interruption.happened()) {
            return;
        }
        FixtureResult measured = benchmark.measure(fixture.info(), fixture.probe(), fixture.measuredAs(), repeat);
        // extra forks after the measured ones, so a profile never touches the fixture's figures
        FixtureResult result = profiling == null ? measured : measured.withProfile(profile(fixture, measured));
        if (cutShort(result)) {
            return; // its forks were stopped by the signal: its figures are not its own
        }
        synchronized (results) {
            // in plan order whatever fork finished first, so --jobs never reorders the output
            results.add(result);
            results.sort(inPlanOrder);
            // handed to the writer's own thread: the other workers never wait for the files to be rewritten
            writes.offer(context.result(List.copyOf(results)));
            progress.step(fixture.info().name() + " " + summary(result));
        }
    }

    /** The fixture's profiles; none when it did not build, or when a signal stopped the profiling forks. */
    private FixtureProfile profile(DiscoveredFixture fixture, FixtureResult measured) {
        if (!measured.ok()) {
            return FixtureProfile.none("no profile: the fixture did not build");
        }
        FixtureProfile profile = interruption.happened() ? null : profiling.profile(fixture.info().name(),
                fixture.probe());
        // a profile whose forks the signal stopped says so, not what the stopped forks left
        return interruption.happened() ? FixtureProfile.none("no profile: the run was interrupted") : profile;
    }

    /**
     * Whether a signal cut this fixture's measurement short: a failure after the signal is the signal's (its forks
     * were stopped), and is looked at again a moment later, as the fork may die of the signal just before the run
     * learns of it. A fixture that built ok was measured whole, whenever the signal came.
     */
    private boolean cutShort(FixtureResult result) {
        if (result.ok()) {
            return false;
        }
        if (interruption.happened()) {
            return true;
        }
        if (result.outcome().status() == Status.SKIPPED) {
            return false;
        }
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return interruption.happened();
    }

    /** Waits for one fixture's measurement, passing on the I/O error that ended it (unless a signal did). */
    private void await(Future<?> future) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            if (interruption.happened()) {
                return; // a fork stopped by the signal: the fixture is skipped (interrupted), not an error
            }
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw new IllegalStateException("measuring a fixture failed unexpectedly", e.getCause());
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String summary(FixtureResult result) {
        if (!result.ok()) {
            return result.outcome().status().label();
        }
        return String.format(Locale.ROOT, "ok, init %.1f ms", result.timings().initMs().median());
    }
}
