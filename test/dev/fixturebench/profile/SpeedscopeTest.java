package dev.fixturebench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each recorder profiles a real tiny JVM ({@link SpinMain}); the speedscope file made of its raw output must conform
 * to the schema of the speedscope package (test resources, MIT), name the workload's own method, and hold one profile
 * per thread, the main thread's first.
 */
class SpeedscopeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMA = Path.of("site/speedscope/file-format-schema.json");

    private static SchemaCheck schema;

    @TempDir
    Path work;

    @BeforeAll
    static void readSchema() throws IOException {
        schema = new SchemaCheck(JSON.readTree(SCHEMA.toFile()));
    }

    @Test
    void eachThreadIsAProfileOfItsOwnTheMainThreadFirstAndActive() throws IOException {
        Path raw = work.resolve("threads.collapsed.txt");
        // as async-profiler writes it with `threads`: the thread is each stack's root; a name may hold a ';'
        Files.writeString(raw, String.join("\n",
                "[C2 CompilerThre tid=12];start_thread;CompileBroker::compiler_thread_loop 40",
                "[main tid=8];app/Main.main_[j];app/Main.work_[j] 3",
                "[worker a;b tid=14];java/lang/Thread.run_[j];app/Main.work_[j] 5",
                "[main tid=8];app/Main.main_[j] 2",
                "[tid=15];start_thread 1"));
        JsonNode file = JSON.readTree(Speedscope.render(CollapsedStacks.read(raw), 1, "two threads"));
        assertEquals(List.of(), schema.violations(file));
        List<String> profiles = new ArrayList<>();
        file.path("profiles").forEach(p -> profiles.add(p.path("name").asText() + " " + p.path("samples").size()));
        assertEquals(List.of("main tid=8 5", "C2 CompilerThre tid=12 40", "worker a;b tid=14 5", "tid=15 1"),
                profiles, "main first, then by samples (ties as first seen)");
        assertEquals(0, file.path("activeProfileIndex").asInt(), "the viewer opens on the main thread");
        assertEquals(5.0, file.path("profiles").path(0).path("endValue").asDouble(), "5 samples of 1 ms");
        assertEquals("two threads", file.path("name").asText());
        assertTrue(names(file).stream().noneMatch(n -> n.contains("tid=") || n.startsWith("b ")),
                "no thread is a frame: " + names(file));
        assertEquals(List.of("app.Main.main", "app.Main.work"), stack(file, 0, 0), "the main thread's own stack");
    }

    @Test
    void withoutThreadsTheFileHoldsOneProfileNamedAsTheFile() throws IOException {
        Path raw = work.resolve("merged.collapsed.txt");
        Files.writeString(raw, "java/lang/Thread.run_[j];app/Main.work_[j] 5\nstart_thread 1\n");
        JsonNode file = JSON.readTree(Speedscope.render(CollapsedStacks.read(raw), 1, "fixture x (wall)"));
        assertEquals(List.of(), schema.violations(file));
        assertEquals(1, file.path("profiles").size());
        assertEquals("fixture x (wall)", file.path("profiles").path(0).path("name").asText());
        assertEquals(6, file.path("profiles").path(0).path("samples").size());
    }

    @Test
    void asyncProfilerCpuOutputConvertsToValidSpeedscope() throws Exception {
        JsonNode file = profileWith(recorder("async-profiler", "cpu"));
        assertTrue(samples(file) >= 100, "a 0.3 s spin sampled every 1 ms of CPU: " + samples(file));
        List<String> names = names(file);
        assertTrue(names.stream().anyMatch(n -> n.endsWith(" " + Frame.NATIVE)), "the JVM's own frames are marked");
        assertTrue(names.stream().noneMatch(n -> n.contains("_[")), "no async-profiler annotation is left in a name");
    }

    @Test
    void asyncProfilerItimerOutputConvertsToValidSpeedscope() throws Exception {
        profileWith(recorder("async-profiler", "itimer"));
    }

    @Test
    void jfrRecordingConvertsToValidSpeedscopeWithLines() throws Exception {
        JsonNode file = profileWith(recorder("JFR", JfrStacks.EVENT));
        boolean lines = false;
        for (JsonNode frame : file.path("shared").path("frames")) {
            lines |= frame.path("name").asText().endsWith("SpinMain.main") && frame.path("line").asInt() > 0;
        }
        assertTrue(lines, "JFR's Java frames carry their line numbers");
    }

    @Test
    void theSchemaCheckCatchesWhatIsMissing() throws IOException {
        JsonNode broken = JSON.readTree("{\"$schema\": \"x\", \"shared\": {\"frames\": [{\"file\": \"a\"}]},"
                + " \"profiles\": [{\"type\": \"sampled\", \"name\": \"p\", \"unit\": \"parsecs\", \"startValue\": 0,"
                + " \"endValue\": 1, \"samples\": [[0]]}]}");
        List<String> problems = schema.violations(broken);
        assertTrue(problems.contains("/shared/frames/0: lacks required name"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("/profiles/0")), problems.toString());
    }

    @Test
    void aLineThatIsNotAStackIsRejectedWithItsNumber() throws IOException {
        Path raw = work.resolve("bad.txt");
        Files.writeString(raw, "a;b 3\nnot a stack\n");
        IOException e = assertThrows(IOException.class, () -> CollapsedStacks.read(raw));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    private Recorder recorder(String profiler, String event) {
        List<String> notes = new ArrayList<>();
        for (Recorder recorder : Recorder.startup(work, notes)) {
            if (recorder.profiler().equals(profiler) && recorder.event().equals(event)) {
                return recorder;
            }
        }
        throw new AssertionError(profiler + " " + event + " is not offered on this machine: " + notes);
    }

    /** Runs SpinMain under {@code recorder}, converts its raw output, checks it, and returns the speedscope JSON. */
    private JsonNode profileWith(Recorder recorder) throws Exception {
        Path raw = work.resolve("raw." + recorder.rawExtension());
        SpinMain.forkUnder(recorder, raw, work);
        Stacks stacks = recorder.read(raw);
        JsonNode file = JSON.readTree(Speedscope.render(stacks, recorder.intervalMs(), "test"));
        assertEquals(List.of(), schema.violations(file));
        assertEquals(Speedscope.SCHEMA, file.path("$schema").asText());
        int frames = file.path("shared").path("frames").size();
        for (JsonNode profile : file.path("profiles")) {
            assertEquals(profile.path("samples").size(), profile.path("weights").size());
            for (JsonNode sample : profile.path("samples")) {
                for (JsonNode index : sample) {
                    assertTrue(index.asInt() >= 0 && index.asInt() < frames, "index " + index + " of " + frames);
                }
            }
        }
        // SpinMain returns from main, so the JVM has renamed its thread DestroyJavaVM by the time async-profiler
        // names threads at exit; JFR names it as it was when sampled
        String main = file.path("profiles").path(0).path("name").asText();
        assertTrue(main.matches("(main|DestroyJavaVM) tid=\\d+"), "the main thread's profile first: " + main);
        assertTrue(file.path("profiles").size() > 1 || recorder.profiler().equals("JFR"),
                "the JVM's own threads have profiles of their own: " + file.path("profiles").size());
        assertTrue(stackNames(file, 0).contains(SpinMain.class.getName() + ".main"),
                "the spin is on the main thread's stacks");
        assertTrue(samples(file) > 0);
        assertEquals(stacks.sampleCount(), samples(file));
        assertTrue(names(file).stream().anyMatch(n -> n.equals(SpinMain.class.getName() + ".main")),
                "the workload's method is named: " + names(file).subList(0, Math.min(20, frames)));
        assertFalse(names(file).isEmpty());
        return file;
    }

    /** Every thread's samples. */
    private static int samples(JsonNode file) {
        int samples = 0;
        for (JsonNode profile : file.path("profiles")) {
            samples += profile.path("samples").size();
        }
        return samples;
    }

    /** The frame names of one sample of one profile, root first. */
    private static List<String> stack(JsonNode file, int profile, int sample) {
        List<String> frames = names(file);
        List<String> names = new ArrayList<>();
        file.path("profiles").path(profile).path("samples").path(sample)
                .forEach(index -> names.add(frames.get(index.asInt())));
        return names;
    }

    /** Every frame name on any stack of one profile. */
    private static java.util.Set<String> stackNames(JsonNode file, int profile) {
        List<String> frames = names(file);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (JsonNode sample : file.path("profiles").path(profile).path("samples")) {
            sample.forEach(index -> names.add(frames.get(index.asInt())));
        }
        return names;
    }

    private static List<String> names(JsonNode file) {
        List<String> names = new ArrayList<>();
        file.path("shared").path("frames").forEach(frame -> names.add(frame.path("name").asText()));
        return names;
    }
}
