package dev.fixturebench.fork;

import java.util.List;

import dev.fixturebench.probe.ProbeProtocol.Mode;

/**
 * What a fork's probe runs to measure one fixture: a mode and its operands after the result file.
 *
 * @param mode     {@code measure} for a fixture of the API, {@code junit} for a native JUnit fixture
 * @param operands the mode's operands
 */
public record ProbeCall(String mode, List<String> operands) {

    public ProbeCall {
        operands = List.copyOf(operands);
    }

    /** Builds fixture {@code name} of the fixture API. */
    public static ProbeCall apiFixture(String name) {
        return new ProbeCall(Mode.MEASURE, List.of(name));
    }

    /**
     * Runs test {@code method} of {@code testClass} with its body skipped and reports {@code figure}:
     * {@code lifecycle:CLASS#METHOD}, {@code class_extensions} or {@code method_extensions}.
     */
    public static ProbeCall nativeFixture(String testClass, String method, String figure) {
        return new ProbeCall(Mode.JUNIT, List.of(testClass, method, figure));
    }
}
