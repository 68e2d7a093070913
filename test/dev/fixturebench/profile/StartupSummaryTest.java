package dev.fixturebench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Summarises a real profile: {@link SpinMain} recorded with async-profiler's {@code cpu} event, written as the
 * start-up profiling writes it (speedscope file, class path index and an unprofiled run's class-load log beside it);
 * and refuses files not of ours.
 */
class StartupSummaryTest {

    @TempDir
    Path work;

    @Test
    void aRealProfileIsSplitByLibraryActivityAndStack() throws Exception {
        Path profile = record();
        StartupSummary summary = StartupSummary.read(profile);
        int samples = summary.sampleCount();
        assertTrue(samples >= 100, "a 0.3 s spin sampled every 1 ms: " + samples);

        Map<String, int[]> libraries = summary.byLibrary();
        assertEquals(samples, libraries.values().stream().mapToInt(c -> c[0]).sum(), "self shares add up");
        String spinFolder = libraries.keySet().stream().filter(l -> l.startsWith("suite folder ")
                && l.contains("test-classes")).findFirst().orElseThrow(() -> new AssertionError(libraries.keySet()));
        assertTrue(libraries.get(spinFolder)[1] > samples / 2, "SpinMain.main is on most stacks");
        assertTrue(libraries.containsKey(ClassPathIndex.JDK), "Math and LocalDateTime are the JDK's");

        Map<String, Integer> activities = summary.byActivity();
        assertEquals(samples, activities.values().stream().mapToInt(Integer::intValue).sum());
        int spinning = activities.getOrDefault("running Java code (interpreted or compiled)", 0)
                + activities.getOrDefault(StartupSummary.NATIVE_UNDER_JAVA, 0);
        assertTrue(spinning > samples / 4, "the spin's Java code and the natives it calls: " + activities);

        List<Map.Entry<List<String>, Integer>> hottest = summary.hottestStacks(3);
        assertTrue(hottest.size() <= 3 && !hottest.isEmpty());
        assertTrue(hottest.get(0).getValue() >= hottest.get(hottest.size() - 1).getValue(), "most first");

        Map<String, int[]> classes = summary.classesByLibrary();
        assertEquals(1, classes.get(spinFolder)[0], "SpinMain alone is loaded from its folder: " + classes.keySet());
        assertTrue(classes.get(ClassPathIndex.JDK)[0] > 300, "a JVM loads hundreds of JDK classes");
        assertEquals(null, summary.firstTestSeconds(), "SpinMain runs no JUnit test");
        assertTrue(summary.lastClassSeconds() > 0);

        String markdown = summary.toMarkdown(5);
        for (String heading : List.of("## Where start-up goes", "### By library", "### By VM activity",
                "### Hottest stacks", "| Library | Self | On stack |", "| " + spinFolder + " |", "### Classes loaded",
                "| " + spinFolder + " | 1 | 0 |", "JUnit Jupiter never loaded")) {
            assertTrue(markdown.contains(heading), heading + " in:\n" + markdown);
        }
    }

    @Test
    void oneProfilePerThreadSumsUpAsAllThreadsMergedDid() throws Exception {
        Path perThread = record();
        JsonNode file = new ObjectMapper().readTree(perThread.toFile());
        assertTrue(file.path("profiles").size() > 1, "the JVM's threads each have a profile");
        // the same samples as files were written before threads were recorded: no thread root, one profile
        Path raw = work.resolve("raw.collapsed.txt");
        Path merged = work.resolve("merged_speedscope.json");
        Path mergedRaw = work.resolve("merged.collapsed.txt");
        // a thread root as CollapsedStacks reads it: named ([main tid=8356]) or not ([tid=8356]), its name any text
        Files.write(mergedRaw, Files.readAllLines(raw).stream()
                .map(l -> l.replaceFirst("^\\[(?:.*? )?tid=\\d+\\];", "")).toList());
        Files.writeString(merged, Speedscope.render(CollapsedStacks.read(mergedRaw), 1, "spin"));
        Files.copy(StartupSummary.indexOf(perThread), StartupSummary.indexOf(merged));
        Files.copy(StartupSummary.classLoadLogOf(perThread), StartupSummary.classLoadLogOf(merged));
        assertEquals(1, new ObjectMapper().readTree(merged.toFile()).path("profiles").size());

        StartupSummary threads = StartupSummary.read(perThread);
        StartupSummary before = StartupSummary.read(merged);
        assertEquals(before.sampleCount(), threads.sampleCount());
        assertEquals(counts(before.byLibrary()), counts(threads.byLibrary()));
        assertEquals(before.byActivity(), threads.byActivity());
        // every table, rows of equal counts in the same order too; the first line names the file
        assertEquals(before.toMarkdown(10).replace(merged.toString(), "FILE"),
                threads.toMarkdown(10).replace(perThread.toString(), "FILE"));
        assertTrue(threads.hottestStacks(Integer.MAX_VALUE).stream().flatMap(e -> e.getKey().stream())
                .noneMatch(frame -> frame.contains("tid=")), "no thread shows as a frame");
    }

    private static Map<String, List<Integer>> counts(Map<String, int[]> rows) {
        Map<String, List<Integer>> counts = new java.util.HashMap<>();
        rows.forEach((key, count) -> counts.put(key, Arrays.stream(count).boxed().toList()));
        return counts;
    }

    @Test
    void anUnchangedProfileIsParsedOnceAndAChangedOneAgain() throws Exception {
        Path profile = record();
        StartupSummary first = StartupSummary.read(profile);
        assertTrue(first == StartupSummary.read(profile), "the report and the site after each fixture share one parse");
        Files.delete(StartupSummary.classLoadLogOf(profile));
        StartupSummary again = StartupSummary.read(profile);
        assertTrue(first != again, "a file beside it changed: read again");
        assertTrue(again.toMarkdown(10).contains("No class-load log beside the profile"));
    }

    @Test
    void withoutItsIndexTheJdkIsStillToldApart() throws Exception {
        Path profile = record();
        Files.delete(StartupSummary.indexOf(profile));
        Files.delete(StartupSummary.classLoadLogOf(profile));
        StartupSummary summary = StartupSummary.read(profile);
        assertTrue(summary.byLibrary().containsKey(ClassPathIndex.JDK));
        assertTrue(summary.byLibrary().containsKey(StartupSummary.UNKNOWN), "SpinMain's folder is unknown");
        assertTrue(summary.toMarkdown(10).contains("No class path index beside it"));
        assertTrue(summary.toMarkdown(10).contains("No class-load log beside the profile"));
    }

    @Test
    void theFilesBesideAProfileDropSpeedscopeFromTheirNamesAndThoseOfEarlierRunsAreStillFound() throws Exception {
        Path profile = work.resolve("launcher_startup_speedscope_20261206_120000.json");
        assertEquals(work.resolve("launcher_startup_20261206_120000.classpath.json"), StartupSummary.indexOf(profile));
        assertEquals(work.resolve("launcher_startup_20261206_120000.classload.log"),
                StartupSummary.classLoadLogOf(profile));
        assertEquals(work.resolve("launcher_startup_20261206_120000.collapsed.txt"),
                StartupSummary.beside(profile, ".collapsed.txt"));
        Path older = work.resolve("launcher_startup_speedscope_20261206_120000.classload.log");
        Files.writeString(older, "");
        assertEquals(older, StartupSummary.classLoadLogOf(profile), "a run written before the log was renamed");
    }

    @Test
    void foreignBrokenAndMissingFilesAreRefusedSayingWhatIsExpected() throws Exception {
        Path foreign = work.resolve("foreign.json");
        Files.writeString(foreign, "{\"$schema\": \"" + Speedscope.SCHEMA + "\", \"exporter\": \"speedscope@1.25.0\","
                + " \"shared\": {\"frames\": []}, \"profiles\": []}");
        Path broken = work.resolve("broken.json");
        Files.writeString(broken, "{\"shared\": ");
        for (Path file : List.of(foreign, broken, work.resolve("missing.json"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StartupSummary.read(file));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("Expected a speedscope file written by Fixture Bench"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StartupSummary.read(foreign)).getMessage()
                .contains("exporter \"speedscope@1.25.0\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StartupSummary.read(broken)).getMessage()
                .contains("is not JSON"));
    }

    /** Runs SpinMain under async-profiler and writes its speedscope file and class path index into the work folder. */
    private Path record() throws Exception {
        Recorder recorder = Recorder.startup(work, new ArrayList<>()).stream()
                .filter(r -> r.profiler().equals("async-profiler") && r.event().equals("cpu")).findFirst()
                .orElseThrow(() -> new AssertionError("async-profiler's cpu event is not offered on this machine"));
        Path raw = work.resolve("raw." + recorder.rawExtension());
        SpinMain.forkUnder(recorder, raw, work);
        Path profile = work.resolve("spin_speedscope.json");
        Files.writeString(profile, Speedscope.render(recorder.read(raw), recorder.intervalMs(), "spin"));
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
        Files.writeString(StartupSummary.indexOf(profile), ClassPathIndex.of(classPath).toJson());
        Process logged = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + StartupSummary.classLoadLogOf(profile), "-cp",
                System.getProperty("java.class.path"), SpinMain.class.getName()).redirectErrorStream(true)
                .redirectOutput(work.resolve("logged.log").toFile()).start();
        assertTrue(logged.waitFor(60, TimeUnit.SECONDS), "the logged fork ends");
        assertEquals(0, logged.exitValue(), Files.readString(work.resolve("logged.log")));
        return profile;
    }
}
