package dev.fixturebench.model;

import java.time.Instant;
import java.util.List;

/**
 * One benchmark run: where and how it measured, the whole suite's fixtures, the baseline, and one result per
 * fixture measured so far.
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

    /** A run that started when its results were generated, compared with nothing. */
    public RunResult(Instant generated, Environment environment, RunSettings settings, SuiteCatalog suite,
                     Baseline baseline, List<FixtureResult> fixtures, StartupProfile startupProfile,
                     WholeSuite wholeSuite) {
        this(generated, environment, settings, suite, baseline, fixtures, startupProfile, wholeSuite, generated,
                null);
    }

    /** This run compared with an earlier one. */
    public RunResult withComparison(Comparison newComparison) {
        return new RunResult(generated, environment, settings, suite, baseline, fixtures, startupProfile, wholeSuite,
                started, newComparison);
    }

    /** A run without the whole suite. */
    public RunResult(Instant generated, Environment environment, RunSettings settings, SuiteCatalog suite,
                     Baseline baseline, List<FixtureResult> fixtures, StartupProfile startupProfile) {
        this(generated, environment, settings, suite, baseline, fixtures, startupProfile, null);
    }

    /** A run without a start-up profile. */
    public RunResult(Instant generated, Environment environment, RunSettings settings, SuiteCatalog suite,
                     Baseline baseline, List<FixtureResult> fixtures) {
        this(generated, environment, settings, suite, baseline, fixtures, null);
    }
}
