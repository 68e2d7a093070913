package dev.fixturebench.probe;

import java.lang.reflect.Method;

import org.testng.IClassListener;
import org.testng.IConfigurationListener;
import org.testng.IDataProviderListener;
import org.testng.IDataProviderMethod;
import org.testng.IHookCallBack;
import org.testng.IHookable;
import org.testng.IInvokedMethod;
import org.testng.IInvokedMethodListener;
import org.testng.ITestClass;
import org.testng.ITestContext;
import org.testng.ITestListener;
import org.testng.ITestNGMethod;
import org.testng.ITestResult;
import org.testng.SkipException;
import org.testng.annotations.Test;

/**
 * The probe's TestNG listener: times every configuration method ({@code @BeforeSuite} … {@code @AfterMethod}) and
 * data provider (as invoked-method listener: TestNG lets a suite have several); in a fixture's fork it skips every test
 * body but one that is expected to throw, or whose class hooks its tests itself, marks each test's start and end and
 * each class's for the set-up window, and keeps the run's outcome: a failure outranks a skip, and a run with no test
 * finished is an error. In a whole-suite run it tells the recorder instead.
 */
final class TestNGTimer implements IInvokedMethodListener, IConfigurationListener, IHookable, IDataProviderListener,
        ITestListener, IClassListener {

    private final boolean skipBodies;
    private final SuiteRecorder recorder;
    private final Verdict verdict = new Verdict("TestNG");
    private CallTimer.Span dataProvider;
    private CallTimer.Span configuration;
    private String classStatus = SuiteRecorder.SUCCESSFUL;
    private Throwable classFailure;
    private int sequence;
    private String testId;

    /**
     * @param skipBodies whether test bodies are skipped (a fixture's fork) or run (a whole-suite run)
     * @param recorder   the whole-suite recorder to tell of every class, test and call, or null in a fixture's fork
     */
    TestNGTimer(boolean skipBodies, SuiteRecorder recorder) {
        this.skipBodies = skipBodies;
        this.recorder = recorder;
    }

    @Override
    public void beforeInvocation(IInvokedMethod invoked, ITestResult result) {
        if (configuration(invoked)) {
            ITestNGMethod method = invoked.getTestMethod();
            configuration = CallTimer.begin(CallKey.of(method.getConstructorOrMethod().getMethod()), kind(method),
                    false);
        }
    }

    @Override
    public void afterInvocation(IInvokedMethod invoked, ITestResult result) {
        if (configuration(invoked) && configuration != null) {
            configuration.end();
            configuration = null;
        }
    }

    @Override
    public void onConfigurationFailure(ITestResult result) {
        fail(result.getThrowable());
        if (!"failed".equals(classStatus)) {
            classStatus = "failed";
            classFailure = result.getThrowable();
        }
    }

    /** Whether TestNG invokes a configuration method: it says not so of a group's ({@code @BeforeGroups}). */
    private static boolean configuration(IInvokedMethod invoked) {
        ITestNGMethod method = invoked.getTestMethod();
        return invoked.isConfigurationMethod() || method.isBeforeGroupsConfiguration()
                || method.isAfterGroupsConfiguration();
    }

    /** The kind of call, named after its annotation: {@code BeforeSuite} … {@code AfterMethod}. */
    private static String kind(ITestNGMethod method) {
        return method.isBeforeSuiteConfiguration() ? "BeforeSuite" : method.isBeforeTestConfiguration() ? "BeforeTest"
                : method.isBeforeGroupsConfiguration() ? "BeforeGroups" : method.isBeforeClassConfiguration()
                ? "BeforeClass" : method.isBeforeMethodConfiguration() ? "BeforeMethod"
                : method.isAfterSuiteConfiguration() ? "AfterSuite" : method.isAfterTestConfiguration() ? "AfterTest"
                : method.isAfterGroupsConfiguration() ? "AfterGroups" : method.isAfterClassConfiguration()
                ? "AfterClass" : "AfterMethod";
    }

    @Override
    public void run(IHookCallBack callBack, ITestResult result) {
        if (recorder == null) {
            JUnitTimings.methodWorkStarted();
        } else {
            recorder.methodWorkStarted(); // the test's own set-up window ends where its body begins
        }
        if (skipBodies && !expectsException(result)) {
            // TestNG 7.8+ fails a hooked test whose callback neither ran nor set a status
            result.setStatus(ITestResult.SUCCESS);
        } else {
            // a test that expects its body to throw would fail if the body were skipped: it runs
            callBack.runTestMethod(result);
        }
    }

    /** Whether the test's {@code @Test} (on the method, else its class) names exceptions its body must throw. */
    private static boolean expectsException(ITestResult result) {
        Method method = result.getMethod().getConstructorOrMethod().getMethod();
        Test test = method.getAnnotation(Test.class);
        if (test == null) {
            test = method.getDeclaringClass().getAnnotation(Test.class);
        }
        return test != null && test.expectedExceptions().length > 0;
    }

    @Override
    public void beforeDataProviderExecution(IDataProviderMethod provider, ITestNGMethod method, ITestContext context) {
        dataProvider = CallTimer.begin(CallKey.of(provider.getMethod()), "DataProvider", false);
        // each test the provider's rows make is one variant
        JUnitTimings.variants(CallKey.of(provider.getMethod()), 0);
    }

    @Override
    public void afterDataProviderExecution(IDataProviderMethod provider, ITestNGMethod method, ITestContext context) {
        dataProviderEnded();
    }

    @Override
    public void onDataProviderFailure(ITestNGMethod method, ITestContext context, RuntimeException exception) {
        dataProviderEnded();
        fail(exception);
    }

    private void dataProviderEnded() {
        if (dataProvider != null) {
            dataProvider.end();
            dataProvider = null;
        }
    }

    @Override
    public void onBeforeClass(ITestClass testClass) {
        if (recorder != null) {
            classStatus = SuiteRecorder.SUCCESSFUL;
            classFailure = null;
            recorder.classStarted(testClass.getRealClass().getName(), SuiteRecorder.SET_UP);
        } else {
            JUnitTimings.classStarted();
        }
    }

    @Override
    public void onAfterClass(ITestClass testClass) {
        if (recorder != null) {
            recorder.classFinished(testClass.getRealClass().getName(), classStatus, classFailure);
        } else {
            JUnitTimings.classFinished();
        }
    }

    @Override
    public void onTestStart(ITestResult result) {
        if (recorder != null) {
            testId = result.getTestClass().getName() + "#" + result.getName() + "#" + (++sequence);
            recorder.testStarted(testId, result.getTestClass().getName(), display(result));
        } else {
            JUnitTimings.testStarted();
            JUnitTimings.variantRan();
        }
    }

    @Override
    public void onTestSuccess(ITestResult result) {
        finished(result, SuiteRecorder.SUCCESSFUL);
    }

    @Override
    public void onTestFailure(ITestResult result) {
        finished(result, "failed");
        fail(result.getThrowable());
    }

    @Override
    public void onTestFailedButWithinSuccessPercentage(ITestResult result) {
        finished(result, SuiteRecorder.SUCCESSFUL);
    }

    @Override
    public void onTestSkipped(ITestResult result) {
        Throwable cause = result.getThrowable();
        String reason = cause instanceof SkipException || cause == null ? "TestNG skipped " + result.getName()
                + (cause == null ? "" : ": " + cause.getMessage()) : "TestNG skipped " + result.getName()
                + " after a configuration failure: " + cause;
        if (recorder != null) {
            if (testId != null) {
                finished(result, "aborted");
            } else {
                recorder.skipped(result.getTestClass().getName() + "#" + result.getName() + "#" + (++sequence),
                        result.getTestClass().getName(), display(result), reason);
            }
            return;
        }
        verdict.skip(reason);
    }

    /** A test (or, for a factory, the call that stands in for one) finished. */
    void finished() {
        verdict.testFinished();
        JUnitTimings.testFinished();
    }

    private void finished(ITestResult result, String outcome) {
        if (recorder == null) {
            finished();
            return;
        }
        verdict.testFinished();
        if (testId != null) {
            recorder.testFinished(testId, result.getTestClass().getName(), display(result), outcome,
                    result.getThrowable());
            testId = null;
        }
    }

    private static String display(ITestResult result) {
        Object[] parameters = result.getParameters();
        return result.getName() + (parameters == null || parameters.length == 0 ? ""
                : java.util.Arrays.deepToString(parameters));
    }

    void fail(Throwable thrown) {
        verdict.fail(thrown);
    }

    int testsFinished() {
        return verdict.testsFinished();
    }

    String status() {
        return verdict.status();
    }

    Throwable failure() {
        return verdict.failure();
    }
}
