package dev.fixturebench.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.probe.ProbeProtocol;
import dev.fixturebench.suite.SuiteClasspath;

/**
 * How a real fork ends: once the probe has exited and every shutdown hook of the suite has run, the tool stops waiting
 * (the JVM would still wait for a thread blocked in a socket accept), with the probe's own exit code; a fork whose
 * options write at the JVM's end is waited for. The last two cases drive the wait with a plain process and a marker.
 */
class ForkEndTest {

    private static final String TEST_CLASS = "probe.exit.LingeringThreadTest";

    @TempDir
    Path work;

    /**
     * A suite of one test class that leaves a daemon thread in a socket accept (blocked in native code at exit) and
     * registers a shutdown hook that takes 300 ms before it writes the file named by {@code -Dhook.file}.
     */
    private SuiteClasspath suite() throws Exception {
        return CompiledSuite.of(work, TEST_CLASS, String.join("\n",
                "package probe.exit;",
                "public class LingeringThreadTest {",
                "    static {",
                "        try {",
                "            java.net.ServerSocket socket = new java.net.ServerSocket(0);",
                "            Thread accept = new Thread(() -> { try { socket.accept(); } catch (Exception e) { } });",
                "            accept.setDaemon(true);",
                "            accept.start();",
                "        } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }",
                "        Runtime.getRuntime().addShutdownHook(new Thread(() -> {",
                "            try {",
                "                Thread.sleep(300);",
                "                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty(\"hook.file\")),"
                        + " \"done\");",
                "            } catch (Exception e) { throw new RuntimeException(e); }",
                "        }));",
                "    }",
                "    @org.junit.jupiter.api.BeforeAll static void setUp() { }",
                "    @org.junit.jupiter.api.Test void test() { }",
                "}"));
    }

    private static List<String> lifecycleFigure() {
        return List.of(TEST_CLASS, "test", ProbeProtocol.Figure.lifecycle(TEST_CLASS, "setUp()"));
    }

    @Test
    void aForkEndsOnceTheSuitesShutdownHooksHaveRun() throws Exception {
        Forker forker = SharedArchive.prepare(suite(), List.of(), Duration.ofSeconds(60), work, false,
                SetupCache.off()).forker();
        Path hookFile = work.resolve("hook-ran");
        ForkResult fork = forker.withJvmArgs(List.of("-Dhook.file=" + hookFile))
                .run(ProbeProtocol.Mode.JUNIT, lifecycleFigure(), ForkWatcher.NONE);

        assertTrue(fork.passed(), fork.probeStatus() + ": " + fork.probeError() + "\n" + fork.outputTail());
        assertEquals(0, fork.exitCode(), "the probe's exit code, not the signal that ended the JVM");
        assertEquals("done", Files.readString(hookFile), "the suite's slow shutdown hook finished first");
        try (var files = Files.list(work)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(ProbeProtocol.EXITED_SUFFIX)),
                    "the probe marked its exit");
        }
    }

    @Test
    void theProbesFailingExitCodeIsKept() throws Exception {
        Forker forker = SharedArchive.prepare(suite(), List.of(), Duration.ofSeconds(60), work, false,
                SetupCache.off()).forker();
        // no fixture API on this class path: the probe fails and exits with 1
        ForkResult fork = forker.withJvmArgs(List.of("-Dhook.file=" + work.resolve("unused")))
                .run(ProbeProtocol.Mode.MEASURE, List.of("no_such_fixture"), ForkWatcher.NONE);

        assertEquals(1, fork.exitCode(), fork.outputTail());
        assertFalse(fork.timedOut());
    }

    @Test
    void aForkMarkedAsExitedIsEndedThereWithTheMarkedCode() throws Exception {
        Process lingering = new ProcessBuilder("sleep", "30").start();
        Path marker = Files.writeString(work.resolve("fork-1-junit.json" + ProbeProtocol.EXITED_SUFFIX), "7");
        try {
            Integer code = Forker.awaitEnd(lingering, marker, Duration.ofSeconds(10), false);

            assertEquals(7, code, "the marked code, read at the marker rather than at the process's end");
            assertFalse(lingering.isAlive(), "the process was ended at the marker");
        } finally {
            lingering.destroyForcibly();
        }
    }

    @Test
    void aForkWhoseOptionsWriteAtTheJvmsEndIsWaitedFor() throws Exception {
        Process ending = new ProcessBuilder("sleep", "0.5").start();
        Path marker = Files.writeString(work.resolve("fork-2-junit.json" + ProbeProtocol.EXITED_SUFFIX), "7");

        Integer code = Forker.awaitEnd(ending, marker, Duration.ofSeconds(10), true);

        assertEquals(null, code, "not ended at the marker");
        assertEquals(0, ending.exitValue(), "it ran to its own end");
        assertTrue(Forker.writesAtExit(List.of("-agentpath:/opt/libasyncProfiler.so=start")));
        assertTrue(Forker.writesAtExit(List.of("-XX:ArchiveClassesAtExit=app.jsa")));
        assertTrue(Forker.writesAtExit(List.of("@more-options.txt")));
        assertFalse(Forker.writesAtExit(List.of("-Xmx2g", "-Dgreeting=a b")));
    }
}
