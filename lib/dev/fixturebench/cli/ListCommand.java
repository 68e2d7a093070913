package dev.fixturebench.cli;

import dev.fixturebench.pipeline.ForkOptions;
import dev.fixturebench.pipeline.ListPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fixture-bench list}: the suite's fixtures, enumerated and classified, none of them built. */
@Command(name = "list", header = "List the suite's fixtures, classified; build none.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {"Builds the suite and enumerates its fixtures — name, type, scope, category, declared in, depends"
                + " on, used by — building none of them; then the test classes mvn test does not run, and why."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  fixture-bench list                                the bundled example's fixtures",
            "  fixture-bench list --project=../my-app --format=json > fixtures.json",
            "  fixture-bench list --shard=2/4                    what the second of four CI jobs measures"})
final class ListCommand extends Subcommand {

    /** The forms the listing takes. */
    enum Format { TABLE, JSON }

    @Mixin SuiteMixin suite;
    @Mixin SelectionMixin selection;
    @Mixin ForkMixin forks;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", order = 200,
            description = "table or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() {
        requireAtLeast("--max-fixtures", selection.maxFixtures(), 1);
        ForkOptions forkOptions = new ForkOptions(forks.timeout(), jvmArgs(forks), 0, false);
        return new ListPipeline(target(suite, selection.integrationTests()), selection.selection(), forkOptions,
                suite.cache(), checkout(), console()).list(format == Format.JSON);
    }
}
