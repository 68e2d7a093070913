package dev.fixturebench.probe;

import java.util.Map;

import org.junit.Ignore;
import org.junit.internal.builders.AllDefaultPossibilitiesBuilder;
import org.junit.internal.builders.IgnoredClassRunner;
import org.junit.runner.Description;
import org.junit.runner.JUnitCore;
import org.junit.runner.Request;
import org.junit.runner.Result;
import org.junit.runner.RunWith;
import org.junit.runner.Runner;
import org.junit.runner.manipulation.Filter;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.JUnit4;
import org.junit.runners.Parameterized;
import org.junit.runners.model.Statement;

/**
 * Measures JUnit 4 fixtures with the suite's own JUnit 4: runs one test of a class through {@link JUnitCore}, the
 * class's default or {@code Parameterized} runner replaced by a timed one that skips test bodies. A class under
 * another runner ({@code @RunWith}) runs under that runner; only its set-up window can be measured then.
 */
final class JUnit4Probe {

    private JUnit4Probe() {
    }

    /** The baseline: JUnit 4 start-up and one empty test. */
    static Map<String, Object> baseline() {
        JUnit4Outcome outcome = new JUnit4Outcome();
        JUnitCore core = new JUnitCore();
        core.addListener(outcome);
        core.run(EmptyJUnit4ProbeTest.class);
        return ProbeMain.report(outcome.status(), outcome.failure());
    }

    static Map<String, Object> measure(String className, String methodName, String figure) throws Throwable {
        JUnitTimings.activate(figure);
        JUnit4Outcome outcome = null;
        for (int run = 0; run <= ProbeMain.warmups(); run++) {
            JUnitTimings.reset();
            if (run == ProbeMain.warmups()) {
                JUnitTimings.profileThisRun();
            }
            // an empty class runs first, so JUnit's own first-class costs (class loading, JIT) are not the fixture's
            new JUnitCore().run(EmptyJUnit4ProbeTest.class);
            outcome = new JUnit4Outcome();
            Class<?> testClass = Class.forName(className, false, JUnit4Probe.class.getClassLoader());
            if (JUnit3Steps.applies(testClass)) {
                Verdict verdict = new Verdict("JUnit 3");
                JUnit3Steps.runOne(testClass, methodName, verdict);
                if (run == ProbeMain.warmups()) {
                    return JUnitProbe.withFigures(ProbeMain.report(verdict.status(), verdict.failure()), figure,
                            className, methodName);
                }
                continue;
            }
            boolean ownRunner = timeable(testClass);
            if (!ownRunner) {
                // a foreign runner may do its work as it is made: the window opens before
                JUnitTimings.classStarted();
            }
            Runner runner = runnerFor(testClass);
            JUnitCore core = new JUnitCore();
            core.addListener(outcome);
            core.run(Request.runner(runner).filterWith(firstOf(methodName)));
            if (!ownRunner) {
                JUnitTimings.classFinished();
            }
        }
        return JUnitProbe.withFigures(ProbeMain.report(outcome.status(), outcome.failure()), figure,
                className, methodName);
    }

    /** Whether the probe's timed runner can stand in for the class's own: JUnit 4's default or Parameterized. */
    private static boolean timeable(Class<?> testClass) {
        if (testClass.isAnnotationPresent(Ignore.class)) {
            return true;
        }
        if (junit.framework.Test.class.isAssignableFrom(testClass)) {
            return false; // JUnit 3-style: JUnit's own runner (a suite() or TestCase's), or JUnit3Steps
        }
        RunWith runWith = testClass.getAnnotation(RunWith.class);
        return runWith == null || runWith.value() == JUnit4.class || runWith.value() == BlockJUnit4ClassRunner.class
                || runWith.value() == Parameterized.class;
    }

