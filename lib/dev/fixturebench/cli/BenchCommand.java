package dev.fixturebench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import dev.fixturebench.discovery.Selection;
import dev.fixturebench.discovery.Shard;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.profile.StartupSummary;
import dev.fixturebench.site.SiteServer;
import dev.fixturebench.site.StaticSite;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The {@code fixture-bench} command: options in, a validated {@link BenchOptions} to the pipeline, exit code out. */
@Command(name = "fixture-bench", mixinStandardHelpOptions = true, version = "Fixture Bench 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Enumerates every fixture of a JUnit Jupiter, JUnit 4 or TestNG suite and measures what each costs"
                + " alone: it builds the suite with Maven, discovers its fixtures, measures its test framework's"
                + " start-up in fresh"
                + " JVMs, then builds each fixture alone in fresh JVMs, timing it inside the fork. Writes a Markdown"
                + " report, a JSON result file and a static HTML site. With no options it benchmarks the bundled"
                + " example suite.",
            ""},
        footerHeading = "%nExamples (from a checkout, write ./jbang bench.java for fixture-bench):%n",
        footer = {
            "  fixture-bench                       the bundled example suite",
            "  fixture-bench --max-fixtures=10     its first 10 fixtures, while iterating",
            "  fixture-bench --project=../my-app --out=/tmp/bench --repeat=5",
            "  fixture-bench --serve               browse the site of the last run on http://127.0.0.1:8000/",
            "  fixture-bench --whole-suite --max-fixtures=0   the suite run for real: fixtures in context, advice",
            "  fixture-bench --setup-show --max-fixtures=0    the same, printing each set-up as pytest does"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run finished; fixtures that failed are rows of the report",
            "1:the run could not finish (the suite's fixtures could not be enumerated, an I/O error)",
            "2:bad usage, or a suite that cannot be built",
            "3:--fail-if-slower: a fixture got slower than the limit, beyond the noise",
            "130:interrupted by SIGINT (Ctrl-C); what finished is written, --resume finishes it",
            "143:interrupted by SIGTERM; the same"})
