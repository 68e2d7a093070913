package dev.fixturebench.probe;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.MethodRule;
import org.junit.rules.TestRule;
import org.junit.runner.Runner;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.Parameterized.Parameters;
import org.junit.runners.Suite;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;
import org.junit.runners.model.Statement;
import org.junit.runners.model.TestClass;
import org.junit.runners.parameterized.BlockJUnit4ClassRunnerWithParameters;
import org.junit.runners.parameterized.TestWithParameters;

/**
 * JUnit 4's {@code Parameterized} runner, timed: the {@code @Parameters} method that generates the variants is a
 * fixture of its own, then each variant runs as {@link TimedJUnit4Runner} would, test bodies skipped.
 */
final class TimedParameterized extends Suite {

    TimedParameterized(Class<?> testClass) throws Throwable {
        super(testClass, variants(new TestClass(testClass)));
    }

    /** Calls the {@code @Parameters} method, timed, and makes one runner per row it returns. */
    private static List<Runner> variants(TestClass testClass) throws Throwable {
        FrameworkMethod parameters = testClass.getAnnotatedMethods(Parameters.class).stream()
                .filter(FrameworkMethod::isStatic).findFirst()
                .orElseThrow(() -> new InitializationError("No public static @Parameters method on class "
                        + testClass.getName()));
        Object table = CallTimer.time(CallKey.of(parameters.getMethod()), "Parameters",
                () -> parameters.invokeExplosively(null));
        Iterable<?> rows = table instanceof Iterable ? (Iterable<?>) table
                : table instanceof Object[] ? Arrays.asList((Object[]) table) : List.of(table);
        String pattern = parameters.getAnnotation(Parameters.class).name();
        List<Runner> runners = new ArrayList<>();
        int index = 0;
        for (Object row : rows) {
            Object[] values = row instanceof Object[] ? (Object[]) row : new Object[] {row};
            String name = MessageFormat.format(pattern.replace("{index}", Integer.toString(index)), values);
            runners.add(new Variant(new TestWithParameters("[" + name + "]", testClass, Arrays.asList(values))));
            index++;
        }
        JUnitTimings.variants(CallKey.of(parameters.getMethod()), index);
        return runners;
    }

    @Override
    protected Statement classBlock(RunNotifier notifier) {
        return JUnit4Probe.classWindow(super.classBlock(notifier));
    }

    @Override
    protected Statement withBeforeClasses(Statement statement) {
        return JUnit4Steps.befores(getTestClass().getAnnotatedMethods(BeforeClass.class), null, statement,
                "BeforeClass");
    }

    @Override
    protected Statement withAfterClasses(Statement statement) {
        return JUnit4Steps.afters(getTestClass().getAnnotatedMethods(AfterClass.class), null, statement, "AfterClass");
    }

    @Override
    protected List<TestRule> classRules() {
        return JUnit4Steps.testRules(super.classRules(), getTestClass(), null, ClassRule.class);
    }

    /** One row of the table: its tests, fixture steps timed and bodies skipped. */
    private static final class Variant extends BlockJUnit4ClassRunnerWithParameters {

        Variant(TestWithParameters test) throws InitializationError {
            super(test);
        }

        @Override
        public Object createTest() throws Exception {
            return JUnit4Steps.createTest(getTestClass(), super::createTest);
        }

        @Override
        protected Statement withBefores(FrameworkMethod method, Object target, Statement statement) {
            return JUnit4Steps.befores(getTestClass().getAnnotatedMethods(Before.class), target, statement, "Before");
        }

        @Override
        protected Statement withAfters(FrameworkMethod method, Object target, Statement statement) {
            return JUnit4Steps.afters(getTestClass().getAnnotatedMethods(After.class), target, statement, "After");
        }

        @Override
        protected List<TestRule> getTestRules(Object target) {
            return JUnit4Steps.testRules(super.getTestRules(target), getTestClass(), target, Rule.class);
        }

        @Override
        protected List<MethodRule> rules(Object target) {
            return JUnit4Steps.methodRules(super.rules(target), getTestClass(), target, Rule.class);
        }

        @Override
        protected Statement methodInvoker(FrameworkMethod method, Object test) {
            return JUnit4Steps.body(super.methodInvoker(method, test));
        }

        @Override
        @SuppressWarnings("deprecation")
        protected Statement possiblyExpectingExceptions(FrameworkMethod method, Object test, Statement next) {
            return CallTimer.runsBodies() ? super.possiblyExpectingExceptions(method, test, next) : next;
        }
    }
}