    /**
     * Runs {@code classes} for real, one after the other, the way Surefire's JUnit 4 provider does: with the probe's
     * timed runners and the recorder told of every class and test when {@code recorder} is given, else with JUnit's
     * own runners and nothing of the probe's. Returns how many tests finished.
     */
    static int suite(java.util.List<String> classes, SuiteRecorder recorder) {
        JUnitCore core = new JUnitCore();
        JUnit4SuiteListener listener = recorder == null ? null : new JUnit4SuiteListener(recorder);
        if (listener != null) {
            core.addListener(listener);
        }
        int finished = 0;
        for (String name : classes) {
            if (listener != null) {
                listener.classStarting();
                recorder.classStarted(name, SuiteRecorder.RUNNER);
            }
            Request request;
            try {
                Class<?> testClass = Class.forName(name, false, JUnit4Probe.class.getClassLoader());
                if (recorder != null && JUnit3Steps.applies(testClass)) {
                    finished += JUnit3Steps.suite(testClass, recorder);
                    recorder.classFinished(name, listener.classStatus(), listener.classFailure());
                    continue;
                }
                request = recorder == null ? Request.aClass(testClass) : Request.runner(runnerFor(testClass));
            } catch (Throwable unloadable) {
                // a class that does not load or whose runner cannot be made fails alone, as under Surefire
                if (recorder != null) {
                    recorder.classFinished(name, "failed", unloadable);
                }
                continue;
            }
            Result result = core.run(request);
            finished += result.getRunCount();
            if (listener != null) {
                recorder.classFinished(name, listener.classStatus(), listener.classFailure());
            }
        }
        return finished;
    }

    @SuppressWarnings("deprecation") // the no-argument builder is JUnit 4.13's; suites on 4.12 have only this one
    static Runner runnerFor(Class<?> testClass) throws Throwable {
        if (testClass.isAnnotationPresent(Ignore.class)) {
            return new IgnoredClassRunner(testClass);
        }
        if (!timeable(testClass)) {
            return new AllDefaultPossibilitiesBuilder(true).runnerForClass(testClass);
        }
        RunWith runWith = testClass.getAnnotation(RunWith.class);
        if (runWith == null || runWith.value() != Parameterized.class) {
            return new TimedJUnit4Runner(testClass);
        }
        if (!Frameworks.present(PARAMETERS_RUNNER)) {
            if (SuiteRecorder.active() != null) {
                // a whole-suite run still runs the class, untimed, as Surefire would
                return new Parameterized(testClass);
            }
            throw new IllegalStateException("the probe times a Parameterized class with JUnit 4.12's runner of one"
                    + " variant (" + PARAMETERS_RUNNER + "), which this suite's JUnit 4 lacks: JUnit 4.12 or later"
                    + " measures " + testClass.getName() + "'s fixtures");
        }
        return new TimedParameterized(testClass);
    }

    private static final String PARAMETERS_RUNNER = "org.junit.runners.parameterized.TestWithParameters";

    /** The class's set-up and teardown window around a timed runner's class statement. */
    static Statement classWindow(Statement classBlock) {
        if (!JUnitTimings.active()) {
            return classBlock; // a whole-suite run marks classes itself
        }
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                JUnitTimings.classStarted();
                try {
                    classBlock.evaluate();
                } finally {
                    JUnitTimings.classFinished();
                }
            }
        };
    }

    /** Keeps the first test named {@code methodName}: of a parameterized class, the first variant's. */
    private static Filter firstOf(String methodName) {
        return new Filter() {
            private Description chosen;

            @Override
            public boolean shouldRun(Description description) {
                if (description.getMethodName() == null) {
                    return description.getChildren().isEmpty()
                            || description.getChildren().stream().anyMatch(this::matches);
                }
                if (chosen == null && matches(description)) {
                    chosen = description;
                }
                return description.equals(chosen);
            }

            private boolean matches(Description description) {
                String name = description.getMethodName();
                if (name == null) {
                    return description.getChildren().stream().anyMatch(this::matches);
                }
                return name.equals(methodName) || name.startsWith(methodName + "[");
            }

            @Override
            public String describe() {
                return "the measured test " + methodName;
            }
        };
    }
}
