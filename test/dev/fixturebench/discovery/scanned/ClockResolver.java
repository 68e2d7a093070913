package dev.fixturebench.discovery.scanned;

import java.time.Clock;
import java.util.Locale;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Resolves {@link Clock} and {@link Locale} parameters; scanned by {@link dev.fixturebench.discovery.SuiteScannerTest}. */
public final class ClockResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Clock.class || type == Locale.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Clock.class ? Clock.systemUTC() : Locale.ROOT;
    }
}
