package dev.fixturebench.probe;

import java.util.List;

import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.rules.MethodRule;
import org.junit.rules.TestRule;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;
import org.junit.runners.model.Statement;

/**
 * JUnit 4's default runner with every fixture step timed and every test body skipped: the test-class constructor,
 * {@code @BeforeClass}/{@code @AfterClass}, {@code @Before}/{@code @After}, {@code @ClassRule} and {@code @Rule}.
 */
final class TimedJUnit4Runner extends BlockJUnit4ClassRunner {

    TimedJUnit4Runner(Class<?> testClass) throws InitializationError {
        super(testClass);
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

    @Override
    protected Object createTest() throws Exception {
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
        // a skipped body never throws the exception it is expected to
        return CallTimer.runsBodies() ? super.possiblyExpectingExceptions(method, test, next) : next;
    }
}
