package dev.fixturebench.probe;

import java.util.Locale;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Tells the {@link SuiteRecorder} where the JUnit Platform's test classes and tests start and end. */
final class PlatformSuiteListener implements TestExecutionListener {

    private final SuiteRecorder recorder;

    PlatformSuiteListener(SuiteRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        String className = className(identifier);
        if (className == null) {
            return;
        }
        if (identifier.isTest()) {
            recorder.testStarted(identifier.getUniqueId(), className, display(identifier));
        } else if (identifier.getSource().orElse(null) instanceof ClassSource) {
            recorder.classStarted(className, SuiteRecorder.EXTENSIONS);
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        String className = className(identifier);
        if (className == null) {
            return;
        }
        String status = result.getStatus().name().toLowerCase(Locale.ROOT);
        Throwable failure = result.getThrowable().orElse(null);
        if (identifier.isTest()) {
            recorder.testFinished(identifier.getUniqueId(), className, display(identifier), status, failure);
        } else if (identifier.getSource().orElse(null) instanceof ClassSource source) {
            recorder.classFinished(className, status, failure, loadedClass(source));
        }
    }

    /** The class the engine ran (loaded by its loader, a Quarkus application's for a {@code @QuarkusTest}), or null. */
    private static Class<?> loadedClass(ClassSource source) {
        try {
            return source.getJavaClass();
        } catch (RuntimeException | LinkageError unloadable) {
            return null;
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        String className = className(identifier);
        if (className != null) {
            recorder.skipped(identifier.getUniqueId(), className, display(identifier), reason);
        }
    }

    private static String className(TestIdentifier identifier) {
        TestSource source = identifier.getSource().orElse(null);
        if (source instanceof ClassSource) {
            return ((ClassSource) source).getClassName();
        }
        if (source instanceof MethodSource) {
            return ((MethodSource) source).getClassName();
        }
        return null;
    }

    private static String display(TestIdentifier identifier) {
        TestSource source = identifier.getSource().orElse(null);
        if (source instanceof MethodSource) {
            MethodSource method = (MethodSource) source;
            String name = method.getMethodName();
            String display = identifier.getDisplayName();
            return display.startsWith(name + "(") ? display : name + "() " + display;
        }
        return identifier.getDisplayName();
    }
}
