package dev.fixturebench.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.StartupProfile;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.results.ResultsFile;

/**
 * What every write of one run shares: {@link #result} is the run with the fixtures so far, set against the baseline
 * of every baseline fork so far and against the earlier results where --compare asked.
 *
 * @param readAgainst the baseline the fixtures' figures were measured against
 * @param baseline    the baseline now, which grows as forks between the fixtures finish
 */
record RunContext(Instant started, Environment environment, RunSettings settings, SuiteCatalog catalog,
                  Baseline readAgainst, Supplier<Baseline> baseline, StartupProfile profile, WholeSuite wholeSuite,
                  ResultsFile compared) {

    RunResult result(List<FixtureResult> results) {
        Baseline now = baseline.get();
        List<FixtureResult> rebased = new ArrayList<>();
        for (FixtureResult result : results) {
            rebased.add(result.rebased(readAgainst, now));
        }
        return EarlierResults.comparedWith(compared, RunResult.of(Instant.now(), environment, settings, catalog,
                now, rebased).withStartupProfile(profile).withWholeSuite(wholeSuite).startedAt(started));
    }
}
