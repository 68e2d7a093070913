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
            // an empty class runs first, so TestNG's own first-class costs (class loading, JIT) are not the fixture's;
            // what the timings saw of it is forgotten
            run(EmptyTestNGProbeTest.class.getName(), "empty", true);
            JUnitTimings.reset();
            if (run == ProbeMain.warmups()) {
                JUnitTimings.profileThisRun();
            }
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
                className, methodName);
    }

    /** Runs {@code methodName} of {@code className} alone in a suite of its own, with the probe's listener. */
    private static TestNGTimer run(String className, String methodName, boolean skipBodies) {
        XmlClass xmlClass = new XmlClass(className, false);
        List<XmlInclude> included = new ArrayList<>();
        for (String method : withDependencies(className, methodName)) {
            included.add(new XmlInclude(method));
        }
        xmlClass.setIncludedMethods(included);
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

    /**
     * {@code methodName} and the tests of its class it depends on ({@code dependsOnMethods}, names or patterns, and
     * the tests of its {@code dependsOnGroups}), transitively: TestNG refuses to run a test whose dependencies are not
     * in the suite. Their bodies are skipped too; only their configuration calls run.
     */
    private static List<String> withDependencies(String className, String methodName) {
        List<String> included = new ArrayList<>(List.of(methodName));
        Class<?> testClass;
        try {
            testClass = Class.forName(className, false, TestNGProbe.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError unloadable) {
            return included; // TestNG reports it
        }
        Method[] methods = testClass.getMethods();
        for (int i = 0; i < included.size(); i++) {
            Test test = annotation(testClass, included.get(i));
            if (test == null) {
                continue;
            }
            for (Method candidate : methods) {
                Test other = candidate.getAnnotation(Test.class);
                if (other == null || included.contains(candidate.getName())) {
                    continue;
                }
                boolean named = java.util.Arrays.stream(test.dependsOnMethods()).anyMatch(dependency -> {
                    String simple = dependency.substring(dependency.lastIndexOf('.') + 1);
                    return simple.equals(candidate.getName()) || matches(candidate.getName(), simple);
                });
                boolean grouped = java.util.Arrays.stream(other.groups())
                        .anyMatch(group -> java.util.Arrays.asList(test.dependsOnGroups()).contains(group));
                if (named || grouped) {
                    included.add(candidate.getName());
                }
            }
        }
        return included;
    }

    /** Whether {@code name} matches the pattern TestNG reads {@code dependsOnMethods} as; not one: false. */
    private static boolean matches(String name, String pattern) {
        try {
            return name.matches(pattern);
        } catch (java.util.regex.PatternSyntaxException notAPattern) {
            return false;
        }
    }

    private static Test annotation(Class<?> testClass, String methodName) {
        for (Method method : testClass.getMethods()) {
            if (method.getName().equals(methodName) && method.isAnnotationPresent(Test.class)) {
                return method.getAnnotation(Test.class);
            }
        }
        return null;
    }

    /** Why TestNG would not run the test ({@code enabled = false} on it or its class), or null. */
    private static String disabled(Class<?> testClass, String methodName) {
        Test own = annotation(testClass, methodName);
        if (own != null) {
            // a method's own @Test decides, whatever its class's says
            return own.enabled() ? null : methodName + " is disabled (@Test(enabled = false))";
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
