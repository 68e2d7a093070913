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

import dev.fixturebench.cache.SetupCache;
import dev.fixturebench.suite.SuiteClasspath;

/**
 * Dumps and maps a real archive on the JUnit jars of this test's own class path, checks each way it falls back, and
 * reuses it from a real cache folder while its jars, the JDK and the fork options stay the same.
 */
class SharedArchiveTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path work;

    /** A suite of one folder (holding {@code files}) and the JUnit jars this test runs on. */
    private SuiteClasspath suite(String... files) throws Exception {
        return suite(false, files);
    }

    /** As {@link #suite(String...)}; with {@code copies}, the jars are copies in the work folder, to change at will. */
    private SuiteClasspath suite(boolean copies, String... files) throws Exception {
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
        if (copies) {
            Path folder = Files.createDirectories(work.resolve("jars"));
            for (Path jar : jars) {
                entries.add(Files.copy(jar, folder.resolve(jar.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING));
            }
            return new SuiteClasspath("test suite", List.of(classes), entries, List.of(launcher),
                    "JUnit Platform 1.11.4");
        }
        entries.addAll(jars);
        return new SuiteClasspath("test suite", List.of(classes), entries, List.of(launcher), "JUnit Platform 1.11.4");
    }

    @Test
    void forksStartFromTheArchiveWithTheFoldersAfterTheJars() throws Exception {
        SharedArchive.Forks forks = SharedArchive.prepare(suite("fixtures/table.csv"), List.of(), TIMEOUT, work, true, SetupCache.off());
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
        SharedArchive.Forks forks = SharedArchive.prepare(suite(), List.of(), TIMEOUT, work, false, SetupCache.off());
        assertFalse(forks.sharing().used());
        assertEquals("turned off with --no-cds", forks.sharing().detail());
        assertSame(forks.forker(), forks.withoutArchive());
        assertFalse(Files.exists(work.resolve("forks.jsa")), "nothing dumped");
    }

    @Test
    void noArchiveWhenAFolderHoldsAClassOfAJar() throws Exception {
        SharedArchive.Forks forks = SharedArchive.prepare(suite("org/junit/jupiter/api/Test.class"), List.of(),
                TIMEOUT, work, true, SetupCache.off());
        assertFalse(forks.sharing().used());
        assertTrue(forks.sharing().detail().contains("org/junit/jupiter/api/Test.class is both in the folder "
                + work.resolve("suite/test-classes") + " and in "), forks.sharing().detail());
        assertFalse(Files.exists(work.resolve("forks.jsa")), "nothing dumped");
    }

    @Test
    void noArchiveWhenTheForkOptionsSetSharingThemselves() throws Exception {
        SharedArchive.Forks forks = SharedArchive.prepare(suite(), List.of("-Xmx256m", "-Xshare:off"), TIMEOUT, work,
                true, SetupCache.off());
        assertFalse(forks.sharing().used());
        assertEquals("--fork-jvm-args sets class-data sharing itself (-Xshare:off)", forks.sharing().detail());
    }

    @Test
    void noArchiveWhenTheJvmCannotDumpOneAndTheReasonIsItsOwn() throws Exception {
        // without compressed class pointers the JVM cannot map its base archive, so it refuses to dump on top of it
        SharedArchive.Forks forks = SharedArchive.prepare(suite(), List.of("-XX:-UseCompressedClassPointers"), TIMEOUT,
                work, true, SetupCache.off());
        assertFalse(forks.sharing().used(), forks.sharing().detail());
        assertTrue(forks.sharing().detail().startsWith("dumping the archive failed: exit code 1 — ")
                && forks.sharing().detail().contains("base CDS archive is not loaded"), forks.sharing().detail());
        assertSame(forks.forker(), forks.withoutArchive());
        ForkResult fork = forks.forker().run("baseline", List.of(), ForkWatcher.NONE);
        assertEquals("ok", fork.probe().path("status").asText(), "forks still run, without an archive: "
                + fork.outputTail());
    }

    @Test
    void theProbeJarKeepsItsPathTimeAndBytesFromRunToRun() throws Exception {
        SetupCache cache = SetupCache.at(work.resolve("cache"), message -> { });
        Path first = ProbeClasses.jar(cache, Files.createDirectories(work.resolve("run1")));
        Path second = ProbeClasses.jar(cache, Files.createDirectories(work.resolve("run2")));
        assertEquals(first, second);
        assertTrue(first.startsWith(work.resolve("cache/probe")), first.toString());
        assertEquals(Files.getLastModifiedTime(first), Files.getLastModifiedTime(second));
        assertEquals(work.resolve("run3/probe.jar"), ProbeClasses.jar(SetupCache.off(), work.resolve("run3")),
                "without the cache, in the run's work folder");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(work.resolve("run3/probe.jar"))),
                "the same classes make the same bytes");
    }

    @Test
    void aSecondRunReusesTheArchiveWithoutDumpingAndItsForksMapIt() throws Exception {
        SetupCache cache = SetupCache.at(work.resolve("cache"), message -> { });
        SuiteClasspath suite = suite(true, "fixtures/table.csv");
        Path run1 = Files.createDirectories(work.resolve("run1"));
        SharedArchive.Forks dumped = SharedArchive.prepare(suite, List.of(), TIMEOUT, run1, true, cache);
        assertTrue(dumped.sharing().used(), dumped.sharing().detail());
        assertTrue(Files.exists(run1.resolve("cds-dump.args")), "the first run dumps");

        Path run2 = Files.createDirectories(work.resolve("run2"));
        SharedArchive.Plan plan = SharedArchive.plan(suite, List.of(), run2, true, cache);
        assertFalse(plan.dumps());
        assertTrue(plan.reusedFrom().isPresent());
        SharedArchive.Forks reused = plan.forks(TIMEOUT);
        assertTrue(reused.sharing().used(), reused.sharing().detail());
        assertTrue(reused.sharing().detail().matches("\\d+ classes \\(the test framework, probe, JDK\\), reused from the"
                + " cache \\(dumped \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC in [0-9.]+ s by an empty-test fork on the 8"
                + " jar\\(s\\) of the class path\\); the suite's 1 folder\\(s\\) follow them"), reused.sharing().detail());
        assertEquals(dumped.sharing().detail().substring(0, dumped.sharing().detail().indexOf(' ')),
                reused.sharing().detail().substring(0, reused.sharing().detail().indexOf(' ')), "as many classes");
        assertFalse(Files.exists(run2.resolve("cds-dump.args")), "no dump fork");
        assertFalse(Files.exists(run2.resolve("cds-check.args")), "no check fork");
        Path log = run2.resolve("classes.log");
        ForkResult fork = reused.forker().withJvmArgs(List.of("-Xlog:class+load=info:file=" + log))
                .run("baseline", List.of(), ForkWatcher.NONE);
        assertEquals("ok", fork.probe().path("status").asText(), fork.outputTail());
        assertTrue(Files.readAllLines(log).stream().anyMatch(line -> line.contains("dev.fixturebench.probe.ProbeMain"
                + " source: shared objects file (top)")), "the fork loads the probe from the reused archive");
    }

    @Test
    void aJarChangedOrOtherForkOptionsOrNoCacheDumpAgain() throws Exception {
        SetupCache cache = SetupCache.at(work.resolve("cache"), message -> { });
        SuiteClasspath suite = suite(true);
        Path run = Files.createDirectories(work.resolve("run1"));
        SharedArchive.prepare(suite, List.of("-Xmx256m"), TIMEOUT, run, true, cache);
        assertFalse(SharedArchive.plan(suite, List.of("-Xmx256m"), run, true, cache).dumps(), "nothing changed");
        assertTrue(SharedArchive.plan(suite, List.of("-Xmx512m"), run, true, cache).dumps(), "other fork options");
        assertTrue(SharedArchive.plan(suite, List.of("-Xmx256m"), run, true, SetupCache.off()).dumps(), "--no-cache");
        Path jar = suite.entries().get(1);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.from(
                Files.getLastModifiedTime(jar).toInstant().plusSeconds(1)));
        assertTrue(SharedArchive.plan(suite, List.of("-Xmx256m"), run, true, cache).dumps(), "a jar rebuilt in place");
    }
}