public final class BenchCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "target/fixture-bench";
    static final int DEFAULT_PORT = 8000;

    @Spec
    CommandSpec spec;

    @Option(names = "--project", paramLabel = "DIR", order = 1,
            description = "Maven project of the suite. Default: the bundled example, examples/model-suite of the"
                    + " checkout the tool runs from.")
    Path project;

    @Option(names = "--module", paramLabel = "NAME", order = 2,
            description = "In a multi-module --project, the module (its folder, relative to the project) to benchmark.")
    String module;

    @Option(names = "--class-path", paramLabel = "CP", order = 3,
            description = "Instead of --project: the suite's full test class path (separated by '${sys:path.separator}')...")
    String classPath;

    @Option(names = "--test-classes", paramLabel = "DIR", order = 4,
            description = "...and the folder of its compiled test classes; both go together.")
    Path testClasses;

    @Option(names = "--list", order = 10,
            description = "Only enumerate the fixtures (name, type, scope, category, declared in, depends on, used by);"
                    + " builds none of them.")
    boolean list;

    @Option(names = "--format", paramLabel = "FORMAT", order = 11, defaultValue = "table",
            description = "With --list: table or json. Default: ${DEFAULT-VALUE}.")
    ListFormat format;

    @Option(names = "--filter", paramLabel = "REGEX", order = 20,
            description = "Only fixtures whose name contains a match of REGEX.")
    Pattern filter;

    @Option(names = "--exclude", paramLabel = "REGEX", order = 21,
            description = "Leave out fixtures whose name contains a match of REGEX.")
    Pattern exclude;

    @Option(names = "--category", paramLabel = "NAME", order = 22,
            description = "Only this category (repeatable; case does not matter).")
    Set<String> categories = new LinkedHashSet<>();

    @Option(names = "--scope", paramLabel = "SCOPE", order = 23,
            description = "Only this scope: session, test, group, class or method (repeatable; test and group are"
                    + " TestNG's <test> and groups).")
    Set<FixtureScope> scopes = new LinkedHashSet<>();

    @Option(names = "--type", paramLabel = "TYPE", order = 24,
            description = "Only this type: dynamic, static, junit (Jupiter), junit4, testng or resource (a Quarkus"
                    + " test resource) (repeatable).")
    Set<FixtureType> types = new LinkedHashSet<>();

    @Option(names = "--integration-tests", order = 26,
            description = "Measure the integration tests too (the classes Failsafe runs in mvn verify: IT*, *IT,"
                    + " *ITCase, or the pom's includes). By default only the classes mvn test runs are measured, as"
                    + " Surefire's includes and excludes in the pom say; --list names the others.")
    boolean integrationTests;

    @Option(names = "--max-fixtures", paramLabel = "N", order = 25,
            description = "After the filters, only the first N fixtures (sorted by category, then name); N >= 1, or"
                    + " 0 with --whole-suite to run the suite alone and measure no fixture in isolation.")
    Integer maxFixtures;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT, order = 30,
            description = "Folder for fixture_benchmark_report.md, fixture_benchmark_results.json and the site."
                    + " Default: ${DEFAULT-VALUE} (relative to the current directory).")
    Path out;

    @Option(names = "--site", paramLabel = "DIR", order = 30,
            description = "Folder of the static HTML site every run writes: overview, all fixtures (sortable,"
                    + " filterable), one page per fixture, start-up, profiles in a local speedscope viewer. Earlier"
                    + " runs in it are kept, each in runs/<id>/, listed on its front page and drawn as each fixture's"
                    + " trend. Default: <out>/site.")
    Path site;

    @Option(names = "--no-site", order = 30, description = "Write no site, only the report and the results.")
    boolean noSite;

    @Option(names = "--serve", paramLabel = "PORT", arity = "0..1", fallbackValue = "" + DEFAULT_PORT, order = 30,
            description = "Serve the site folder (--site, or <out>/site) on http://127.0.0.1:PORT/ and print its"
                    + " address, until Ctrl-C; runs nothing else. Browsers refuse the profile viewer's requests"
                    + " over file://; every other page works from the file system too. PORT 0 picks a free one."
                    + " Default PORT: " + DEFAULT_PORT + ".")
    Integer serve;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", order = 31,
            description = "Fresh JVMs per fixture; figures are their median. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--baseline-runs", paramLabel = "N", defaultValue = "5", order = 32,
            description = "Fresh JVMs measuring launcher start-up, once per run. Default: ${DEFAULT-VALUE}.")
    int baselineRuns;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "120s", converter = DurationConverter.class,
            order = 33,
            description = "Time limit per fork (500ms, 90s, 2m); a fork past it is killed. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "0", order = 34,
            description = "Builds run and discarded inside each fork before the measured one. Default: 0, so init is"
                    + " the cold first build.")
    int warmup;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", order = 35,
            description = "Forks at the same time. More is faster but disturbs timings (the report says so)."
                    + " Default: ${DEFAULT-VALUE}.")
    int jobs;

    @Option(names = "--jvm-arg", paramLabel = "ARG", order = 36,
            description = "One JVM option for every fork, passed as it is (repeatable): --jvm-arg=-Xmx2g"
                    + " --jvm-arg='-Dgreeting=a b'.")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--fork-jvm-args", paramLabel = "ARGS", order = 36,
            description = "JVM options for every fork in one string, split at spaces outside quotes (the older"
                    + " spelling of --jvm-arg): --fork-jvm-args=\"-Xmx2g -Dgreeting='a b'\".")
    String forkJvmArgs = "";

    @Option(names = "--no-cds", order = 37,
            description = "Start every fork without a class-data sharing archive. By default the run dumps one, from"
                    + " an empty-test fork on the jars of the fork class path (probe, launcher, the suite's"
                    + " dependencies), and starts every fork from it with the suite's folders after the jars: faster"
                    + " forks, the same fixture figures. Where a class or resource of those folders is also in a jar,"
                    + " or the JVM will not dump or map it, forks start without one; the report says why.")
    boolean noCds;

    @Option(names = "--no-profile", order = 38,
            description = "Record no start-up profile. By default one extra baseline fork, kept out of the baseline"
                    + " figures, runs under async-profiler from JVM start (event cpu, else itimer, every 1 ms; JDK"
                    + " Flight Recorder where neither works) and its samples go to"
                    + " profiling_artifacts/launcher_startup_speedscope_<yyyyMMdd_HHmmss>.json under --out, in"
                    + " speedscope's format (the site's start-up page opens it in its own viewer), the raw output"
                    + " beside it. A profile that fails costs a line in the report, never the run.")
    boolean noProfile;

    @Option(names = "--profile", order = 38,
            description = "Profile each measured API fixture's build: two extra forks per fixture, kept out of its"
                    + " figures, run async-profiler around the build call alone, one sampling wall-clock time of the"
                    + " building thread (what a fixture that sleeps or waits spends), one CPU time of the whole fork,"
                    + " every 1 ms; each writes profiling_artifacts/fixture_<name>_<event>_speedscope.json under --out,"
                    + " linked from the fixture's row and its site page. A native JUnit fixture's profile covers the"
                    + " window its figures cover (the lifecycle call, or the class's set-up). A profile that fails"
                    + " costs a note on its row, never the fixture's figures or the run.")
    boolean fixtureProfiles;

    @Option(names = "--benchmark-startup", order = 39,
            description = "Measure launcher start-up alone: --baseline-runs fresh JVMs running the suite's framework on"
                    + " one empty test, started as fixture forks are; prints their mean, median, min, max and standard"
                    + " deviation and writes the start-up profile (unless --no-profile). Builds the suite for its"
                    + " class path (and the class-data sharing archive) but discovers and measures no fixture, and"
                    + " writes no report.")
    boolean benchmarkStartup;

    @Option(names = "--whole-suite", order = 42,
            description = "Also run the test classes for real in one JVM, as Maven Surefire runs them by default, and"
                    + " record every build and close of every fixture (API fixtures, lifecycle methods, each class's"
                    + " extension work) with the test that caused it: per fixture its builds, total and median build"
                    + " time and the tests that used it beside its isolated cost; per class its set-up, tests and"
                    + " teardown; the share of the run spent building fixtures; advice on scopes; and, where"
                    + " spring-test is present, each cached Spring context, the classes sharing it and what sets two"
                    + " contexts apart. The suite's failing tests are reported, never fatal.")
    boolean wholeSuite;

    @Option(names = "--suite-runs", paramLabel = "N", order = 43,
            description = "With --whole-suite: fresh JVMs, one suite run each; figures are medians over them."
                    + " Default: 1 (5 pairs with --benchmark-suite-overhead).")
    Integer suiteRuns;

    @Option(names = "--suite-classes", paramLabel = "REGEX", order = 44,
            description = "With --whole-suite: run the top-level test classes whose binary name this finds, of those"
                    + " mvn test runs (and the integration tests with --integration-tests). Default: all of those.")
    Pattern suiteClasses;

    @Option(names = "--suite-timeout", paramLabel = "DURATION", defaultValue = "30m",
            converter = DurationConverter.class, order = 45,
            description = "With --whole-suite: limit per suite run, after which its JVM is stopped and the run"
                    + " becomes a note. Default: ${DEFAULT-VALUE}.")
    Duration suiteTimeout;

    @Option(names = "--setup-show", order = 46,
            description = "Run the whole suite (implies --whole-suite) and print each SETUP and TEARDOWN of the first"
                    + " run as it happens, with its scope (S, C, M), fixture and duration, indented under its class"
                    + " and test, as pytest's --setup-show does.")
    boolean setupShow;

    @Option(names = "--benchmark-suite-overhead", order = 47,
            description = "Measure what --whole-suite's recording costs: runs the selected test classes in pairs of"
                    + " fresh JVMs, plain (the suite's framework alone) then recorded, --suite-runs pairs (default 5),"
                    + " and prints each pair's suite time and the median overhead. Builds the suite and finds its test classes,"
                    + " but measures no fixture and writes no report.")
    boolean benchmarkSuiteOverhead;

    @Option(names = "--resume", order = 50,
            description = "Finish the run that was interrupted (Ctrl-C, SIGTERM) in --out: measure only the fixtures it"
                    + " did not finish, against its baseline, and write one report of both. Refused when the options"
                    + " or the suite's class path changed since; give the same options as the interrupted run.")
    boolean resume;

    @Option(names = "--compare", paramLabel = "RESULTS", order = 51,
            description = "Set this run against earlier results (a fixture_benchmark_results.json, or the --out folder"
                    + " holding one): init, heap, RSS and GPU differences per fixture, the fixtures added and removed,"
                    + " and those whose init changed beyond both runs' noise and 10 %%.")
    Path compare;

    @Option(names = "--fail-if-slower", paramLabel = "PCT", order = 52,
            description = "With --compare: exit 3 when a fixture's init got more than PCT %% slower, beyond both runs'"
                    + " noise (twice their MADs, ranges apart) — a gate for CI.")
    Double failIfSlower;

    @Option(names = "--shard", paramLabel = "I/N", order = 53, converter = ShardConverter.class,
            description = "Measure shard I of N of the selected fixtures (each fixture's shard follows from its name"
                    + " alone, so adding one moves no other); with --list, list that shard. Join the shards' results"
                    + " with --merge.")
    Shard shard;

    @Option(names = "--merge", paramLabel = "RESULTS", split = ",", order = 54,
            description = "Join the results of the shards of one run (files or --out folders, comma-separated or"
                    + " repeated) into one report, JSON and site in --out; refuses shards of different suites or"
                    + " settings, or the same shard twice. Builds and measures nothing.")
    List<Path> merge = new ArrayList<>();

    @Option(names = "--summarize-profile", paramLabel = "FILE", order = 40,
            description = "Print where a start-up profile's samples go, as Markdown tables: by library (Maven"
                    + " coordinates or jar name, the JDK, the suite's folders), by VM activity (JIT compiling, GC,"
                    + " class loading, interpreter, Java code, other native), the hottest stacks, classes loaded per"
                    + " library and the time to the first test. FILE is a speedscope file this tool wrote"
                    + " (profiling_artifacts/launcher_startup_speedscope_*.json); the class path index and class-load"
                    + " log written beside it name the libraries and count the classes. Runs nothing else; a file"
                    + " that is not one of ours is bad usage (exit 2). See docs/PROFILING.md.")
    Path summarizeProfile;

    @Option(names = "--top", paramLabel = "N", order = 41,
            description = "With --summarize-profile: rows of the library and hottest-stack tables. Default: 10.")
    Integer top;

    /** The forms --list prints. */
    enum ListFormat { TABLE, JSON }

    @Override
    public Integer call() {
        boolean inContext = wholeSuite || setupShow;
        if (!(inContext && maxFixtures != null && maxFixtures == 0)) {
            requireAtLeastOne("--max-fixtures", maxFixtures);
        }
        requireAtLeastOne("--suite-runs", suiteRuns);
        if (!inContext && !benchmarkSuiteOverhead) {
            for (String option : List.of("--suite-runs", "--suite-classes", "--suite-timeout")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw usage(option + " sets how --whole-suite (or --benchmark-suite-overhead) runs the suite;"
                            + " add --whole-suite, or leave " + option + " out.");
                }
            }
        }
        if ((inContext || benchmarkSuiteOverhead) && (list || benchmarkStartup)) {
            throw usage("--whole-suite, --setup-show and --benchmark-suite-overhead run the suite's tests; --list and"
                    + " --benchmark-startup run none: use one.");
        }
        requireAtLeastOne("--repeat", repeat);
        requireAtLeastOne("--baseline-runs", baselineRuns);
        requireAtLeastOne("--jobs", jobs);
        requireAtLeastOne("--top", top);
        if (top != null && summarizeProfile == null) {
            throw usage("--top sets the rows of --summarize-profile's tables; add --summarize-profile=FILE, or leave"
                    + " --top out.");
        }
        if (summarizeProfile != null) {
            if (list || benchmarkStartup) {
                throw usage("--summarize-profile reads a profile and runs nothing: leave out --list and"
                        + " --benchmark-startup.");
            }
            try {
                spec.commandLine().getOut().print(StartupSummary.read(summarizeProfile)
                        .toMarkdown(top == null ? 10 : top));
                spec.commandLine().getOut().flush();
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            return 0;
        }
        if (site != null && noSite) {
            throw usage("--site names the site's folder and --no-site writes none: use one.");
        }
        Path siteFolder = noSite ? null : site != null ? site : out.resolve("site");
        if (serve != null) {
            if (list || benchmarkStartup || noSite) {
                throw usage("--serve serves a site a run wrote and runs nothing: leave out --list, --benchmark-startup"
                        + " and --no-site.");
            }
            return serve(siteFolder, serve);
        }
        if (siteFolder != null && !list && !benchmarkStartup) {
            try {
                StaticSite.refuseForeign(siteFolder);
            } catch (IllegalArgumentException | IOException e) {
                throw usage(e.getMessage());
            }
        }
        if (!list && spec.commandLine().getParseResult().hasMatchedOption("--format")) {
            throw usage("--format chooses how --list prints; add --list, or leave --format out.");
        }
        if (benchmarkSuiteOverhead && inContext) {
            throw usage("--benchmark-suite-overhead measures the recording alone and writes no report: leave out"
                    + " --whole-suite and --setup-show.");
        }
        if (benchmarkStartup && list) {
            throw usage("--benchmark-startup and --list do different things: use one.");
        }
        if (warmup < 0) {
            throw usage("Invalid value for option '--warmup': " + warmup + " — it must be 0 or more.");
        }
        checkComparisonAndShards(inContext);
        BenchOptions options = new BenchOptions(merge.isEmpty() ? target() : null, new Selection(filter, exclude,
                categories, scopes, types, maxFixtures, shard), out, repeat, baselineRuns, timeout,
                forkJvmArguments(), warmup, jobs, !noCds,
                !noProfile, fixtureProfiles, siteFolder, inContext || benchmarkSuiteOverhead
                        ? new BenchOptions.WholeSuiteOptions(suiteRuns != null ? suiteRuns
                                : benchmarkSuiteOverhead ? 5 : 1, suiteClasses, suiteTimeout, setupShow) : null,
                resume, compare, failIfSlower);
        BenchmarkPipeline pipeline = new BenchmarkPipeline(options, checkout(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
        if (benchmarkStartup) {
            return pipeline.benchmarkStartup();
        }
        if (benchmarkSuiteOverhead) {
            return pipeline.benchmarkSuiteOverhead();
        }
        if (!merge.isEmpty()) {
            return pipeline.merge(merge);
        }
        return list ? pipeline.list(format == ListFormat.JSON) : pipeline.run();
    }

    /** The forks' JVM options: {@code --fork-jvm-args} split as a shell would split it, then each {@code --jvm-arg}. */
    private List<String> forkJvmArguments() {
        List<String> arguments;
        try {
            arguments = new ArrayList<>(JvmArguments.split(forkJvmArgs));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        arguments.addAll(jvmArgs);
        return arguments;
    }

    /** Serves {@code folder} until the process is stopped; a folder with no site, or a taken port, is bad usage. */
    private int serve(Path folder, int port) {
        if (port < 0 || port > 65535) {
            throw usage("Invalid value for option '--serve': " + port + " — a port is 0 (any free one) to 65535.");
        }
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            throw usage("No site in " + folder.toAbsolutePath() + ": run fixture-bench first (it writes its site"
                    + " there), or point --site (or --out) at the folder of one.");
        }
        SiteServer server;
        try {
            server = SiteServer.start(folder, port);
        } catch (IOException e) {
            throw usage("--serve=" + port + ": " + e.getMessage());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Serving " + folder.toAbsolutePath().normalize() + " at " + server.uri());
        printer.println("Open " + server.uri() + " in a browser; press Ctrl-C to stop.");
        printer.flush();
        try {
            server.awaitTermination();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private SuiteTarget target() {
        if (classPath != null || testClasses != null) {
            if (classPath == null || testClasses == null) {
                throw usage("--class-path and --test-classes go together: give both, or --project instead.");
            }
            if (project != null || module != null) {
                throw usage("--class-path/--test-classes and --project/--module are two ways to name the suite:"
                        + " use one.");
            }
            return SuiteTarget.classpath(classPath, testClasses, integrationTests);
        }
        if (project != null) {
            return SuiteTarget.maven(project, module, integrationTests);
        }
        Checkout checkout = checkout().orElseThrow(() -> usage("No --project given, and the bundled example was not"
                + " found: this run knows no checkout of Fixture Bench (no bench.java beside the ./jbang wrapper that"
                + " started it, nor in the current directory). Pass --project=DIR, or -D" + Checkout.HOME_PROPERTY
                + "=CHECKOUT to JBang."));
        return SuiteTarget.maven(checkout.example(), module, integrationTests);
    }

    /** The checkout the tool runs from; a bad {@code fixturebench.home} is bad usage. */
    private Optional<Checkout> checkout() {
        try {
            return Checkout.locate();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** --resume, --compare, --fail-if-slower, --shard and --merge: which go together, and which do not. */
    private void checkComparisonAndShards(boolean inContext) {
        if (failIfSlower != null && compare == null) {
            throw usage("--fail-if-slower judges a comparison: add --compare=RESULTS, or leave --fail-if-slower out.");
        }
        if (failIfSlower != null && !(failIfSlower > 0)) {
            throw usage("Invalid value for option '--fail-if-slower': " + failIfSlower + " — a percentage above 0.");
        }
        boolean otherCommand = list || benchmarkStartup || benchmarkSuiteOverhead;
        if (resume && (otherCommand || !merge.isEmpty())) {
            throw usage("--resume finishes an interrupted run: leave out --list, --merge and the --benchmark-… options.");
        }
        if (compare != null && otherCommand) {
            throw usage("--compare sets a run's results against earlier ones: leave out --list and the --benchmark-…"
                    + " options.");
        }
        if (shard != null && (benchmarkStartup || benchmarkSuiteOverhead || !merge.isEmpty())) {
            throw usage("--shard picks the fixtures a run measures or lists: leave out --merge and the --benchmark-…"
                    + " options.");
        }
        if (!merge.isEmpty() && (otherCommand || inContext || project != null || classPath != null)) {
            throw usage("--merge joins shards' results and runs nothing: leave out --list, --whole-suite,"
                    + " --setup-show, --project, --class-path and the --benchmark-… options.");
        }
    }

    private void requireAtLeastOne(String option, Integer value) {
        if (value != null && value < 1) {
            throw usage("Invalid value for option '" + option + "': " + value
                    + " — it must be a whole number of at least 1.");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Entry point for running the tool from its jar or classes without JBang (as {@code bench.java} does). */
    public static void main(String... args) {
        System.exit(execute(args));
    }

    /** Runs the command with {@code args} on the process's streams and returns its exit code. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command with {@code args}, writing results to {@code out} and messages to {@code err}. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new BenchCommand()).setOut(out).setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            CommandLine command = problem.getCommandLine();
            command.getErr().println("error: " + problem.getMessage());
            command.getErr().println("Run it with --help for the options.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine.execute(args);
    }
}
