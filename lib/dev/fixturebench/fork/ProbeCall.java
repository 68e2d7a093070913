package dev.fixturebench.fork;

import java.util.ArrayList;
import java.util.List;

import dev.fixturebench.probe.ProbeProtocol.Mode;

/**
 * What a fork's probe runs to measure one fixture: a mode and its operands after the result file.
 *
 * @param mode     {@code measure} for a fixture of the API; {@code junit}, {@code junit4} or {@code testng} for a
 *                 native fixture of that framework
 * @param operands the mode's operands
 */
public record ProbeCall(String mode, List<String> operands) {

    public ProbeCall {
        operands = List.copyOf(operands);
    }

    /**
     * Builds fixture {@code name} of the fixture API; {@code needed}, what the fork must define for it and its
     * dependencies (operands as {@code ProbeProtocol.DECLARED_OPERAND} says), spare it a scan of the suite's classes
     * (none: it scans).
     */
    public static ProbeCall apiFixture(String name, List<String> needed) {
        return new ProbeCall(Mode.MEASURE, List.of(name)).withApiDefinitions(needed);
    }

    /**
     * Runs test {@code method} of {@code testClass} with its body skipped, under the framework of {@code mode}
     * ({@code junit}, {@code junit4}, {@code testng}), and reports {@code figure}: {@code lifecycle:CLASS#MEMBER},
     * {@code class_extensions} or {@code method_extensions}.
     */
    public static ProbeCall nativeFixture(String mode, String testClass, String method, String figure) {
        return new ProbeCall(mode, List.of(testClass, method, figure));
    }

    /** Starts and stops test resource {@code resourceClass} alone, given {@code initArgs} (key=value) first. */
    public static ProbeCall testResource(String resourceClass, List<String> initArgs) {
        List<String> operands = new java.util.ArrayList<>(List.of(resourceClass));
        operands.addAll(initArgs);
        return new ProbeCall(Mode.RESOURCE, operands);
    }

    /**
     * This call, its fork told {@code needed}, what it must define of the API fixtures its test class asks for (none:
     * unchanged), so the fork needs no scan of the suite's classes for them.
     */
    public ProbeCall withApiDefinitions(List<String> needed) {
        if (needed.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(operands);
        all.addAll(needed);
        return new ProbeCall(mode, all);
    }

    /** Whether the call measures a native fixture (of any framework) rather than one of the fixture API's. */
    public boolean isNative() {
        return mode.equals(Mode.JUNIT) || mode.equals(Mode.JUNIT4) || mode.equals(Mode.TESTNG);
    }
}
