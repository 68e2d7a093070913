package dev.fixturebench.probe;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Marks when the measured class's container starts and when its first test starts, the class's set-up window. */
final class SetupWatch implements TestExecutionListener {

    private final String className;

    SetupWatch(String className) {
        this.className = className;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        long now = System.nanoTime();
        TestSource source = identifier.getSource().orElse(null);
        if (identifier.isContainer() && source instanceof ClassSource
                && ((ClassSource) source).getClassName().equals(className)) {
            JUnitTimings.classStarted(now);
        } else if (identifier.isTest() && source instanceof MethodSource
                && ((MethodSource) source).getClassName().equals(className)) {
            JUnitTimings.testStarted(now);
        }
    }
}
