package dev.fixturebench.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.Stats;

/**
 * The results file's {@code baseline}, field for field.
 *
 * @param runsBetweenFixtures null (absent) in a file written before the baseline forks were spread between the
 *                            fixtures
 */
record BaselineSection(Stats startupMs, Double peakRssMib, Stats startupWithoutArchiveMs,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer runsBetweenFixtures) {

    static BaselineSection of(Baseline baseline) {
        return new BaselineSection(baseline.startupMs(), baseline.peakRssMib(), baseline.startupWithoutArchiveMs(),
                baseline.runsBetweenFixtures());
    }

    Baseline baseline() {
        return new Baseline(startupMs, peakRssMib, startupWithoutArchiveMs, runsBetweenFixtures);
    }
}
