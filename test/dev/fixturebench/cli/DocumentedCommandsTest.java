package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Every {@code ./jbang bench.java …} command the README, the docs and the Pages workflow show is one today's
 * commands take: each is parsed as the tool parses it (parsed only, so nothing runs), and an unknown command or
 * option, a malformed value, a missing or extra argument fails the test, naming the file and line.
 */
class DocumentedCommandsTest {

    /**
     * In a code block or a workflow, a line that runs it (not a sample of output that names it): the arguments after
     * {@code bench.java}, up to a comment or the line's end.
     */
    private static final Pattern IN_BLOCK = Pattern.compile("^\\s*(?:- )?(?:run: *)?(?:\\$ )?(?:\\./)?jbang"
            + " bench\\.java((?: [^#\\n]*)?)");

    /** In prose: a command in a code span, its arguments up to the span's end. */
    private static final Pattern IN_PROSE = Pattern.compile("`(?:\\./)?jbang bench\\.java((?: [^`]*)?)`");

    @Test
    void everyDocumentedCommandParses() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("CLI.md")).sorted().forEach(files::add);
        }
        try (Stream<Path> workflows = Files.list(Path.of(".github/workflows"))) {
            workflows.sorted().forEach(files::add);
        }
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            boolean block = !file.toString().endsWith(".md");
            for (int i = 0; i < lines.size(); i++) {
                if (file.toString().endsWith(".md") && lines.get(i).strip().startsWith("```")) {
                    block = !block;
                    continue;
                }
                Matcher command = (block ? IN_BLOCK : IN_PROSE).matcher(lines.get(i));
                while (command.find()) {
                    // a workflow's expressions, ${{ matrix.shard }}, stand for a value
                    String arguments = command.group(1).replaceAll("\\$\\{\\{[^}]*}}", "1")
                            .replaceAll(" (?:>>?|\\||&&|2>).*$", "") // the shell's redirections are not its
                            .replaceAll("(?<=^| )\\$[A-Z_]+(?= |$)", "").strip(); // nor an unquoted $OPTIONS
                    if (arguments.contains("COMMAND") || arguments.contains("[")) {
                        continue; // a pattern such as "COMMAND --help" or "[bench options]", not a command
                    }
                    checked++;
                    String problem = problem(arguments);
                    if (problem != null) {
                        refused.add(file + ":" + (i + 1) + ": bench.java " + arguments + " → " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), refused);
        assertTrue(checked > 30, "the docs show commands: " + checked);
    }

    /** Why today's tool refuses {@code arguments}, or null when it takes them. */
    private static String problem(String arguments) {
        List<String> args;
        try {
            args = new ArrayList<>(JvmArguments.split(arguments));
        } catch (IllegalArgumentException e) {
            return "not a shell command line: " + e.getMessage();
        }
        CommandLine commandLine = BenchCommand.commandLine();
        try {
            commandLine.parseArgs(BenchCommand.withCommand(commandLine, args.toArray(String[]::new)));
            return null;
        } catch (CommandLine.ParameterException e) {
            return e.getMessage();
        }
    }
}
