package dev.fixturebench.cli;

import java.time.Duration;
import java.util.regex.Pattern;

import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.ForkSettings;
import dev.fixturebench.pipeline.OutputFolders;
import dev.fixturebench.pipeline.RunPipeline;
import dev.fixturebench.pipeline.WholeSuiteOptions;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fixture-bench run}, the default command: measures each selected fixture alone in fresh JVMs. */
@Command(name = "run", abbreviateSynopsis = true, header = "Measure each fixture alone in fresh JVMs; the default command.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {"Builds the suite with Maven, discovers its fixtures, measures its test framework's start-up in"
                + " fresh JVMs, then builds each fixture alone in fresh JVMs, timing it inside the fork. Writes a"
                + " Markdown report, a JSON results file and a static HTML site, rewritten after each fixture. The"
                + " default command: fixture-bench with no command runs it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  fixture-bench                                   the bundled example suite",
            "  fixture-bench --max-fixtures=10                 its first 10 fixtures, while iterating",
            "  fixture-bench run --project=../my-app --out=/tmp/bench --repeat=5",
            "  fixture-bench run --whole-suite --max-fixtures=0   the suite run for real: fixtures in context, advice",
            "  fixture-bench run --compare=baseline.json --fail-if-slower=20   a CI gate"})
final class RunCommand extends Subcommand {

    @Mixin SuiteMixin suite;
    @Mixin SelectionMixin selection;

    @ArgGroup(validate = false, heading = "%nMeasuring:%n", order = 3)
    Measuring measuring = new Measuring();

    @Mixin ForkMixin forks;
    @Mixin ArchiveMixin archive;

    @ArgGroup(validate = false, heading = "%nProfiles:%n", order = 6)
    Profiles profiles = new Profiles();

    @Mixin OutputMixin output;
    @Mixin CompareMixin comparison;

    @ArgGroup(exclusive = false, multiplicity = "0..1", heading = "%nWhole suite:%n", order = 10)
    WholeSuite wholeSuite;

    @ArgGroup(validate = false, heading = "%nLong runs:%n", order = 11)
    LongRuns longRuns = new LongRuns();

    static final class Measuring {
        @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", order = 30,
                description = "Fresh JVMs per fixture; figures are their median. Default: ${DEFAULT-VALUE}.")
        int repeat;

