package dev.fixturebench.examples.junitnative;

import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link HttpClient} parameters of tests, lifecycle methods and constructors.
 * One client is built per test run and shared through the root store.
 */
public final class HttpClientResolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(HttpClientResolver.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HttpClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("client",
                key -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), HttpClient.class);
    }
}
