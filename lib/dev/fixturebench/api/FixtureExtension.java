package dev.fixturebench.api;

import java.lang.reflect.Parameter;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link Use @Use} parameters of tests, constructors and lifecycle methods to fixture values.
 * Register it with {@code @ExtendWith(FixtureExtension.class)}.
 */
public class FixtureExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(Use.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        String name = parameterContext.findAnnotation(Use.class).orElseThrow().value();
        Object value = Fixtures.resolve(extensionContext, name);
        Parameter parameter = parameterContext.getParameter();
        Class<?> expected = wrapper(parameter.getType());
        if (value != null && !expected.isInstance(value)) {
            throw new ParameterResolutionException("fixture '" + name + "' is a " + value.getClass().getName()
                    + ", but parameter '" + parameter.getName() + "' of "
                    + parameterContext.getDeclaringExecutable() + " expects " + parameter.getType().getName());
        }
        return value;
    }

    private static Class<?> wrapper(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
    }
}
