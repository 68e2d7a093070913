package dev.fixturebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/CLI.md is every command's help as the commands print it today. */
class CliReferenceTest {

    private static final Path REFERENCE = Path.of("docs/CLI.md");

    @Test
    void theReferenceIsUpToDate() throws Exception {
        String now = CliReference.markdown();
        if (Boolean.getBoolean("fixturebench.docs.write")) {
            Files.writeString(REFERENCE, now, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(REFERENCE), REFERENCE + " is missing: run mvn test -Dtest=CliReferenceTest"
                + " -Dfixturebench.docs.write=true");
        assertEquals(now, Files.readString(REFERENCE, StandardCharsets.UTF_8), REFERENCE + " is out of date: run mvn"
                + " test -Dtest=CliReferenceTest -Dfixturebench.docs.write=true and commit it");
        for (String command : new String[] {"## fixture-bench run", "## fixture-bench list", "## fixture-bench serve",
            "## fixture-bench compare", "## fixture-bench merge", "## fixture-bench startup",
            "## fixture-bench suite-overhead", "## fixture-bench profile summarize"}) {
            assertTrue(now.contains(command + "\n"), command);
        }
    }
}
