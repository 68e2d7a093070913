package dev.fixturebench.cli;

import java.nio.file.Path;

import dev.fixturebench.pipeline.RegressionGate;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Earlier results to set a run (or a merge) against, and the CI gate on that comparison; the gate needs them. */
final class CompareMixin {

    @ArgGroup(exclusive = false, multiplicity = "0..1", heading = "%nComparison:%n", order = 9)
    Options options;

    static final class Options {
        @Option(names = "--compare", paramLabel = "RESULTS", required = true, order = 90,
                description = "Set the results against earlier ones (a fixture_benchmark_results.json, or the --out"
                        + " folder holding one): init, heap, RSS and GPU differences per fixture, the fixtures added and"
                        + " removed, and those whose init changed beyond both runs' noise and 10 %%.")
        Path results;

        @Option(names = "--fail-if-slower", paramLabel = "PCT", order = 91, converter = PercentageConverter.class,
                description = "Exit 3 when a fixture's init got more than PCT %% slower than in RESULTS, beyond both"
                        + " runs' noise (twice their MADs, ranges apart), or fails now and built then — a gate for CI.")
        Double failIfSlower;
    }

    /** The earlier results, or null. */
    Path compare() {
        return options == null ? null : options.results;
    }

    RegressionGate gate() {
        return options == null ? RegressionGate.NONE : new RegressionGate(options.failIfSlower);
    }
}
