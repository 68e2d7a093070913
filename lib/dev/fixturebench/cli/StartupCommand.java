package dev.fixturebench.cli;

import java.nio.file.Path;

import dev.fixturebench.pipeline.ForkOptions;
import dev.fixturebench.pipeline.StartupPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fixture-bench startup}: launcher start-up alone, the floor every fixture fork stands on. */
@Command(name = "startup", header = "Measure and profile launcher start-up alone.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {"Measures launcher start-up alone: fresh JVMs running the suite's framework on one empty test,"
                + " started as fixture forks are; prints their mean, median, min, max and standard deviation and"
                + " writes the start-up profile. Builds the suite for its class path (and the class-data sharing"
                + " archive) but discovers and measures no fixture, and writes no report."},
        footerHeading = "%nExamples:%n",
        footer = {"  fixture-bench startup --runs=10", "  fixture-bench startup --no-cds --no-startup-profile"})
final class StartupCommand extends Subcommand {

    @Mixin SuiteMixin suite;

    @Option(names = {"--runs", "--baseline-runs"}, paramLabel = "N", defaultValue = "5", order = 30,
            description = "Fresh JVMs to measure. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--startup-profile", negatable = true, defaultValue = "true", fallbackValue = "true", order = 31,
            description = "Profile one more fork from JVM start into profiling_artifacts/launcher_startup_speedscope_"
                    + "*.json under --out (summarize it with fixture-bench profile summarize). On by default.")
    boolean profile = true;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = OutputMixin.DEFAULT_OUT, order = 32,
            description = "Folder of the profile. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Mixin ForkMixin forks;
    @Mixin ArchiveMixin archive;

    @Override
    public Integer call() {
        requireAtLeast("--runs", runs, 1);
        if (profile) {
            requireWritableFolder("--out", out);
        }
        ForkOptions forkOptions = new ForkOptions(forks.timeout(), jvmArgs(forks), 0, archive.classDataSharing());
        return new StartupPipeline(target(suite, false), forkOptions, suite.cache(), out, runs, profile, checkout(), console())
                .benchmark();
    }
}
