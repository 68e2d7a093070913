package dev.fixturebench.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/**
 * The command-line reference, docs/CLI.md: every command's help as {@code --help} prints it, at a fixed width, so the
 * reference is made from the commands themselves and a test can tell when the file is out of date.
 */
final class CliReference {

    private static final int WIDTH = 100;

    private CliReference() {
    }

    /** The reference as Markdown: the top command's help, then each command's (and each of theirs). */
    static String markdown() {
        StringBuilder md = new StringBuilder("# Command-line reference\n\n")
                .append("Every command of Fixture Bench with its `--help`, as it prints it. From a checkout, write")
                .append(" `./jbang bench.java` for `fixture-bench`; with no command, `run` runs. Made from the")
                .append(" commands themselves: `mvn test -Dtest=CliReferenceTest -Dfixturebench.docs.write=true`")
                .append(" rewrites it after a change, and the test fails while it is out of date.\n");
        for (CommandLine command : commands(BenchCommand.commandLine())) {
            command.setUsageHelpAutoWidth(false).setUsageHelpWidth(WIDTH);
            md.append("\n## ").append(command.getCommandSpec().qualifiedName()).append("\n\n```text\n")
                    .append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing()).append("\n```\n");
        }
        return md.toString();
    }

    private static List<CommandLine> commands(CommandLine top) {
        List<CommandLine> all = new ArrayList<>(List.of(top));
        top.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                all.addAll(commands(sub));
            }
        });
        return all;
    }
}
