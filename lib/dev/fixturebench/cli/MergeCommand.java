package dev.fixturebench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.pipeline.MergePipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code fixture-bench merge}: the shards' results of one run joined into one report, JSON and site. */
@Command(name = "merge", header = "Join the shards of one run into one report and site.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {"Joins the results of the shards of one run (run --shard=I/N) into one report, results file and"
                + " site in --out; refuses shards of different suites or settings, or the same shard twice, and names"
                + " the shards not given. Builds and measures nothing."},
        footerHeading = "%nExamples:%n",
        footer = {"  fixture-bench merge shard-1 shard-2 shard-3 --out=target/fixture-bench"})
final class MergeCommand extends Subcommand {

    @Parameters(paramLabel = "RESULTS", arity = "1..*", split = ",",
            description = "The shards' results: fixture_benchmark_results.json files or the --out folders holding"
                    + " them (separated by spaces or commas).")
    List<Path> inputs = new ArrayList<>();

    @Mixin OutputMixin output;
    @Mixin CompareMixin comparison;

    @Override
    public Integer call() {
        return new MergePipeline(inputs, folders(output), comparison.compare(), comparison.gate(), checkout(),
                console()).merge();
    }
}
