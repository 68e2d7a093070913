package dev.fixturebench.examples.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a module's setup processed: how many examples, and named figures such as a mean logit difference. */
public record SetupReport(String key, int examples, Map<String, Double> metrics) {

    public SetupReport {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** The figure named {@code name}; fails naming the known ones when absent. */
    public double metric(String name) {
        Double value = metrics.get(name);
        if (value == null) {
            throw new IllegalArgumentException("setup of '" + key + "' has no metric '" + name + "'; it has "
                    + metrics.keySet());
        }
        return value;
    }
}
