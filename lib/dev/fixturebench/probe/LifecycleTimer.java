package dev.fixturebench.probe;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;

import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Times every lifecycle method and test-class constructor and skips every test body, so a native-fixture fork
 * measures the fixtures and nothing of the tests; in a whole-suite fork it times the same calls and lets the bodies
 * run. Auto-registered in forks; inert unless the fork measures JUnit or runs the suite.
 */
public class LifecycleTimer implements InvocationInterceptor {

    @Override
    public <T> T interceptTestClassConstructor(Invocation<T> invocation,
            ReflectiveInvocationContext<Constructor<T>> context, ExtensionContext extension) throws Throwable {
        return timed(invocation, context, "<init>");
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        timed(invocation, context, "BeforeAll");
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        if (JUnitTimings.active()) {
            JUnitTimings.methodWorkStarted();
        }
        timed(invocation, context, "BeforeEach");
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        timed(invocation, context, "AfterEach");
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        timed(invocation, context, "AfterAll");
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        skipBody(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        skipBody(invocation);
    }

    @Override
    public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> context,
            ExtensionContext extension) throws Throwable {
        SuiteRecorder suite = SuiteRecorder.active();
        if (suite != null) {
            suite.methodWorkStarted();
        }
        if (!JUnitTimings.active()) {
            return invocation.proceed();
        }
        JUnitTimings.methodWorkStarted();
        invocation.skip();
        return null;
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext context,
            ExtensionContext extension) throws Throwable {
        skipBody(invocation);
    }

    private static void skipBody(Invocation<Void> invocation) throws Throwable {
        SuiteRecorder suite = SuiteRecorder.active();
        if (suite != null) {
            // a whole-suite fork runs the bodies: they are the tests
            suite.methodWorkStarted();
            invocation.proceed();
            return;
        }
        if (!JUnitTimings.active()) {
            invocation.proceed();
            return;
        }
        JUnitTimings.methodWorkStarted();
        invocation.skip();
    }

    private static <T> T timed(Invocation<T> invocation, ReflectiveInvocationContext<? extends Executable> context,
            String kind) throws Throwable {
        return CallTimer.time(CallKey.of(context.getExecutable()), kind, invocation::proceed);
    }
}
