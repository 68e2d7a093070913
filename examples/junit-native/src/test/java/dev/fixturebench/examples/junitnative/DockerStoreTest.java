package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The store beside a Docker daemon: {@link RequiresDocker} disables it unless {@code -Dstore.docker=true}. */
@ExtendWith(RequiresDocker.class)
class DockerStoreTest {

    private static int daemonExitCode;

    @BeforeAll
    static void pingDaemon() throws IOException, InterruptedException {
        daemonExitCode = new ProcessBuilder("docker", "version").inheritIO().start().waitFor();
    }

    @Test
    void daemonAnswers() {
        assertEquals(0, daemonExitCode);
    }
}
