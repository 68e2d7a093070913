package dev.fixturebench.probe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Enumeration;

import junit.framework.Test;
import junit.framework.TestCase;
import junit.framework.TestSuite;

import org.junit.runner.RunWith;

/**
 * JUnit 3-style tests ({@code junit.framework.TestCase} subclasses, which JUnit 4 still runs): each test is
 * {@code setUp()}, the test method, {@code tearDown()}, as {@code TestCase.runBare} runs them, here with
 * {@code setUp} and {@code tearDown} timed and, in a fixture's fork, the test method skipped.
 */
final class JUnit3Steps {

    /** The kinds of call JUnit 3's set-up and teardown are recorded as. */
    static final String SET_UP = "setUp";
    static final String TEAR_DOWN = "tearDown";

    private JUnit3Steps() {
    }

    /** Whether the probe runs {@code testClass} this way: a {@code TestCase} with no runner or suite() of its own. */
    static boolean applies(Class<?> testClass) {
        if (!TestCase.class.isAssignableFrom(testClass) || testClass.isAnnotationPresent(RunWith.class)) {
            return false;
        }
        try {
            return !Modifier.isStatic(testClass.getMethod("suite").getModifiers());
        } catch (NoSuchMethodException noSuite) {
            return true;
        }
    }

    /** Runs test {@code methodName} of {@code testClass} once, as a fixture's fork does, into {@code verdict}. */
    static void runOne(Class<?> testClass, String methodName, Verdict verdict) {
        Test test = TestSuite.createTest(testClass, methodName);
        if (!(test instanceof TestCase)) {
            verdict.fail(new IllegalStateException("JUnit 3 could not make " + testClass.getName() + "#" + methodName
                    + ": " + test));
            return;
        }
        Method setUp = declared(testClass, "setUp");
        Method tearDown = declared(testClass, "tearDown");
        JUnitTimings.testStarted();
        Throwable failure = run((TestCase) test, setUp, tearDown, null);
        if (failure != null) {
            verdict.fail(failure);
        }
        verdict.testFinished();
        JUnitTimings.testFinished();
    }

    /** Runs every test of {@code testClass} for real, telling {@code recorder}; returns how many finished. */
    static int suite(Class<?> testClass, SuiteRecorder recorder) {
        int finished = 0;
        // found before the first test starts, so the reflection is the class's set-up, not a test's
        Method setUp = declared(testClass, "setUp");
        Method tearDown = declared(testClass, "tearDown");
        Enumeration<Test> tests = new TestSuite(testClass).tests();
        while (tests.hasMoreElements()) {
            Test test = tests.nextElement();
            String name = test instanceof TestCase ? ((TestCase) test).getName() : String.valueOf(test);
            String id = testClass.getName() + "#" + name;
            recorder.testStarted(id, testClass.getName(), name);
            Throwable failure = test instanceof TestCase ? run((TestCase) test, setUp, tearDown, recorder)
                    : new IllegalStateException("JUnit 3 could not make a test of " + testClass.getName() + ": " + test);
            recorder.testFinished(id, testClass.getName(), name, failure == null ? SuiteRecorder.SUCCESSFUL : "failed",
                    failure);
            finished++;
        }
        return finished;
    }

    /**
     * {@code setUp()}, the test method where bodies run, {@code tearDown()} whatever happened before it: the first
     * failure, or null.
     */
    private static Throwable run(TestCase test, Method setUp, Method tearDown, SuiteRecorder recorder) {
        Throwable failure = null;
        try {
            CallTimer.time(CallKey.of(setUp), SET_UP, () -> invoke(setUp, test));
            if (recorder != null) {
                recorder.methodWorkStarted();
            }
            if (CallTimer.runsBodies()) {
                invoke(declared(TestCase.class, "runTest"), test);
            } else {
                JUnitTimings.methodWorkStarted();
            }
        } catch (Throwable thrown) {
            failure = thrown;
        } finally {
            try {
                CallTimer.time(CallKey.of(tearDown), TEAR_DOWN, () -> invoke(tearDown, test));
            } catch (Throwable thrown) {
                failure = failure == null ? thrown : failure;
            }
        }
        return failure;
    }

    /** The most derived declaration of the no-argument method {@code name}, from {@code type} up to TestCase. */
    private static Method declared(Class<?> type, String name) {
        for (Class<?> level = type; level != null; level = level.getSuperclass()) {
            try {
                Method method = level.getDeclaredMethod(name);
                method.setAccessible(true);
                return method;
            } catch (NoSuchMethodException notHere) {
                // up one level
            }
        }
        throw new IllegalStateException("no " + name + "() in " + type.getName());
    }

    private static Object invoke(Method method, Object target) throws Throwable {
        try {
            return method.invoke(target);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
