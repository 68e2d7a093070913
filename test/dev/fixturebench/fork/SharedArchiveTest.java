package dev.fixturebench.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.suite.SuiteClasspath;

/** Dumps and maps a real archive on the JUnit jars of this test's own class path, and checks each way it falls back. */
class SharedArchiveTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    /** A suite of one folder (holding {@code files}) and the JUnit jars this test runs on. */
    private SuiteClasspath suite(String... files) throws Exception {
        Path classes = Files.createDirectories(work.resolve("suite/test-classes"));
        for (String file : files) {
            Files.createDirectories(classes.resolve(file).getParent());
            Files.writeString(classes.resolve(file), "x");
        }
        Set<Path> jars = new LinkedHashSet<>();
        for (Class<?> type : List.of(org.junit.jupiter.api.Test.class, org.junit.jupiter.engine.JupiterTestEngine.class,
                org.junit.platform.engine.TestEngine.class, org.junit.platform.commons.util.ReflectionUtils.class,
                org.opentest4j.AssertionFailedError.class, org.apiguardian.api.API.class)) {
            jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        Path launcher = Path.of(org.junit.platform.launcher.Launcher.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        List<Path> entries = new ArrayList<>(List.of(classes));
        entries.addAll(jars);
        return new SuiteClasspath("test suite", List.of(classes), entries, List.of(launcher), "JUnit Platform 1.11.4");
    }

    @Test
    void forksStartFromTheArchiveWithTheFoldersAfterTheJars() throws Exception {
        SharedArchive.Forks forks = SharedArchive.prepare(suite("fixtures/table.csv"), List.of(), TIMEOUT, work, true);
        assertTrue(forks.sharing().used(), forks.sharing().detail());
        assertTrue(forks.sharing().detail().matches("\\d+ classes \\(the test framework, probe, JDK\\), dumped"
                + " in [0-9.]+ s by an empty-test fork on the 8 jar\\(s\\) of the class path; the suite's 1 folder\\(s\\)"
                + " follow them"), forks.sharing().detail());
        ForkResult fork = forks.forker().run("baseline", List.of(), ForkWatcher.NONE);
        assertEquals("ok", fork.probe().path("status").asText(), fork.outputTail());
        ForkResult plain = forks.withoutArchive().run("baseline", List.of(), ForkWatcher.NONE);
        assertEquals("ok", plain.probe().path("status").asText(), plain.outputTail());
        String archivedArgs = Files.readString(work.resolve("fork-cds.args"));
        assertTrue(archivedArgs.contains("-XX:SharedArchiveFile="), archivedArgs);
        assertTrue(archivedArgs.indexOf("test-classes") > archivedArgs.lastIndexOf(".jar"), "folders after the jars");
        assertFalse(Files.readString(work.resolve("fork.args")).contains("SharedArchive"));
    }

    @Test
    void noArchiveWhenTurnedOff() throws Exception {
        SharedArchive.Forks forks = SharedArchive.prepare(suite(), List.of(), TIMEOUT, work, false);
        assertFalse(forks.sharing().used());
        assertEquals("turned off with --no-cds", forks.sharing().detail());
        assertSame(forks.forker(), forks.withoutArchive());
        assertFalse(Files.exists(work.resolve("forks.jsa")), "nothing dumped");
    }

    @Test
    void noArchiveWhenAFolderHoldsAClassOfAJar() throws Exception {
        SharedArchive.Forks forks = SharedArchive.prepare(suite("org/junit/jupiter/api/Test.class"), List.of(),
                TIMEOUT, work, true);
        assertFalse(forks.sharing().used());
        assertTrue(forks.sharing().detail().contains("org/junit/jupiter/api/Test.class is both in the folder "
                + work.resolve("suite/test-classes") + " and in "), forks.sharing().detail());
        assertFalse(Files.exists(work.resolve("forks.jsa")), "nothing dumped");
    }

    @Test
    void noArchiveWhenTheForkOptionsSetSharingThemselves() throws Exception {
        SharedArchive.Forks forks = SharedArchive.prepare(suite(), List.of("-Xmx256m", "-Xshare:off"), TIMEOUT, work,
                true);
        assertFalse(forks.sharing().used());
        assertEquals("--fork-jvm-args sets class-data sharing itself (-Xshare:off)", forks.sharing().detail());
    }

    @Test
    void noArchiveWhenTheJvmCannotDumpOneAndTheReasonIsItsOwn() throws Exception {
        // without compressed class pointers the JVM cannot map its base archive, so it refuses to dump on top of it
        SharedArchive.Forks forks = SharedArchive.prepare(suite(), List.of("-XX:-UseCompressedClassPointers"), TIMEOUT,
                work, true);
        assertFalse(forks.sharing().used(), forks.sharing().detail());
        assertTrue(forks.sharing().detail().startsWith("dumping the archive failed: exit code 1 — ")
                && forks.sharing().detail().contains("base CDS archive is not loaded"), forks.sharing().detail());
        assertSame(forks.forker(), forks.withoutArchive());
        ForkResult fork = forks.forker().run("baseline", List.of(), ForkWatcher.NONE);
        assertEquals("ok", fork.probe().path("status").asText(), "forks still run, without an archive: "
                + fork.outputTail());
    }
}
