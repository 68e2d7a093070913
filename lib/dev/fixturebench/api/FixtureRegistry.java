package dev.fixturebench.api;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Every fixture definition of a suite, checked for consistency: {@link Fixture @Fixture} methods of the classes in
 * the class path's directories, and the definitions of every {@link FixtureSource} found by {@link ServiceLoader}.
 */
public final class FixtureRegistry {

    /**
     * System property: where set (class names, comma-separated), {@link #load} reads the {@code @Fixture} methods of
     * these classes and the {@link FixtureSource}s among them alone, instead of scanning the class path's directories
     * and loading every source; Fixture Bench's measuring forks name the classes their fixture needs.
     */
    public static final String HOLDERS_PROPERTY = "fixturebench.fixture.holders";

    private static final Map<ClassLoader, FixtureRegistry> SHARED = new ConcurrentHashMap<>();

    private final Map<String, FixtureDefinition> byName;

    /** Where this registry read named holders alone: the whole suite's, scanned once if a name is missing. */
    private final java.util.function.Supplier<FixtureRegistry> complete;

    private FixtureRegistry(Map<String, FixtureDefinition> byName) {
        this(byName, null);
    }

    private FixtureRegistry(Map<String, FixtureDefinition> byName,
                            java.util.function.Supplier<FixtureRegistry> complete) {
        this.byName = byName;
        this.complete = complete;
    }

