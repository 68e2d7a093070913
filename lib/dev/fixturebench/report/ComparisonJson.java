package dev.fixturebench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.model.Comparison;

/** The JSON results' {@code comparison} ({@code --compare}): null when the run was compared with nothing. */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    /** The comparison alone as a JSON document, as the {@code compare} command prints it. */
    public static String render(Comparison comparison) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        write(root, comparison);
        try {
            return JsonReport.MAPPER.writeValueAsString(root.get("comparison")) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the comparison could not be written as JSON: " + e.getMessage(), e);
        }
    }

    static void write(ObjectNode root, Comparison comparison) {
        if (comparison == null) {
            root.putNull("comparison");
            return;
        }
        ObjectNode node = root.putObject("comparison");
        node.put("against", comparison.against());
        node.put("against_generated", comparison.againstDate());
        node.put("threshold_pct", comparison.thresholdPct());
        JsonReport.strings(node, "changed", comparison.changed().stream().map(Comparison.Delta::name).toList());
        JsonReport.strings(node, "added", comparison.added());
        JsonReport.strings(node, "removed", comparison.removed());
        JsonReport.strings(node, "now_failing", comparison.nowFailing());
        ArrayNode fixtures = node.putArray("fixtures");
        for (Comparison.Delta delta : comparison.fixtures()) {
            ObjectNode item = fixtures.addObject();
            item.put("name", delta.name());
            item.put("init_before_ms", delta.initBefore());
            item.put("init_after_ms", delta.initAfter());
            item.put("init_delta_ms", delta.initMs());
            item.put("init_delta_pct", delta.initPct());
            item.put("noise_ms", delta.noiseMs());
            item.put("heap_delta_mib", delta.heapMib());
            item.put("rss_delta_mib", delta.rssMib());
            item.put("gpu_delta_mib", delta.gpuMib());
            item.put("changed", delta.changed());
        }
    }
}
