package dev.fixturebench.api;

import java.lang.reflect.Parameter;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Resolves {@link Use @Use} parameters of tests, constructors and lifecycle methods to fixture values; a fixture
 * that aborts (an unmet assumption, such as no GPU) skips the test instead of failing it.
 * Register it with {@code @ExtendWith(FixtureExtension.class)}.
 */
public class FixtureExtension implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    /**
     * System property: when {@code true}, a test method's own {@code @Use} parameters are null (zero for a primitive)
     * and nothing is built for them. Fixture Bench's probe sets it in a fork that skips test bodies and measures no
     * figure of the test's parameters; constructors and lifecycle methods get their fixtures as ever.
     */
    public static final String UNBUILT_TEST_PARAMETERS_PROPERTY = "fixturebench.probe.unbuilt-test-parameters";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(Use.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        String name = parameterContext.findAnnotation(Use.class).orElseThrow().value();
        Parameter parameter = parameterContext.getParameter();
        if (Boolean.getBoolean(UNBUILT_TEST_PARAMETERS_PROPERTY) && extensionContext.getTestMethod()
                .filter(test -> test.equals(parameterContext.getDeclaringExecutable())).isPresent()) {
            // a primitive parameter takes its zero: the array's first element
            return parameter.getType().isPrimitive()
                    ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(parameter.getType(), 1), 0)
                    : null;
        }
        Object value = Fixtures.resolve(extensionContext, name);
        Class<?> expected = wrapper(parameter.getType());
        if (value != null && !expected.isInstance(value)) {
            throw new ParameterResolutionException("fixture '" + name + "' is a " + value.getClass().getName()
                    + ", but parameter '" + parameter.getName() + "' of "
                    + parameterContext.getDeclaringExecutable() + " expects " + parameter.getType().getName());
        }
        return value;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw abortedCause(throwable);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw abortedCause(throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw abortedCause(throwable);
    }

    /**
     * JUnit wraps whatever a parameter resolver throws in a {@link ParameterResolutionException}, which fails the
     * test; a fixture's abort is unwrapped so the test is skipped with the fixture's reason.
     */
    private static Throwable abortedCause(Throwable throwable) {
        if (throwable instanceof ParameterResolutionException && throwable.getCause() != null
                && throwable.getCause().getClass().getName().equals("org.opentest4j.TestAbortedException")) {
            return throwable.getCause();
        }
        return throwable;
    }

    private static Class<?> wrapper(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