    /** The registry of the current thread's context class loader, built once. */
    public static FixtureRegistry shared() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = FixtureRegistry.class.getClassLoader();
        }
        ClassLoader key = loader;
        return SHARED.computeIfAbsent(key, FixtureRegistry::load);
    }

    /** Scans {@code loader}'s class path directories and service providers; fails on inconsistent definitions. */
    public static FixtureRegistry load(ClassLoader loader) {
        Set<String> named = named();
        FixtureRegistry registry = load(loader, named);
        if (named == null) {
            return registry;
        }
        // a fixture asked for by name that the named holders lack (a custom extension's, say): scan after all
        FixtureRegistry[] scanned = new FixtureRegistry[1];
        return new FixtureRegistry(registry.byName, () -> {
            synchronized (scanned) {
                if (scanned[0] == null) {
                    scanned[0] = load(loader, null);
                }
                return scanned[0];
            }
        });
    }

    /** The definitions of {@code named} classes (null: the class path's directories, every source), checked. */
    private static FixtureRegistry load(ClassLoader loader, Set<String> named) {
        List<FixtureDefinition> all = new ArrayList<>();
        for (Class<?> holder : named == null ? holders(loader) : classes(named, loader)) {
            all.addAll(annotatedDefinitions(holder));
        }
        for (FixtureSource source : sources(loader, named)) {
            FixtureDefinition.Origin origin = new FixtureDefinition.Origin(source.getClass().getName(), true);
            for (FixtureDefinition definition : source.definitions()) {
                all.add(definition.withOrigin(origin));
            }
        }
        return of(all);
    }

    /** A registry of exactly these definitions; fails on duplicates, unknown dependencies, cycles and scope mismatches. */
    public static FixtureRegistry of(Collection<FixtureDefinition> definitions) {
        Map<String, FixtureDefinition> byName = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (FixtureDefinition definition : definitions) {
            FixtureDefinition earlier = byName.putIfAbsent(definition.name(), definition);
            if (earlier != null) {
                problems.add("fixture '" + definition.name() + "' is defined twice: in "
                        + earlier.origin().declaredIn() + " and in " + definition.origin().declaredIn());
            }
        }
        for (FixtureDefinition definition : byName.values()) {
            for (String dependency : definition.dependencies()) {
                FixtureDefinition used = byName.get(dependency);
                if (used == null) {
                    problems.add("fixture '" + definition.name() + "' uses unknown fixture '" + dependency
                            + "'; closest known: " + ClosestNames.to(dependency, byName.keySet(), 3));
                } else if (!definition.scope().mayUse(used.scope())) {
                    problems.add("fixture '" + definition.name() + "' (" + definition.scope().label()
                            + " scope) cannot use '" + dependency + "' (" + used.scope().label()
                            + " scope): a fixture may only use fixtures of the same or a wider scope");
                }
            }
        }
        if (problems.isEmpty()) {
            new CycleFinder(byName).first().ifPresent(cycle ->
                    problems.add("fixture dependency cycle: " + String.join(" -> ", cycle)));
        }
        if (!problems.isEmpty()) {
            throw new FixtureConfigurationException("Inconsistent fixture definitions:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new FixtureRegistry(byName);
    }

    /** All definitions, in the order they were found. */
    public List<FixtureDefinition> definitions() {
        return List.copyOf(byName.values());
    }

    /** The definition named {@code name}; fails naming the closest known fixtures when there is none. */
    public FixtureDefinition require(String name) {
        FixtureDefinition definition = byName.get(name);
        if (definition == null && complete != null) {
            return complete.get().require(name);
        }
        if (definition == null) {
            throw new FixtureConfigurationException("No fixture named '" + name + "'; closest known: "
                    + String.join(", ", ClosestNames.to(name, byName.keySet(), 3)));
        }
        return definition;
    }

    /** The classes {@value #HOLDERS_PROPERTY} names, or null where it is not set. */
    private static Set<String> named() {
        String named = System.getProperty(HOLDERS_PROPERTY);
        if (named == null || named.isBlank()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : named.split(",")) {
            names.add(name.strip());
        }
        return names;
    }

    /** {@code names} loaded by {@code loader}, failing with the name that does not load. */
    private static List<Class<?>> classes(Set<String> names, ClassLoader loader) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new FixtureConfigurationException("cannot load " + name + ", named by " + HOLDERS_PROPERTY
                        + " as a class the fixture needs: " + e);
            }
        }
        return classes;
    }

    /** Every service-provided source, or those {@code named} names (instantiating no other). */
    private static List<FixtureSource> sources(ClassLoader loader, Set<String> named) {
        ServiceLoader<FixtureSource> services = ServiceLoader.load(FixtureSource.class, loader);
        if (named == null) {
            List<FixtureSource> all = new ArrayList<>();
            services.forEach(all::add);
            return all;
        }
        return services.stream().filter(p -> named.contains(p.type().getName())).map(ServiceLoader.Provider::get)
                .toList();
    }

    /** Classes declaring {@link Fixture @Fixture} methods in the class path directories of {@code loader}. */
    private static List<Class<?>> holders(ClassLoader loader) {
        List<Class<?>> holders = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            for (URL root : Collections.list(loader.getResources(""))) {
                if ("file".equals(root.getProtocol())) {
                    holders.addAll(ReflectionSupport.findAllClassesInClasspathRoot(root.toURI(),
                            FixtureRegistry::declaresFixtures, name -> true));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new FixtureConfigurationException("cannot list the class path directories to find @Fixture"
                    + " methods: " + e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return holders;
    }

    private static boolean declaresFixtures(Class<?> type) {
        try {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Fixture.class)) {
                    return true;
                }
            }
            return false;
        } catch (LinkageError unloadable) {
            return false;
        }
    }

    private static List<FixtureDefinition> annotatedDefinitions(Class<?> holder) {
        List<FixtureDefinition> definitions = new ArrayList<>();
        for (Method method : holder.getDeclaredMethods()) {
            Fixture fixture = method.getAnnotation(Fixture.class);
            if (fixture != null) {
                definitions.add(annotatedDefinition(holder, method, fixture));
            }
        }
        definitions.sort(java.util.Comparator.comparing(FixtureDefinition::name));
        return definitions;
    }

    private static FixtureDefinition annotatedDefinition(Class<?> holder, Method method, Fixture fixture) {
        String where = holder.getName() + "." + method.getName();
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new FixtureConfigurationException("@Fixture method " + where + " must be static");
        }
        List<String> dependencies = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Use use = parameter.getAnnotation(Use.class);
            if (use == null) {
                throw new FixtureConfigurationException("parameter '" + parameter.getName() + "' of @Fixture method "
                        + where + " needs @Use(\"fixture name\")");
            }
            dependencies.add(use.value());
        }
        method.setAccessible(true);
        String name = fixture.name().isEmpty() ? method.getName() : fixture.name();
        FixtureFactory factory = values -> {
            Object[] arguments = dependencies.stream().map(values::get).toArray();
            try {
                return method.invoke(null, arguments);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                throw (Error) cause;
            }
        };
        return new FixtureDefinition(name, fixture.scope(), fixture.category(), dependencies, factory,
                new FixtureDefinition.Origin(holder.getName(), false));
    }
}
