package dev.fixturebench.cli;

import java.time.Duration;
import java.util.regex.Pattern;

import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.pipeline.ForkOptions;
import dev.fixturebench.pipeline.SuiteOverheadPipeline;
import dev.fixturebench.pipeline.WholeSuiteOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fixture-bench suite-overhead}: what recording the whole suite (run --whole-suite) costs it. */
@Command(name = "suite-overhead", header = "Measure what whole-suite recording costs.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {"Measures what run --whole-suite's recording costs: runs the selected test classes in pairs of"
                + " fresh JVMs, plain (the suite's framework alone) then recorded, taking turns to go first, and prints"
                + " each pair's suite time and the median overhead. Builds the suite and finds its test classes, but"
                + " measures no fixture and writes no report."},
        footerHeading = "%nExamples:%n",
        footer = {"  fixture-bench suite-overhead --pairs=9 --suite-classes=Orders"})
final class SuiteOverheadCommand extends Subcommand {

    @Mixin SuiteMixin suite;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "5", order = 30,
            description = "Pairs of fresh JVMs, plain and recorded. Default: ${DEFAULT-VALUE}.")
    int pairs;

    @Option(names = "--suite-classes", paramLabel = "REGEX", order = 31,
            description = "Run the top-level test classes whose binary name this finds, of those mvn test runs (and"
                    + " the integration tests with --integration-tests). Default: all of those.")
    Pattern classes;

    @Option(names = "--integration-tests", order = 32,
            description = "Count the integration tests (Failsafe's classes) among those.")
    boolean integrationTests;

    @Option(names = "--suite-timeout", paramLabel = "DURATION", defaultValue = "30m",
            converter = DurationConverter.class, order = 33,
            description = "Limit per suite run. Default: ${DEFAULT-VALUE}.")
    Duration suiteTimeout;

    @Mixin ForkMixin forks;
    @Mixin ArchiveMixin archive;

    @Override
    public Integer call() {
        requireAtLeast("--pairs", pairs, 1);
        ForkOptions forkOptions = new ForkOptions(forks.timeout(), jvmArgs(forks), 0, archive.classDataSharing());
        return new SuiteOverheadPipeline(target(suite, integrationTests), forkOptions, suite.cache(),
                new WholeSuiteOptions(pairs, classes, suiteTimeout, false, AdviceFloor.DEFAULT), checkout(),
                console()).benchmark();
    }
}
