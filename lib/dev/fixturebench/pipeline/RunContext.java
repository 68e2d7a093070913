package dev.fixturebench.pipeline;

import java.time.Instant;
import java.util.List;

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
 * What every write of one run shares: {@link #result} is the run with the fixtures so far, set against the earlier
 * results where --compare asked.
 */
record RunContext(Instant started, Environment environment, RunSettings settings, SuiteCatalog catalog,
                  Baseline baseline, StartupProfile profile, WholeSuite wholeSuite, ResultsFile compared) {

    RunResult result(List<FixtureResult> results) {
        return EarlierResults.comparedWith(compared, RunResult.of(Instant.now(), environment, settings, catalog,
                baseline, results).withStartupProfile(profile).withWholeSuite(wholeSuite).startedAt(started));
    }
}
