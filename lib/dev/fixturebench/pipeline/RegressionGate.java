package dev.fixturebench.pipeline;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dev.fixturebench.model.Comparison;
import dev.fixturebench.results.RunComparison;

/**
 * The CI gate of {@code --fail-if-slower=PCT}: exit 3 when a fixture's init got more than PCT % slower beyond both runs'
 * noise, or a fixture that built before fails now, naming each; 0 otherwise, and always 0 without a limit.
 *
 * @param failIfSlowerPct the limit in %, or null for no gate
 */
public record RegressionGate(Double failIfSlowerPct) {

    /** No gate: every comparison passes (exit 0). */
    public static final RegressionGate NONE = new RegressionGate(null);

    /** The exit code {@code comparison} earns, each fixture that passed the limit told on {@code err}. */
    int judge(Comparison comparison, PrintWriter err) {
        if (failIfSlowerPct == null || comparison == null) {
            return 0;
        }
        List<Comparison.Delta> slower = comparison.fixtures().stream()
                .filter(d -> RunComparison.slowerThan(d, failIfSlowerPct)).toList();
        for (String failing : comparison.nowFailing()) {
            err.println("now failing: " + failing + " (it built in the earlier run)");
        }
        for (Comparison.Delta delta : slower) {
            err.printf(Locale.ROOT, "slower: %s init %.1f ms -> %.1f ms (%+.1f %%, beyond the noise of %.1f ms)%n",
                    delta.name(), delta.initBefore(), delta.initAfter(), delta.initPct(), delta.noiseMs());
        }
        if (slower.isEmpty() && comparison.nowFailing().isEmpty()) {
            return 0;
        }
        err.printf(Locale.ROOT, "--fail-if-slower=%s: %d fixture(s) got slower than that beyond the noise, %d fail"
                + " now that built before; exit 3.%n", BigDecimal.valueOf(failIfSlowerPct).stripTrailingZeros()
                .toPlainString(), slower.size(), comparison.nowFailing().size());
        return 3;
    }
}
