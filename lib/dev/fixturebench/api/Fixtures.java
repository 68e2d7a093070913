package dev.fixturebench.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Builds fixture values on demand and caches each in the JUnit store of its scope, which closes it when the
 * scope ends. Dependencies are built first, each in its own scope's store.
 */
public final class Fixtures {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Fixtures.class);
    private static final Object LOCK = new Object();
    private static volatile FixtureListener listener = new FixtureListener() { };

    private Fixtures() {
    }

    /** The value of fixture {@code name} for the test or container of {@code context}, built if not yet cached. */
    public static Object resolve(ExtensionContext context, String name) {
        FixtureRegistry registry = FixtureRegistry.shared();
        synchronized (LOCK) {
            Object value = instance(registry, context, registry.require(name)).value();
            listener.resolved(name);
            return value;
        }
    }

    /** Replaces the listener told about every build and close in this JVM. */
    public static void listen(FixtureListener newListener) {
        listener = newListener;
    }

    private static Instance instance(FixtureRegistry registry, ExtensionContext context, FixtureDefinition definition) {
        ExtensionContext.Store store = owner(context, definition.scope()).getStore(NAMESPACE);
        Instance cached = store.get(definition.name(), Instance.class);
        if (cached != null) {
            return cached;
        }
        long start = System.nanoTime();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String dependency : definition.dependencies()) {
            values.put(dependency, instance(registry, context, registry.require(dependency)).value());
        }
        long factoryStart = System.nanoTime();
        Object value;
        try {
            value = definition.factory().create(new Values(definition.name(), values));
        } catch (FixtureCreationException | FixtureConfigurationException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            if (e.getClass().getName().equals("org.opentest4j.TestAbortedException")) {
                throw (RuntimeException) e; // an unmet assumption: the fixture is skipped, not broken
            }
            throw new FixtureCreationException(definition.name(), e);
        }
        long end = System.nanoTime();
        Instance instance = new Instance(definition.name(), value);
        store.put(definition.name(), instance);
        listener.created(definition.name(), end - start, end - factoryStart);
        return instance;
    }

    /** The context whose store holds a value of {@code scope}: the root, the nearest class, or the test itself. */
    private static ExtensionContext owner(ExtensionContext context, Scope scope) {
        switch (scope) {
            case SESSION:
                return context.getRoot();
            case CLASS:
                return nearestClassContext(context);
            default:
                return context.getTestMethod().isPresent() ? context : nearestClassContext(context);
        }
    }

    private static ExtensionContext nearestClassContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent()) {
            Optional<ExtensionContext> parent = current.getParent();
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }

    private static final class Values implements FixtureFactory.Dependencies {
        private final String owner;
        private final Map<String, Object> values;

        Values(String owner, Map<String, Object> values) {
            this.owner = owner;
            this.values = values;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(String name) {
            if (!values.containsKey(name)) {
                throw new FixtureConfigurationException("fixture '" + owner + "' asked for '" + name
                        + "', which it does not declare as a dependency; declared: " + values.keySet());
            }
            return (T) values.get(name);
        }
    }

    /** A built value held in a store; closing the store closes the value when it is {@link AutoCloseable}. */
    private static final class Instance implements ExtensionContext.Store.CloseableResource {
        private final String name;
        private final Object value;

        Instance(String name, Object value) {
            this.name = name;
            this.value = value;
        }

        Object value() {
            return value;
        }

        @Override
        public void close() throws Throwable {
            if (!(value instanceof AutoCloseable)) {
                return;
            }
            long start = System.nanoTime();
            Throwable failure = null;
            try {
                ((AutoCloseable) value).close();
            } catch (Throwable t) {
                failure = t;
            }
            listener.closed(name, System.nanoTime() - start, failure);
            if (failure != null) {
                throw failure;
            }
        }
    }
}
