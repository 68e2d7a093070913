package dev.fixturebench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.fixturebench.model.Comparison;

/** The JSON results' {@code comparison} ({@code --compare}): null when the run was compared with nothing. */
final class ComparisonJson {

    private ComparisonJson() {
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
