package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.cli.DocumentedCommands;

/**
 * The docs-check: every command the README, the docs and the workflows show is run as a user would copy it, through
 * bash and the repository's {@code ./jbang}, with {@code --help} added (the runs themselves are the other end-to-end
 * tests); each must print its own command's usage, exit 0 and warn of nothing. Every script they name likewise, and
 * the suite generator once for real. ({@code DocumentedCommandsTest} parses the same commands strictly.)
 */
@Tag("e2e")
class DocumentedCommandsEndToEndTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    /** What a command line did: its exit code, what it printed on stdout, and on stderr. */
    private record Shell(int exitCode, String output, String errors) {

        String all() {
            return output + errors;
        }
    }

    @Test
    void everyDocumentedBenchCommandPrintsItsOwnHelp() throws Exception {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (DocumentedCommands.Command command : DocumentedCommands.benchCommands()) {
            distinct.putIfAbsent(command.arguments(), command.where());
        }
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, String> command : distinct.entrySet()) {
            // a placeholder such as <stamp> stands for a value (to bash it would be a redirection)
            String arguments = command.getKey().replaceAll("<[a-z-]+>", "1");
            Shell shell = bash("./jbang bench.java " + arguments
                    + (List.of(arguments.split(" ")).contains("--help") ? "" : " --help"));
            String[] words = arguments.split(" ");
            // the bare command's help is the top one (it lists run as the default); options alone are run's
            String usage = arguments.isEmpty() ? "Usage: fixture-bench [-hV]"
                    : words[0].startsWith("-") && !words[0].equals("--help") ? "Usage: fixture-bench run "
                    : "Usage: fixture-bench ";
            if (!words[0].startsWith("-") && !words[0].isEmpty()) {
                usage += words[0] + (words[0].equals("profile") ? " " + words[1] : "") + " ";
            }
            if (shell.exitCode() != 0 || !shell.output().contains(usage) || shell.all().contains("WARN")
                    || shell.all().contains("Unknown")) {
                failed.add(command.getValue() + " --help → exit " + shell.exitCode() + ", expected \"" + usage
                        + "\":\n" + shell.all());
            }
        }
        assertEquals(List.of(), failed);
        assertTrue(distinct.size() > 30, "the docs show commands: " + distinct.size());
    }

    @Test
    void everyDocumentedScriptPrintsItsHelp() throws Exception {
        List<String> scripts = DocumentedCommands.scripts();
        assertTrue(scripts.containsAll(List.of("accuracy.java", "bench-background.sh", "generate-suite.java")),
                "the docs name the scripts: " + scripts);
        List<String> failed = new ArrayList<>();
        for (String script : scripts) {
            String run = script.endsWith(".java") ? "./jbang scripts/" + script : "scripts/" + script;
            Shell shell = bash(run + " --help");
            String name = script.replaceAll("\\.(java|sh)$", "");
            if (shell.exitCode() != 0 || !shell.output().contains("Usage: ") || !shell.output().contains(name)
                    || shell.all().contains("WARN")) {
                failed.add(run + " --help → exit " + shell.exitCode() + ":\n" + shell.all());
            }
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void theDocumentedSuiteGeneratorWritesASuiteTheToolLists(@TempDir Path temp) throws Exception {
        Path suite = temp.resolve("gen");
        Shell generated = bash("./jbang scripts/generate-suite.java --shape=lifecycle --classes=3 " + suite);
        assertEquals(0, generated.exitCode(), generated.output());
        Shell listed = bash("./jbang bench.java list --project=" + suite + " --format=json");
        assertEquals(0, listed.exitCode(), listed.output() + listed.errors());
        JsonNode fixtures = new ObjectMapper().readTree(listed.output()).get("fixtures");
        assertEquals(6, fixtures.size(), "per class a @BeforeAll and a @BeforeEach: " + fixtures);
        assertEquals("Gen00001Test#setUp", fixtures.get(0).get("name").asText());
    }

    private static Shell bash(String command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("docs-check-", ".out");
        Path err = Files.createTempFile("docs-check-", ".err");
        try {
            Process process = new ProcessBuilder("bash", "-c", command).directory(ROOT.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish in 5 minutes:\n" + Files.readString(err));
            }
            return new Shell(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
