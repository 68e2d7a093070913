package dev.fixturebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The commands the README, the docs and the Pages workflow show: every {@code ./jbang bench.java …} line in a code
 * block or workflow step and every one in a prose code span, and every {@code ./jbang scripts/….java} and
 * {@code scripts/….sh} they name. Read from the files, so a test over them covers what a user copies.
 */
public final class DocumentedCommands {

    /**
     * In a code block or a workflow, a line that runs it (not a sample of output that names it): the arguments after
     * {@code bench.java}, up to a comment or the line's end.
     */
    private static final Pattern IN_BLOCK = Pattern.compile("^\\s*(?:- )?(?:run: *)?(?:\\$ )?(?:\\./)?jbang"
            + " bench\\.java((?: [^#\\n]*)?)");

    /** In prose: a command in a code span, its arguments up to the span's end. */
    private static final Pattern IN_PROSE = Pattern.compile("`(?:\\./)?jbang bench\\.java((?: [^`]*)?)`");

    /** A script of the repository, wherever it is named: {@code scripts/accuracy.java}, {@code scripts/x.sh}. */
    private static final Pattern SCRIPT = Pattern.compile("scripts/([a-z-]+\\.(?:java|sh))\\b");

    /** One documented {@code bench.java} command: where it is shown, and its arguments as a shell would pass them. */
    public record Command(Path file, int line, String arguments) {

        /** Where it is shown and what it says, for a failure message. */
        public String where() {
            return file + ":" + line + ": bench.java " + arguments;
        }
    }

    private DocumentedCommands() {
    }

    /** The files read: the README, every page of {@code docs/} but the generated CLI reference, every workflow. */
    public static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.endsWith("CLI.md")).sorted().forEach(files::add);
        }
        try (Stream<Path> workflows = Files.list(Path.of(".github/workflows"))) {
            workflows.sorted().forEach(files::add);
        }
        return files;
    }

    /** Every {@code bench.java} command shown, patterns such as {@code COMMAND --help} left out. */
    public static List<Command> benchCommands() throws IOException {
        List<Command> commands = new ArrayList<>();
        for (Path file : files()) {
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
                    if (!arguments.contains("COMMAND") && !arguments.contains("[")) {
                        commands.add(new Command(file, i + 1, arguments));
                    }
                }
            }
        }
        return commands;
    }

    /** The repository's scripts the README and docs name, each once: {@code accuracy.java}, {@code bench-background.sh}. */
    public static List<String> scripts() throws IOException {
        List<String> scripts = new ArrayList<>();
        for (Path file : files()) {
            Matcher script = SCRIPT.matcher(Files.readString(file));
            while (script.find()) {
                if (!scripts.contains(script.group(1)) && Files.isRegularFile(Path.of("scripts", script.group(1)))) {
                    scripts.add(script.group(1));
                }
            }
        }
        return scripts;
    }
}
