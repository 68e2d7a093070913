package dev.fixturebench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code fixture-bench} command: one subcommand per job, {@code run} when none is named, so that
 * {@code fixture-bench --max-fixtures=10} runs; an option of the older flat command gets its new spelling as bad usage.
 */
@Command(name = "fixture-bench", mixinStandardHelpOptions = true, version = "Fixture Bench 0.1.0",
        usageHelpAutoWidth = true, synopsisSubcommandLabel = "[COMMAND]",
        description = {"Enumerates every fixture of a JUnit Jupiter, JUnit 4 or TestNG suite and measures what each"
                + " costs alone, in fresh JVMs, against the test framework's own start-up. With no command it runs"
                + " (the run command) on the bundled example suite."},
        commandListHeading = "%nCommands (fixture-bench COMMAND --help for each one's options):%n",
        subcommands = {RunCommand.class, ListCommand.class, ServeCommand.class, CompareCommand.class,
            MergeCommand.class, StartupCommand.class, SuiteOverheadCommand.class, ProfileCommand.class,
            HelpCommand.class},
        footerHeading = "%nExamples (from a checkout, write ./jbang bench.java for fixture-bench):%n",
        footer = {
            "  fixture-bench                       the bundled example suite",
            "  fixture-bench --max-fixtures=10     its first 10 fixtures, while iterating",
            "  fixture-bench run --project=../my-app --repeat=5",
            "  fixture-bench list --project=../my-app",
            "  fixture-bench serve                 browse the last run's site",
            "  fixture-bench run --whole-suite     the suite run for real: fixtures in context"})
public final class BenchCommand implements Runnable {

    @Override
    public void run() {
        // picocli runs a subcommand; execute() names run when the user named none
    }

    /** Every exit code, and the commands that can end with it. */
    private static final Map<String, String> EXIT_CODES = new LinkedHashMap<>();
    private static final Map<String, Set<String>> EXIT_CODE_COMMANDS = new LinkedHashMap<>();

    static {
        exitCode("0", "the command finished; fixtures that failed are rows of the report", null);
        exitCode("1", "it could not finish (the suite's fixtures could not be enumerated, an I/O error)", null);
        exitCode("2", "bad usage, or a suite that cannot be built", null);
        exitCode("3", "--fail-if-slower: a fixture got slower than the limit, beyond the noise",
                Set.of("fixture-bench", "run", "compare", "merge"));
        exitCode("130", "interrupted by SIGINT (Ctrl-C); what finished is written, run --resume finishes it",
                Set.of("fixture-bench", "run"));
        exitCode("143", "interrupted by SIGTERM; the same", Set.of("fixture-bench", "run"));
    }

    private static void exitCode(String code, String meaning, Set<String> commands) {
        EXIT_CODES.put(code, meaning);
        if (commands != null) {
            EXIT_CODE_COMMANDS.put(code, commands);
        }
    }

    /** Options of the older flat command that are a command now, or another option, and what to write instead. */
    private static final Map<String, String> FORMER_SPELLINGS = Map.of(
            "--list", "list", "--serve", "serve", "--merge", "merge RESULTS...",
            "--benchmark-startup", "startup", "--benchmark-suite-overhead", "suite-overhead",
            "--summarize-profile", "profile summarize FILE", "--profile", "run --fixture-profiles",
            "--no-profile", "run --no-startup-profile");

    /** Entry point for running the tool from its jar or classes without JBang (as {@code bench.java} does). */
    public static void main(String... args) {
        System.exit(execute(args));
    }

    /** Runs the command with {@code args} on the process's streams and returns its exit code. */
    public static int execute(String... args) {
        return execute(ConsoleText.writer(System.out), ConsoleText.writer(System.err), args);
    }

    /** Runs the command with {@code args}, writing results to {@code out} and messages to {@code err}. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine().setOut(out).setErr(err);
        Optional<String> former = formerSpelling(args);
        if (former.isPresent()) {
            err.println("error: " + former.get());
            err.println("Run fixture-bench --help for the commands.");
            return 2;
        }
        return commandLine.execute(withCommand(commandLine, args));
    }

    /** The command tree, with its help, exit codes and bad-usage handling set up, as {@link #execute} runs it. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        listExitCodes(commandLine);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            CommandLine command = problem.getCommandLine();
            command.getErr().println("error: " + problem.getMessage());
            command.getErr().println("Run it with --help for the options.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }

    /** {@code args} with {@code run} in front when they name no command (nor ask for the top command's help). */
    static String[] withCommand(CommandLine commandLine, String... args) {
        if (args.length > 0 && (commandLine.getSubcommands().containsKey(args[0])
                || Set.of("-h", "--help", "-V", "--version").contains(args[0]))) {
            return args;
        }
        List<String> withRun = new ArrayList<>(List.of("run"));
        withRun.addAll(Arrays.asList(args));
        return withRun.toArray(String[]::new);
    }

    private static Optional<String> formerSpelling(String... args) {
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (FORMER_SPELLINGS.containsKey(name)) {
                return Optional.of(name + " is now written fixture-bench " + FORMER_SPELLINGS.get(name)
                        + " (one command per job; fixture-bench " + FORMER_SPELLINGS.get(name).split(" ")[0]
                        + " --help shows its options).");
            }
        }
        return Optional.empty();
    }

    private static void listExitCodes(CommandLine command) {
        Map<String, String> codes = new LinkedHashMap<>();
        String name = command.getCommandName();
        EXIT_CODES.forEach((code, meaning) -> {
            Set<String> commands = EXIT_CODE_COMMANDS.get(code);
            if (commands == null || commands.contains(name)) {
                codes.put(code, meaning);
            }
        });
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        command.getSubcommands().values().forEach(BenchCommand::listExitCodes);
    }
}
