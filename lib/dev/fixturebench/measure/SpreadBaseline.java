package dev.fixturebench.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.model.Baseline;

/**
 * A run's baseline forks: a few before the fixtures, the rest spread evenly between the fixtures' forks, so that the
 * baseline is read over the same minutes as the forks it is set against. Safe to use from several workers.
 */
public final class SpreadBaseline {

    /** Forks before the first fixture: enough to fail early and to set the start-up profile against. */
    static final int BEFORE_FIXTURES = 2;

    private final BaselineBenchmark benchmark;
    private final int runs;
    private final int fixtures;
    private final List<BaselineBenchmark.Reading> readings = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int between;

    /** {@code runs} baseline forks from {@code benchmark} for a run measuring {@code fixtures} fixtures. */
    public SpreadBaseline(BaselineBenchmark benchmark, int runs, int fixtures) {
        if (runs < 1) {
            throw new IllegalArgumentException("a baseline needs at least one fork, not " + runs);
        }
        this.benchmark = benchmark;
        this.runs = runs;
        this.fixtures = fixtures;
    }

    /** How many forks run before the fixtures: all of them when there is no fixture to measure. */
    public int forksBefore() {
        return fixtures == 0 ? runs : Math.min(runs, BEFORE_FIXTURES);
    }

    /**
     * After how many fixtures (in the order they are started) each of the other forks starts: evenly spaced, the last
     * after the last fixture.
     */
    public List<Integer> slots() {
        int rest = runs - forksBefore();
        List<Integer> after = new ArrayList<>();
        for (int k = 1; k <= rest; k++) {
            after.add((int) Math.ceil(fixtures * (double) k / rest));
        }
        return after;
    }

    /**
     * Runs the forks before the fixtures, calling {@code afterEach} after each, and returns their baseline: the one
     * the fixtures' forks are measured against until {@link #baseline()} takes the later forks in. Fails when one
     * does not pass, since nothing could then be trusted.
     */
    public Baseline measureBefore(Runnable afterEach) throws IOException {
        for (int i = 0; i < forksBefore(); i++) {
            BaselineBenchmark.Reading reading = benchmark.measureOne(afterEach);
            synchronized (this) {
                readings.add(reading);
            }
        }
        return baseline();
    }

    /**
     * Runs one fork between the fixtures; one that does not pass is left out of the baseline (the fixtures' figures
     * stand on their own forks) and named in {@link #failures()}.
     */
    public void measureBetween() {
        try {
            BaselineBenchmark.Reading reading = benchmark.measureOne(() -> { });
            synchronized (this) {
                readings.add(reading);
                between++;
            }
        } catch (IOException e) {
            synchronized (this) {
                failures.add(e.getMessage());
            }
        }
    }

    /** The baseline of every fork so far. */
    public synchronized Baseline baseline() {
        return BaselineBenchmark.summary(readings, between);
    }

    /** Why the forks between the fixtures that did not pass failed, in the order they ran. */
    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }
}
