package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Every {@code ./jbang bench.java …} command the README, the docs and the Pages workflow show is one today's
 * commands take: each is parsed as the tool parses it (parsed only, so nothing runs), and an unknown command or
 * option, a malformed value, a missing or extra argument fails the test, naming the file and line.
 */
class DocumentedCommandsTest {

    @Test
    void everyDocumentedCommandParses() throws IOException {
        List<String> refused = new ArrayList<>();
        List<DocumentedCommands.Command> commands = DocumentedCommands.benchCommands();
        for (DocumentedCommands.Command command : commands) {
            String problem = problem(command.arguments());
            if (problem != null) {
                refused.add(command.where() + " → " + problem);
            }
        }
        assertEquals(List.of(), refused);
        assertTrue(commands.size() > 30, "the docs show commands: " + commands.size());
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
