package dev.fixturebench.probe;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Marks the edges of the measured class's windows (its container's start and end, its test's start and end) and
 * notes why JUnit skipped the class, an enclosing class or the test, when a condition switched one off.
 */
final class SetupWatch implements TestExecutionListener {

    private final String className;

    SetupWatch(String className) {
        this.className = className;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (isMeasuredClass(identifier)) {
            JUnitTimings.classStarted();
        } else if (isMeasuredTest(identifier)) {
            JUnitTimings.testStarted();
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (isMeasuredTest(identifier)) {
            JUnitTimings.testFinished();
        } else if (isMeasuredClass(identifier)) {
            JUnitTimings.classFinished();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        TestSource source = identifier.getSource().orElse(null);
        boolean measuredOrEnclosing = source instanceof ClassSource
                && (className + "$").startsWith(((ClassSource) source).getClassName() + "$");
        if (measuredOrEnclosing || isMeasuredTest(identifier)) {
            JUnitTimings.skipped((identifier.isTest() ? "the test " : "the class ") + identifier.getDisplayName()
                    + " is disabled: " + reason);
        }
    }

    private boolean isMeasuredClass(TestIdentifier identifier) {
        TestSource source = identifier.getSource().orElse(null);
        return identifier.isContainer() && source instanceof ClassSource
                && ((ClassSource) source).getClassName().equals(className);
    }

    private boolean isMeasuredTest(TestIdentifier identifier) {
        TestSource source = identifier.getSource().orElse(null);
        return identifier.isTest() && source instanceof MethodSource
                && ((MethodSource) source).getClassName().equals(className);
    }
}
