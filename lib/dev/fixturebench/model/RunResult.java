package dev.fixturebench.model;

import java.time.Instant;
import java.util.List;

/**
 * One benchmark run: where and how it measured, the whole suite's fixtures, the baseline, and one result per
 * fixture measured so far. Built with {@link #of} and the {@code with…} methods for the parts a run may lack.
 *
 * @param generated   when the results were written
 * @param environment the machine
 * @param settings    how it measured
 * @param suite       every fixture the suite has, measured or not, and its tests
 * @param baseline    launcher start-up figures
 * @param fixtures    results, in the order measured
 * @param startupProfile the start-up profile, or null when none was asked for ({@code --no-startup-profile})
 * @param wholeSuite  the suite run for real ({@code --whole-suite}), or null
 * @param started     when the run started (a resumed run: when it first started)
 * @param comparison  the comparison with an earlier run ({@code --compare}), or null
 */
public record RunResult(Instant generated, Environment environment, RunSettings settings, SuiteCatalog suite,
                        Baseline baseline, List<FixtureResult> fixtures, StartupProfile startupProfile,
                        WholeSuite wholeSuite, Instant started, Comparison comparison) {

    public RunResult {
        fixtures = List.copyOf(fixtures);
    }

    /**
     * A run that started when its results were generated, without a start-up profile, whole suite or comparison:
     * add those with {@link #withStartupProfile}, {@link #withWholeSuite}, {@link #startedAt}, {@link #withComparison}.
     */
    public static RunResult of(Instant generated, Environment environment, RunSettings settings, SuiteCatalog suite,
                               Baseline baseline, List<FixtureResult> fixtures) {
        return new RunResult(generated, environment, settings, suite, baseline, fixtures, null, null, generated, null);
    }

    /** This run with {@code profile} (null: none) as its start-up profile. */
    public RunResult withStartupProfile(StartupProfile profile) {
        return new RunResult(generated, environment, settings, suite, baseline, fixtures, profile, wholeSuite,
                started, comparison);
    }

    /** This run with {@code suiteRun} (null: none) as its run of the whole suite. */
    public RunResult withWholeSuite(WholeSuite suiteRun) {
        return new RunResult(generated, environment, settings, suite, baseline, fixtures, startupProfile, suiteRun,
                started, comparison);
    }

    /** This run, started at {@code start}. */
    public RunResult startedAt(Instant start) {
        return new RunResult(generated, environment, settings, suite, baseline, fixtures, startupProfile, wholeSuite,
                start, comparison);
    }

    /** This run compared with an earlier one ({@code newComparison}; null: with none). */
    public RunResult withComparison(Comparison newComparison) {
        return new RunResult(generated, environment, settings, suite, baseline, fixtures, startupProfile, wholeSuite,
                started, newComparison);
    }
}
