package dev.fixturebench.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders sampled stacks as a speedscope file (https://www.speedscope.app/file-format-schema.json): one
 * {@code sampled} profile per thread, named after it, the main thread's first and active (one profile named as the
 * file where no thread was recorded); every sample weighs the sampling interval, in milliseconds.
 */
public final class Speedscope {

    /** The schema a speedscope file names. */
    public static final String SCHEMA = "https://www.speedscope.app/file-format-schema.json";

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Speedscope() {
    }

    /** The speedscope JSON of {@code stacks}, sampled every {@code intervalMs}, named {@code name}. */
    public static String render(Stacks stacks, double intervalMs, String name) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        ArrayNode frames = root.putObject("shared").putArray("frames");
        for (Frame frame : stacks.frames()) {
            ObjectNode node = frames.addObject().put("name", frame.name());
            if (frame.file() != null) {
                node.put("file", frame.file());
            }
            if (frame.line() != null) {
                node.put("line", frame.line());
            }
        }
        ArrayNode profiles = root.putArray("profiles");
        for (Stacks.ThreadSamples thread : stacks.byThread()) {
            ObjectNode profile = profiles.addObject();
            profile.put("type", "sampled").put("name", thread.thread() == null ? name : thread.thread())
                    .put("unit", "milliseconds").put("startValue", 0)
                    .put("endValue", thread.samples().size() * intervalMs);
            ArrayNode samples = profile.putArray("samples");
            ArrayNode weights = profile.putArray("weights");
            for (int[] sample : thread.samples()) {
                ArrayNode indexes = samples.addArray();
                for (int index : sample) {
                    indexes.add(index);
                }
                weights.add(intervalMs);
            }
        }
        // byThread() puts the main thread first: the viewer opens on it
        root.put("name", name).put("activeProfileIndex", 0).put("exporter", "fixture-bench 0.1.0");
        return root.toString();
    }
}
