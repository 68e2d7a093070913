package dev.fixturebench.cli;

import java.nio.file.Path;

import dev.fixturebench.pipeline.ComparePipeline;
import dev.fixturebench.pipeline.RegressionGate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fixture-bench compare}: two results files set against each other, with no run; the CI gate on them. */
@Command(name = "compare", header = "Set two results files against each other; a CI gate.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {"Sets the results of one run against an earlier one's, measuring nothing: init, heap, RSS and"
                + " GPU differences per fixture, the fixtures added and removed, and those whose init changed beyond"
                + " both runs' noise and 10 %%. Prints the report's comparison section (or its JSON)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  fixture-bench compare main/fixture_benchmark_results.json target/fixture-bench",
            "  fixture-bench compare before.json after.json --fail-if-slower=20   exit 3 past 20 %% slower"})
final class CompareCommand extends Subcommand {

    /** The forms the comparison takes. */
    enum Format { MARKDOWN, JSON }

    @Parameters(index = "0", paramLabel = "BEFORE",
            description = "The earlier results: a fixture_benchmark_results.json, or the --out folder holding one.")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later results, the same way.")
    Path after;

    @Option(names = "--fail-if-slower", paramLabel = "PCT", converter = PercentageConverter.class, order = 1,
            description = "Exit 3 when a fixture's init got more than PCT %% slower, beyond both runs' noise (twice"
                    + " their MADs, ranges apart), or fails in AFTER and built in BEFORE — a gate for CI.")
    Double failIfSlower;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown", order = 2,
            description = "markdown or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        return new ComparePipeline(before, after, new RegressionGate(failIfSlower), console())
                .compare(format == Format.JSON);
    }
}
