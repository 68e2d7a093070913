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
 * to the schema of the speedscope package (test resources, MIT) and name the workload's own method.
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
        JsonNode profile = file.path("profiles").path(0);
        int frames = file.path("shared").path("frames").size();
        assertEquals(profile.path("samples").size(), profile.path("weights").size());
        for (JsonNode sample : profile.path("samples")) {
            for (JsonNode index : sample) {
                assertTrue(index.asInt() >= 0 && index.asInt() < frames, "index " + index + " of " + frames);
            }
        }
        assertTrue(samples(file) > 0);
        assertEquals(stacks.sampleCount(), samples(file));
        assertTrue(names(file).stream().anyMatch(n -> n.equals(SpinMain.class.getName() + ".main")),
                "the workload's method is named: " + names(file).subList(0, Math.min(20, frames)));
        assertFalse(names(file).isEmpty());
        return file;
    }

    private static int samples(JsonNode file) {
        return file.path("profiles").path(0).path("samples").size();
    }

    private static List<String> names(JsonNode file) {
        List<String> names = new ArrayList<>();
        file.path("shared").path("frames").forEach(frame -> names.add(frame.path("name").asText()));
        return names;
    }
}
