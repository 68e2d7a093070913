package dev.fixturebench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.fixturebench.model.RunResult;
import dev.fixturebench.report.JsonReport;
import dev.fixturebench.results.ResultsFile;
import dev.fixturebench.results.RunComparison;
import dev.fixturebench.suite.SuiteException;

/**
 * Results of earlier runs a command reads: the run --resume finishes, and the one --compare (or {@code compare}) sets
 * a run against. A file that is not there or not ours is bad usage naming the option.
 */
final class EarlierResults {

    /** The change in init, in %, below which a difference beyond the noise is still not called a change. */
    static final double COMPARE_THRESHOLD_PCT = 10.0;

    private EarlierResults() {
    }

    /** The interrupted run in {@code out} that --resume finishes. */
    static ResultsFile toResume(Path out) throws IOException, SuiteException {
        if (!Files.isRegularFile(out.resolve(JsonReport.FILE_NAME))) {
            throw new SuiteException("--resume: nothing to resume in " + out + ": it holds no results of an"
                    + " earlier run (" + JsonReport.FILE_NAME + "); run without --resume, or name that run's --out.");
        }
        try {
            return ResultsFile.read(out).requireFull("--resume");
        } catch (IllegalArgumentException e) {
            throw new SuiteException("--resume: " + e.getMessage());
        }
    }

    /** The results {@code option} names (a results file, or the folder holding one), or null when it names none. */
    static ResultsFile read(Path results, String option) throws IOException, SuiteException {
        if (results == null) {
            return null;
        }
        try {
            return ResultsFile.read(results);
        } catch (IllegalArgumentException e) {
            throw new SuiteException(option + ": " + e.getMessage());
        }
    }

    /** {@code run} set against {@code compared}, or as it is when there is nothing to compare with. */
    static RunResult comparedWith(ResultsFile compared, RunResult run) {
        return compared == null ? run : run.withComparison(RunComparison.of(compared.run(), run,
                compared.file().toString(), COMPARE_THRESHOLD_PCT));
    }
}
