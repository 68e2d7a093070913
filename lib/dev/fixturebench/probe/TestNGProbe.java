package dev.fixturebench.probe;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.testng.ITestListener;
import org.testng.ITestNGListener;
import org.testng.ITestResult;
import org.testng.TestNG;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;
import org.testng.xml.XmlClass;
import org.testng.xml.XmlInclude;
import org.testng.xml.XmlSuite;
import org.testng.xml.XmlTest;

import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * Measures TestNG fixtures with the suite's own TestNG: runs one test method of a class in a suite of its own, with
 * the probe's listener timing every configuration method and data provider and skipping test bodies. A static
 * {@code @Factory} method is called directly, timed, as TestNG would call it.
 */
final class TestNGProbe {

    private TestNGProbe() {
    }

    /** The baseline: TestNG start-up and one empty test. */
    static Map<String, Object> baseline() {
        TestNGTimer timer = run(EmptyTestNGProbeTest.class.getName(), "empty", false);
        return ProbeMain.report(timer.status(), timer.failure());
    }

    static Map<String, Object> measure(String className, String methodName, String figure) throws Throwable {
        JUnitTimings.activate(figure);
        Class<?> testClass = Class.forName(className, false, TestNGProbe.class.getClassLoader());
        String disabled = disabled(testClass, methodName);
        if (disabled != null) {
            return ProbeMain.report(Result.SKIPPED, new IllegalStateException(disabled));
        }
        Method factory = factory(figure);
        TestNGTimer timer = null;
        for (int run = 0; run <= ProbeMain.warmups(); run++) {
            JUnitTimings.reset();
            if (run == ProbeMain.warmups()) {
                JUnitTimings.profileThisRun();
            }
            // an empty class runs first, so TestNG's own first-class costs (class loading, JIT) are not the fixture's
            run(EmptyTestNGProbeTest.class.getName(), "empty", true);
            if (factory != null) {
                timer = new TestNGTimer(true, null);
                factory.setAccessible(true);
                Object made = JUnitTimings.time(CallKey.of(factory), "Factory", () -> factory.invoke(null));
                JUnitTimings.variants(CallKey.of(factory), made instanceof Object[] ? ((Object[]) made).length : 1);
                timer.finished();
            } else {
                timer = run(className, methodName, true);
            }
        }
        return JUnitProbe.withFigures(ProbeMain.report(timer.status(), timer.failure()), figure,
                className + "#" + methodName);
    }

    /** Runs {@code methodName} of {@code className} alone in a suite of its own, with the probe's listener. */
    private static TestNGTimer run(String className, String methodName, boolean skipBodies) {
        XmlClass xmlClass = new XmlClass(className, false);
        xmlClass.setIncludedMethods(List.of(new XmlInclude(methodName)));
        TestNGTimer timer = new TestNGTimer(skipBodies, null);
        run(List.of(xmlClass), timer);
        return timer;
    }

    /**
     * Runs {@code classes} for real in one suite holding one {@code <test>}, as Surefire's TestNG provider runs a
     * suite without a suite file: with the probe's listener telling {@code recorder} of every class, test and call,
     * or with nothing of the probe's when {@code recorder} is null. Returns how many tests finished.
     */
    static int suite(List<String> classes, SuiteRecorder recorder) {
        List<XmlClass> xmlClasses = new ArrayList<>();
        classes.forEach(name -> xmlClasses.add(new XmlClass(name, false)));
        if (recorder != null) {
            TestNGTimer timer = new TestNGTimer(false, recorder);
            run(xmlClasses, timer);
            return timer.testsFinished();
        }
        // plain: a count of finished tests alone, as the launcher's plain run keeps its outcome
        int[] finished = new int[1];
        run(xmlClasses, new ITestListener() {
            @Override
            public void onTestSuccess(ITestResult result) {
                finished[0]++;
            }

            @Override
            public void onTestFailure(ITestResult result) {
                finished[0]++;
            }
        });
        return finished[0];
    }

    private static void run(List<XmlClass> classes, ITestNGListener listener) {
        XmlSuite suite = new XmlSuite();
        suite.setName("fixture-bench");
        XmlTest test = new XmlTest(suite);
        test.setName("fixture-bench");
        test.setXmlClasses(new ArrayList<>(classes));
        TestNG testng = new TestNG(false);
        testng.setUseDefaultListeners(false);
        testng.setVerbose(0);
        testng.setXmlSuites(List.of(suite));
        testng.addListener(listener);
        testng.run();
    }

    /** Why TestNG would not run the test ({@code enabled = false} on it or its class), or null. */
    private static String disabled(Class<?> testClass, String methodName) {
        for (Method method : testClass.getMethods()) {
            Test test = method.getAnnotation(Test.class);
            if (method.getName().equals(methodName) && test != null) {
                // a method's own @Test decides, whatever its class's says
                return test.enabled() ? null : methodName + " is disabled (@Test(enabled = false))";
            }
        }
        for (Class<?> level = testClass; level != null; level = level.getSuperclass()) {
            Test test = level.getAnnotation(Test.class);
            if (test != null && !test.enabled()) {
                return "the class " + level.getName() + " is disabled (@Test(enabled = false))";
            }
        }
        return null;
    }

    /** The static {@code @Factory} method a lifecycle figure names, or null when it names another kind. */
    private static Method factory(String figure) throws ClassNotFoundException {
        String key = Figure.lifecycleKey(figure);
        if (key == null || !key.contains("#")) {
            return null;
        }
        String owner = key.substring(0, key.indexOf('#'));
        String name = key.substring(key.indexOf('#') + 1);
        if (name.indexOf('(') < 0) {
            return null;
        }
        name = name.substring(0, name.indexOf('('));
        for (Method method : Class.forName(owner, false, TestNGProbe.class.getClassLoader()).getDeclaredMethods()) {
            if (method.getName().equals(name) && method.isAnnotationPresent(Factory.class)
                    && Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0) {
                return method;
            }
        }
        return null;
    }
}
