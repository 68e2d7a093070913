package dev.fixturebench.probe;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * Names the application a Quarkus or Micronaut test class ran against and says whether the class started it: Quarkus
 * keeps one application and restarts it when a class's test profile or test resources differ from the class before
 * (observed: the application object the class ran against is another); Micronaut starts a context for every class that carries
 * {@code @MicronautTest} (a {@code @Nested} class without one shares its enclosing class's), and again before each
 * test with {@code rebuildContext}. Reflection only: the probe depends on no framework class.
 */
final class ApplicationStarts {

    private static final String QUARKUS_TEST = "io.quarkus.test.junit.QuarkusTest";
    private static final String QUARKUS_PREFIX = "quarkus-app-";
    private static final String MICRONAUT_PREFIX = "micronaut-";
    private static final String TEST_PROFILE = "io.quarkus.test.junit.TestProfile";
    private static final String[] QUARKUS_RESOURCES = {"io.quarkus.test.common.WithTestResource",
        "io.quarkus.test.common.QuarkusTestResource"};
    private static final String MICRONAUT_TEST = "io.micronaut.test.extensions.junit5.annotation.MicronautTest";
    private static final String MICRONAUT_PROPERTY = "io.micronaut.context.annotation.Property";
    private static final String PROPERTY_PROVIDER = "io.micronaut.test.support.TestPropertyProvider";

    /** A class's application: its id, whether the class started it, and how many starts it made. */
    record Start(String id, boolean started, int starts) {
    }

    private final List<List<String>> configurations = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Object> described = new ArrayList<>();
    private String lastQuarkus;
    /** Weakly: the application a class ran against must not keep its class loader alive once Quarkus stops it. */
    private java.lang.ref.WeakReference<Object> lastApplication = new java.lang.ref.WeakReference<>(null);
    private String error;

    /**
     * The application {@code className} ran against, asked once it ran its {@code testsRun} tests (top-level classes
     * in the order they ran), read from {@code loaded}, the class the engine ran (null: load it by name); null when it
     * runs under neither framework.
     */
    Start of(String className, Class<?> loaded, int testsRun) {
        try {
            Class<?> testClass = loaded != null ? loaded
                    : Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            // the annotation types from the loader that loaded the class: Quarkus switches the context loader to its
            // own around its listeners, and a type from another loader never matches the class's annotations
            ClassLoader loader = testClass.getClassLoader() != null ? testClass.getClassLoader()
                    : ClassLoader.getSystemClassLoader();
            Class<? extends Annotation> quarkus = annotation(QUARKUS_TEST, loader);
            if (quarkus != null && inherited(testClass, quarkus) != null) {
                String id = id(QUARKUS_PREFIX, quarkusFacets(testClass, loader));
                Boolean observed = loaded == null ? null : anotherApplication(loader);
                boolean started = observed != null ? observed : !id.equals(lastQuarkus);
                lastQuarkus = id;
                return new Start(id, started, started ? 1 : 0);
            }
            Class<? extends Annotation> micronaut = annotation(MICRONAUT_TEST, loader);
            Annotation own = micronaut == null ? null : inherited(testClass, micronaut);
            if (own != null) {
                // with rebuildContext, one context at the class's start and a fresh one before each test
                return new Start(id(MICRONAUT_PREFIX, micronautFacets(testClass, own, loader)), true,
                        Boolean.TRUE.equals(value(own, "rebuildContext")) ? 1 + testsRun : 1);
            }
            Class<?> enclosing = testClass.getEnclosingClass();
            Annotation outer = micronaut == null || enclosing == null ? null : inherited(enclosing, micronaut);
            // a @Nested class without its own @MicronautTest runs in its enclosing class's context
            return outer == null ? null
                    : new Start(id(MICRONAUT_PREFIX, micronautFacets(enclosing, outer, loader)), false, 0);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            if (error == null) {
                error = "cannot read the Quarkus or Micronaut configuration of " + className + ": " + e;
            }
            return null;
        }
    }

    /**
     * Whether the application a Quarkus class ran against ({@code io.quarkus.runtime.Application.currentApplication()}
     * through its own {@code loader}) is another than the last Quarkus class's; null where that cannot be read, and the
     * rule (another profile or other resources than the class before) decides.
     */
    private Boolean anotherApplication(ClassLoader loader) {
        try {
            Object application = Class.forName("io.quarkus.runtime.Application", false, loader)
                    .getMethod("currentApplication").invoke(null);
            if (application == null) {
                return null;
            }
            boolean another = application != lastApplication.get();
            lastApplication = new java.lang.ref.WeakReference<>(application);
            return another;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException unreadable) {
            return null;
        }
    }

    /** Every distinct application seen: {@code {id, facets}}. */
    List<Object> described() {
        return described;
    }

    /** The first reason a class's application could not be named, or null. */
    String error() {
        return error;
    }

    private String id(String prefix, List<String> facets) {
        int index = configurations.indexOf(facets);
        if (index >= 0) {
            return ids.get(index);
        }
        configurations.add(facets);
        long same = ids.stream().filter(id -> id.startsWith(prefix)).count();
        String id = prefix + (same + 1);
        ids.add(id);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(Suite.ID, id);
        context.put(Suite.FACETS, new ArrayList<Object>(facets));
        described.add(context);
        return id;
    }

    /** What Quarkus keys its application on: the test profile and the test resources (init arguments included). */
    private static List<String> quarkusFacets(Class<?> testClass, ClassLoader loader)
            throws ReflectiveOperationException {
        TreeSet<String> facets = new TreeSet<>();
        facets.add("Quarkus application");
        Class<? extends Annotation> profile = annotation(TEST_PROFILE, loader);
        Annotation declared = profile == null ? null : inherited(testClass, profile);
        facets.add(declared == null ? "profile (default)" : "profile " + ((Class<?>) value(declared, "value"))
                .getSimpleName());
        for (String name : QUARKUS_RESOURCES) {
            Class<? extends Annotation> type = annotation(name, loader);
            if (type == null) {
                continue;
            }
            for (Class<?> level = testClass; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Annotation resource : level.getDeclaredAnnotationsByType(type)) {
                    StringBuilder facet = new StringBuilder("test resource ")
                            .append(((Class<?>) value(resource, "value")).getSimpleName());
                    Object arguments = value(resource, "initArgs");
                    for (int i = 0; arguments != null && i < Array.getLength(arguments); i++) {
                        Annotation argument = (Annotation) Array.get(arguments, i);
                        facet.append(i == 0 ? " (" : ", ").append(value(argument, "name")).append('=')
                                .append(value(argument, "value"));
                        if (i == Array.getLength(arguments) - 1) {
                            facet.append(')');
                        }
                    }
                    facets.add(facet.toString());
                }
            }
        }
        return new ArrayList<>(facets);
    }

    /** What a Micronaut context is built from: the test annotation's settings and the class's properties. */
    private static List<String> micronautFacets(Class<?> testClass, Annotation test, ClassLoader loader)
            throws ReflectiveOperationException {
        TreeSet<String> facets = new TreeSet<>();
        facets.add("Micronaut context");
        Object application = value(test, "application");
        if (application instanceof Class<?> type && type != void.class) {
            facets.add("application " + type.getSimpleName());
        }
        for (String attribute : new String[] {"environments", "packages", "propertySources"}) {
            Object values = value(test, attribute);
            for (int i = 0; values != null && i < Array.getLength(values); i++) {
                facets.add(attribute.replaceAll("s$", "") + " " + Array.get(values, i));
            }
        }
        if (Boolean.TRUE.equals(value(test, "rebuildContext"))) {
            facets.add("rebuildContext");
        }
        if (Boolean.FALSE.equals(value(test, "startApplication"))) {
            facets.add("startApplication false");
        }
        Class<? extends Annotation> property = annotation(MICRONAUT_PROPERTY, loader);
        for (Class<?> level = testClass; property != null && level != null && level != Object.class;
             level = level.getSuperclass()) {
            for (Annotation declared : level.getDeclaredAnnotationsByType(property)) {
                facets.add("property " + value(declared, "name") + "=" + value(declared, "value"));
            }
        }
        try {
            if (Class.forName(PROPERTY_PROVIDER, false, loader).isAssignableFrom(testClass)) {
                facets.add("properties from " + testClass.getSimpleName() + ".getProperties()");
            }
        } catch (ClassNotFoundException absent) {
            // an older micronaut-test: no property providers
        }
        return new ArrayList<>(facets);
    }

    /** {@code type} on {@code testClass} or a superclass, or null. */
    private static Annotation inherited(Class<?> testClass, Class<? extends Annotation> type) {
        for (Class<?> level = testClass; level != null && level != Object.class; level = level.getSuperclass()) {
            Annotation found = level.getDeclaredAnnotation(type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The annotation type {@code name} of the suite's class path, or null; looked up once per loader. */
    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> annotation(String name, ClassLoader loader) {
        return (Class<? extends Annotation>) ANNOTATIONS.computeIfAbsent(loader, l -> new java.util.HashMap<>())
                .computeIfAbsent(name, n -> {
                    try {
                        return java.util.Optional.of(Class.forName(n, false, loader));
                    } catch (ClassNotFoundException | LinkageError absent) {
                        return java.util.Optional.empty();
                    }
                }).orElse(null);
    }

    private static final Map<ClassLoader, Map<String, java.util.Optional<Class<?>>>> ANNOTATIONS =
            new java.util.WeakHashMap<>();

    private static Object value(Annotation annotation, String attribute) throws ReflectiveOperationException {
        try {
            Method method = annotation.annotationType().getMethod(attribute);
            method.setAccessible(true);
            return method.invoke(annotation);
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }
}