        @Option(names = "--baseline-runs", paramLabel = "N", defaultValue = "5", order = 31,
                description = "Fresh JVMs measuring launcher start-up: two before the fixtures, the rest spread"
                        + " between them, so the baseline covers the run's minutes. Default: ${DEFAULT-VALUE}.")
        int baselineRuns;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "0", order = 32,
                description = "Builds run and discarded inside each fork before the measured one. Default: 0, so init"
                        + " is the cold first build.")
        int warmup;

        @Option(names = "--baseline-without-archive", order = 34,
                description = "Also time as many baseline forks without the class-data sharing archive, to show what"
                        + " it saves (a diagnostic; the figures need only the archived baseline).")
        boolean baselineWithoutArchive;

        @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", order = 33,
                description = "Forks at the same time. More is faster but disturbs timings (the report says so)."
                        + " Default: ${DEFAULT-VALUE}.")
        int jobs;
    }

    static final class Profiles {
        @Option(names = "--startup-profile", negatable = true, defaultValue = "true", fallbackValue = "true",
                order = 60,
                description = "Profile one extra baseline fork, kept out of the figures, from JVM start (async-profiler,"
                        + " JDK Flight Recorder where it cannot run): profiling_artifacts/launcher_startup_speedscope_*"
                        + ".json under --out, opened by the site's start-up page. On by default.")
        boolean startup = true;

        @Option(names = "--fixture-profiles", order = 61,
                description = "Profile each measured fixture's build in two extra forks, kept out of its figures: wall"
                        + " time of the building thread and CPU time of the fork, every 1 ms, linked from its row and"
                        + " page, with the suite's own methods it spent its time in.")
        boolean fixtures;
    }

    static final class WholeSuite {
        @ArgGroup(exclusive = false, multiplicity = "1", order = 1)
        Mode mode;

        @Option(names = "--suite-runs", paramLabel = "N", defaultValue = "1", order = 102,
                description = "Fresh JVMs, one suite run each; figures are medians over them. Default: ${DEFAULT-VALUE}.")
        int runs;

        @Option(names = "--suite-classes", paramLabel = "REGEX", order = 103,
                description = "Run the top-level test classes whose binary name this finds, of those mvn test runs."
                        + " Default: all of those.")
        Pattern classes;

        @Option(names = "--suite-timeout", paramLabel = "DURATION", defaultValue = "30m",
                converter = DurationConverter.class, order = 104,
                description = "Limit per suite run; a run past it is stopped and becomes a note. Default:"
                        + " ${DEFAULT-VALUE}.")
        Duration timeout;

        @Option(names = "--advice-floor-ms", paramLabel = "MS", defaultValue = "50", order = 105,
                converter = NonNegativeConverter.class,
                description = "Advice whose saving is under this many ms per run and under --advice-floor-pct of the"
                        + " suite's wall time is not listed one by one but counted in one line (the JSON keeps every"
                        + " piece, flagged listed or not). 0 lists all. Default: ${DEFAULT-VALUE}.")
        double adviceFloorMs;

        @Option(names = "--advice-floor-pct", paramLabel = "PCT", defaultValue = "1", order = 106,
                converter = NonNegativeConverter.class,
                description = "The floor's share of the suite's median wall time, in %%. Default: ${DEFAULT-VALUE}.")
        double adviceFloorPct;
    }

    static final class Mode {
        @Option(names = "--whole-suite", order = 100,
                description = "Also run the test classes for real in one JVM, as Surefire does, recording every build"
                        + " and close of every fixture with the test that caused it: builds per fixture beside its"
                        + " isolated cost, per class set-up and teardown, the share of the run spent building"
                        + " fixtures, advice on scopes, and the application contexts (Spring, Quarkus, Micronaut) and"
                        + " what sets them apart. The suite's failing tests are reported, never fatal.")
        boolean wholeSuite;

        @Option(names = "--setup-show", order = 101,
                description = "The same, printing each SETUP and TEARDOWN of the first run as it happens, with its"
                        + " scope, fixture and duration, as pytest's --setup-show does.")
        boolean setupShow;
    }

    static final class LongRuns {
        @Option(names = "--resume", order = 110,
                description = "Finish the run that was interrupted (Ctrl-C, SIGTERM) in --out: measure only the fixtures"
                        + " it did not finish, against its baseline, and write one report of both. Refused when the"
                        + " options or the suite's class path changed since.")
        boolean resume;
    }

    @Override
    public Integer call() {
        return new RunPipeline(options(), checkout(), console()).run();
    }

    /** The run this command line asks for; bad usage (a value out of range, a site folder not ours) throws. */
    RunPipeline.Options options() {
        boolean inContext = wholeSuite != null;
        requireAtLeast("--max-fixtures", selection.maxFixtures(), inContext ? 0 : 1);
        requireAtLeast("--repeat", measuring.repeat, 1);
        requireAtLeast("--baseline-runs", measuring.baselineRuns, 1);
        requireAtLeast("--jobs", measuring.jobs, 1);
        requireAtLeast("--warmup", measuring.warmup, 0);
        WholeSuiteOptions suiteOptions = null;
        if (inContext) {
            requireAtLeast("--suite-runs", wholeSuite.runs, 1);
            suiteOptions = new WholeSuiteOptions(wholeSuite.runs, wholeSuite.classes, wholeSuite.timeout,
                    wholeSuite.mode.setupShow, new AdviceFloor(wholeSuite.adviceFloorMs, wholeSuite.adviceFloorPct));
        }
        OutputFolders folders = folders(output);
        ForkSettings forkSettings = new ForkSettings(measuring.repeat, measuring.baselineRuns, forks.timeout(),
                measuring.warmup, measuring.jobs, jvmArgs(forks));
        return new RunPipeline.Options(target(suite, selection.integrationTests()), selection.selection(),
                forkSettings, archive.classDataSharing(), measuring.baselineWithoutArchive, suite.cache(), folders,
                profiles.startup, profiles.fixtures, suiteOptions,
                longRuns.resume, comparison.compare(), comparison.gate());
    }
}
