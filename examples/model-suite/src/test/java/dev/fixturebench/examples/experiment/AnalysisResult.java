package dev.fixturebench.examples.experiment;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.fixturebench.examples.config.Analysis;

/**
 * The outcome of one analysis: a score per prompt, component, feature or tag, and one summary figure.
 * {@code onSetupData} tells whether it reused the setup's data and outputs or prepared its own.
 */
public record AnalysisResult(String key, Analysis analysis, boolean onSetupData, int examples, double summary,
                             Map<String, Double> scores) {

    public AnalysisResult {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    /** The name whose score is largest in magnitude. */
    public String strongest() {
        return scores.entrySet().stream()
                .max(Comparator.comparingDouble((Map.Entry<String, Double> e) -> Math.abs(e.getValue())))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException(analysis.id() + " of '" + key + "' has no scores"));
    }

    /** The sum of all scores. */
    public double total() {
        return scores.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
