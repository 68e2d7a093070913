package dev.fixturebench.cli;

import java.nio.file.Path;

import dev.fixturebench.profile.StartupSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fixture-bench profile}: reading the profiles a run wrote; {@code summarize} is its one job today. */
@Command(name = "profile", header = "Read the profiles a run wrote (profile summarize FILE).", usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Reads the profiles a run wrote.",
        subcommands = ProfileCommand.Summarize.class)
final class ProfileCommand extends Subcommand {

    @Override
    public Integer call() {
        throw usage("Name what to do with a profile: fixture-bench profile summarize FILE.");
    }

    /** {@code fixture-bench profile summarize FILE}: where a start-up profile's samples go, as Markdown tables. */
    @Command(name = "summarize", header = "Where a start-up profile's samples go, as Markdown tables.", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
            description = {"Prints where a start-up profile's samples go, as Markdown tables: by library (Maven"
                    + " coordinates or jar name, the JDK, the suite's folders), by VM activity (JIT compiling, GC,"
                    + " class loading, interpreter, Java code, other native), the hottest stacks, classes loaded per"
                    + " library and the time to the first test. Runs nothing else. See docs/PROFILING.md."},
            footerHeading = "%nExamples:%n",
            footer = {"  fixture-bench profile summarize"
                    + " target/fixture-bench/profiling_artifacts/launcher_startup_speedscope_*.json --top=5"})
    static final class Summarize extends Subcommand {

        @Parameters(paramLabel = "FILE", description = "A start-up profile this tool wrote"
                + " (profiling_artifacts/launcher_startup_speedscope_*.json); the class path index and class-load log"
                + " beside it name the libraries and count the classes. Any other file is bad usage (exit 2).")
        Path file;

        @Option(names = "--top", paramLabel = "N", defaultValue = "10",
                description = "Rows of the library and hottest-stack tables. Default: ${DEFAULT-VALUE}.")
        int top;

        @Override
        public Integer call() {
            requireAtLeast("--top", top, 1);
            try {
                spec.commandLine().getOut().print(StartupSummary.read(file).toMarkdown(top));
                spec.commandLine().getOut().flush();
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
            return 0;
        }
    }
}
