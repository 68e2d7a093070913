package dev.fixturebench.examples.junitnative;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Loads a 24 MiB snapshot cache before a test class and keeps it in the class's JUnit store, which holds it until
 * the class has run; tests receive it as a {@link SnapshotPages} parameter.
 */
public final class SnapshotCacheExtension implements BeforeAllCallback, ParameterResolver {

    static final int CACHE_MIB = 24;

    private static final Namespace NAMESPACE = Namespace.create(SnapshotCacheExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("snapshot", SnapshotPages.loadMiB(CACHE_MIB));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SnapshotPages.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get("snapshot", SnapshotPages.class);
    }
}
