package dev.fixturebench.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders sampled stacks as a speedscope file (https://www.speedscope.app/file-format-schema.json): one
 * {@code sampled} profile whose every sample weighs the sampling interval, in milliseconds.
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
        ObjectNode profile = root.putArray("profiles").addObject();
        profile.put("type", "sampled").put("name", name).put("unit", "milliseconds").put("startValue", 0)
                .put("endValue", stacks.sampleCount() * intervalMs);
        ArrayNode samples = profile.putArray("samples");
        ArrayNode weights = profile.putArray("weights");
        for (int[] sample : stacks.samples()) {
            ArrayNode indexes = samples.addArray();
            for (int index : sample) {
                indexes.add(index);
            }
            weights.add(intervalMs);
        }
        root.put("name", name).put("activeProfileIndex", 0).put("exporter", "fixture-bench 0.1.0");
        return root.toString();
    }
}
