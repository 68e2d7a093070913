package dev.fixturebench.probe;

import org.junit.Ignore;
import org.junit.runner.Description;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunListener;

/**
 * Tells the {@link SuiteRecorder} where a JUnit 4 class's tests start and end, and how each and the class itself
 * came out. The class's own start and end are the whole-suite run's to mark: it runs one class at a time.
 */
final class JUnit4SuiteListener extends RunListener {

    private final SuiteRecorder recorder;
    private String testStatus;
    private Throwable testFailure;
    private String classStatus = SuiteRecorder.SUCCESSFUL;
    private Throwable classFailure;
    private int testsFinished;

    JUnit4SuiteListener(SuiteRecorder recorder) {
        this.recorder = recorder;
    }

    /** Forgets the last class's outcome, before the next class runs. */
    void classStarting() {
        classStatus = SuiteRecorder.SUCCESSFUL;
        classFailure = null;
    }

    String classStatus() {
        return classStatus;
    }

    Throwable classFailure() {
        return classFailure;
    }

    int testsFinished() {
        return testsFinished;
    }

    @Override
    public void testStarted(Description description) {
        testStatus = SuiteRecorder.SUCCESSFUL;
        testFailure = null;
        recorder.testStarted(id(description), description.getClassName(), description.getMethodName());
    }

    @Override
    public void testFinished(Description description) {
        testsFinished++;
        recorder.testFinished(id(description), description.getClassName(), description.getMethodName(), testStatus,
                testFailure);
    }

    @Override
    public void testFailure(Failure failure) {
        failed(failure, "failed");
    }

    @Override
    public void testAssumptionFailure(Failure failure) {
        failed(failure, "aborted");
    }

    private void failed(Failure failure, String status) {
        if (failure.getDescription().getMethodName() == null) {
            // the class's own set-up or teardown: a @BeforeClass that threw, a class rule that failed
            if (!"failed".equals(classStatus)) {
                classStatus = status;
                classFailure = failure.getException();
            }
        } else if (!"failed".equals(testStatus)) {
            testStatus = status;
            testFailure = failure.getException();
        }
    }

    @Override
    public void testIgnored(Description description) {
        Ignore ignore = description.getAnnotation(Ignore.class);
        String reason = ignore == null || ignore.value().isEmpty() ? "@Ignore" : "@Ignore: " + ignore.value();
        recorder.skipped(id(description), description.getClassName(),
                description.getMethodName() == null ? "(the class itself)" : description.getMethodName(), reason);
    }

    private static String id(Description description) {
        return description.getClassName() + "#" + (description.getMethodName() == null ? "<class>"
                : description.getMethodName());
    }
}
