package dev.fixturebench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code bench} command: options in, a validated {@link BenchOptions} to the pipeline, an exit code out. */
@Command(name = "bench", mixinStandardHelpOptions = true, version = "Fixture Bench 0.1.0",
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Enumerates every fixture of a JUnit Jupiter suite and measures what each costs alone: it builds the"
                + " suite with Maven, discovers its fixtures in a forked JVM, measures launcher start-up in fresh"
                + " JVMs, then builds each fixture alone in fresh JVMs, timing it inside the fork. Writes a Markdown"
                + " report and a JSON result file. With no options it benchmarks the bundled example suite.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  jbang bench.java                     the bundled example suite",
            "  jbang bench.java --max-fixtures=10   its first 10 fixtures, while iterating",
            "  jbang bench.java --project=../my-app --out=/tmp/bench --repeat=5"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run finished; fixtures that failed are rows of the report",
            "1:the run could not finish (the suite's fixtures could not be enumerated, an I/O error)",
            "2:bad usage, or a suite that cannot be built"})
public final class BenchCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "target/fixture-bench";

    @Spec
    CommandSpec spec;

    @Option(names = "--project", paramLabel = "DIR",
            description = "Maven project of the suite to benchmark. Default: the bundled example, examples/model-suite.")
    Path project;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "Folder for fixture_benchmark_report.md and fixture_benchmark_results.json."
                    + " Default: ${DEFAULT-VALUE} (relative to the current directory).")
    Path out;

    @Option(names = "--max-fixtures", paramLabel = "N",
            description = "Measure only the first N fixtures (sorted by category, then name); N >= 1.")
    Integer maxFixtures;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3",
            description = "Fresh JVMs per fixture; figures are their median. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--baseline-runs", paramLabel = "N", defaultValue = "5",
            description = "Fresh JVMs measuring launcher start-up, once per run. Default: ${DEFAULT-VALUE}.")
    int baselineRuns;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "120s", converter = DurationConverter.class,
            description = "Time limit per fork (500ms, 90s, 2m); a fork past it is killed. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(names = "--fork-jvm-args", paramLabel = "ARGS",
            description = "JVM options for every fork, separated by spaces: --fork-jvm-args=\"-Xmx2g -XX:+UseSerialGC\".")
    String forkJvmArgs = "";

    @Override
    public Integer call() {
        requireAtLeastOne("--max-fixtures", maxFixtures);
        requireAtLeastOne("--repeat", repeat);
        requireAtLeastOne("--baseline-runs", baselineRuns);
        BenchOptions options = new BenchOptions(project == null ? DefaultProject.locate() : project,
                out, maxFixtures, repeat, baselineRuns, timeout,
                forkJvmArgs.isBlank() ? List.of() : List.of(forkJvmArgs.trim().split("\\s+")));
        return new BenchmarkPipeline(options, spec.commandLine().getOut(), spec.commandLine().getErr()).run();
    }

    private void requireAtLeastOne(String option, Integer value) {
        if (value != null && value < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': " + value + " — it must be a whole number of at least 1.");
        }
    }

    /** Runs the command with {@code args} on the process's streams and returns its exit code. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the command with {@code args}, writing results to {@code out} and messages to {@code err}. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new BenchCommand()).setOut(out).setErr(err);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            CommandLine command = problem.getCommandLine();
            command.getErr().println("error: " + problem.getMessage());
            command.getErr().println("Run 'jbang bench.java --help' for the options.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine.execute(args);
    }
}
