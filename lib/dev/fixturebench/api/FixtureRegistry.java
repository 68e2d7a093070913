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
 * the class path's directories, and the definitions of every {@link FixtureSource} found by {@link ServiceLoader};
 * or, where a measuring fork names what it needs ({@link #HOLDERS_PROPERTY}, {@link #SOURCES_PROPERTY},
 * {@link #DECLARED_PROPERTY}), those alone, with a whole scan only for a name they lack.
 */
public final class FixtureRegistry {

    /**
     * System property: classes (binary names, comma-separated) whose {@code @Fixture} methods {@link #load} reads,
     * instead of scanning the class path's directories; Fixture Bench's measuring forks name what their fixture needs.
     */
    public static final String HOLDERS_PROPERTY = "fixturebench.fixture.holders";

    /**
     * System property: {@link FixtureSource} classes (comma-separated) that {@link #load} makes, as
     * {@link ServiceLoader} would (its public constructor without parameters), reading their {@code @Fixture} methods
     * too, instead of every provider of the class path.
     */
    public static final String SOURCES_PROPERTY = "fixturebench.fixture.sources";

    /**
     * System property: fixtures of {@code @Fixture} methods, {@link FixtureDeclaration#joined joined}, that
     * {@link #load} defines from their methods without reading an annotation.
     */
    public static final String DECLARED_PROPERTY = "fixturebench.fixture.declared";

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
        // no lambda or method reference on this path, nor below where a measuring fork reads what it is told: linking
        // each call site costs a fresh JVM a millisecond or more, in every fork (a cost the fixture's figures exclude
        // but its fork's wall pays)
        return SHARED.computeIfAbsent(loader, LOAD);
    }

    private static final java.util.function.Function<ClassLoader, FixtureRegistry> LOAD = new Load();

    /** {@link #load}, as a function. */
    private static final class Load implements java.util.function.Function<ClassLoader, FixtureRegistry> {
        @Override
        public FixtureRegistry apply(ClassLoader loader) {
            return load(loader);
        }
    }

    /**
     * The definitions the system properties name ({@link #HOLDERS_PROPERTY}, {@link #SOURCES_PROPERTY},
     * {@link #DECLARED_PROPERTY}), or where none is set those of a scan of {@code loader}'s class path directories and
     * service providers; fails on inconsistent definitions.
     */
    public static FixtureRegistry load(ClassLoader loader) {
        Set<String> holders = names(HOLDERS_PROPERTY);
        Set<String> sources = names(SOURCES_PROPERTY);
        holders.removeAll(sources); // a fork names its sources as holders too, for an older registry: read them once
        String declared = System.getProperty(DECLARED_PROPERTY);
        if (holders.isEmpty() && sources.isEmpty() && (declared == null || declared.isBlank())) {
            return scan(loader);
        }
        List<FixtureDefinition> all = new ArrayList<>();
        for (Class<?> holder : classes(holders, loader, HOLDERS_PROPERTY)) {
            all.addAll(annotatedDefinitions(holder));
        }
        List<Class<?>> sourceClasses = classes(sources, loader, SOURCES_PROPERTY);
        for (Class<?> source : sourceClasses) {
            all.addAll(annotatedDefinitions(source));
        }
        all.addAll(generatedDefinitions(made(sourceClasses)));
        if (declared != null) {
            Map<String, Method[]> declaring = new java.util.HashMap<>();
            for (FixtureDeclaration declaration : FixtureDeclaration.parseAll(declared)) {
                all.add(declaredDefinition(declaration, loader, declaring));
            }
        }
        // a fixture asked for by name that these lack (a custom extension's, say): scan after all
        return new FixtureRegistry(of(all).byName, new WholeScan(loader));
    }

    /** The registry of a whole scan of a class loader's suite, made when first asked for. */
    private static final class WholeScan implements java.util.function.Supplier<FixtureRegistry> {

        private final ClassLoader loader;
        private FixtureRegistry scanned;

        WholeScan(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public synchronized FixtureRegistry get() {
            if (scanned == null) {
                scanned = scan(loader);
            }
            return scanned;
        }
    }

    /** The definitions of the class path's directories and of every service-provided source, checked. */
    private static FixtureRegistry scan(ClassLoader loader) {
        List<FixtureDefinition> all = new ArrayList<>();
        for (Class<?> holder : holders(loader)) {
            all.addAll(annotatedDefinitions(holder));
        }
        List<FixtureSource> sources = new ArrayList<>();
        ServiceLoader.load(FixtureSource.class, loader).forEach(sources::add);
        all.addAll(generatedDefinitions(sources));
        return of(all);
    }

    /** What {@code sources} generate, each with its origin. */
    private static List<FixtureDefinition> generatedDefinitions(List<FixtureSource> sources) {
        List<FixtureDefinition> all = new ArrayList<>();
        for (FixtureSource source : sources) {
            FixtureDefinition.Origin origin = new FixtureDefinition.Origin(source.getClass().getName(), true);
            for (FixtureDefinition definition : source.definitions()) {
                all.add(definition.withOrigin(origin));
            }
        }
        return all;
    }

    /** The name of the static method that builds {@code definition}, or null where no {@code @Fixture} method does. */
    public static String methodName(FixtureDefinition definition) {
        return definition.factory() instanceof MethodFactory ? ((MethodFactory) definition.factory()).method.getName()
                : null;
    }

    /**
     * The definition {@code declaration} describes, its holder's methods read once into {@code declaring} (each call
     * of {@code getDeclaredMethods} copies them all).
     */
    private static FixtureDefinition declaredDefinition(FixtureDeclaration declaration, ClassLoader loader,
                                                        Map<String, Method[]> declaring) {
        Method[] methods = declaring.get(declaration.holder());
        if (methods == null) {
            methods = classes(Set.of(declaration.holder()), loader, DECLARED_PROPERTY).get(0).getDeclaredMethods();
            declaring.put(declaration.holder(), methods);
        }
        List<Method> candidates = new ArrayList<>();
        for (Method candidate : methods) {
            if (candidate.getName().equals(declaration.method()) && Modifier.isStatic(candidate.getModifiers())
                    && candidate.getParameterCount() == declaration.dependencies().size()) {
                candidates.add(candidate);
            }
        }
        if (candidates.size() > 1) {
            // overloads of one arity: the one whose annotation names this fixture (read only here)
            List<Method> named = new ArrayList<>();
            for (Method candidate : candidates) {
                Fixture fixture = candidate.getAnnotation(Fixture.class);
                if (fixture != null && fixtureName(candidate, fixture).equals(declaration.name())) {
                    named.add(candidate);
                }
            }
            candidates = named;
        }
        if (candidates.size() != 1) {
            throw new FixtureConfigurationException("fixture '" + declaration.name() + "' is declared as static method "
                    + declaration.holder() + "." + declaration.method() + " with " + declaration.dependencies().size()
                    + " parameter(s), which " + declaration.holder() + " does not have (was it changed after the"
                    + " fixtures were listed?)");
        }
        Method method = candidates.get(0);
        return methodDefinition(method.getDeclaringClass(), method, declaration.name(), declaration.scope(),
                declaration.category(), declaration.dependencies());
    }

    /** A fixture built by static {@code method} of {@code holder}, its parameters given {@code dependencies}. */
    private static FixtureDefinition methodDefinition(Class<?> holder, Method method, String name, Scope scope,
                                                      String category, List<String> dependencies) {
        method.setAccessible(true);
        return new FixtureDefinition(name, scope, category, dependencies, new MethodFactory(method, dependencies),
                new FixtureDefinition.Origin(holder.getName(), false));
    }

    private static String fixtureName(Method method, Fixture fixture) {
        return fixture.name().isEmpty() ? method.getName() : fixture.name();
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
            java.util.Optional<List<String>> cycle = new CycleFinder(byName).first();
            if (cycle.isPresent()) {
                problems.add("fixture dependency cycle: " + String.join(" -> ", cycle.get()));
            }
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

    /** The class names system property {@code property} lists (none where it is not set). */
    private static Set<String> names(String property) {
        String listed = System.getProperty(property);
        Set<String> names = new LinkedHashSet<>();
        if (listed != null) {
            for (String name : listed.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** {@code names}, from {@code property}, loaded by {@code loader}; fails with the name that does not load. */
    private static List<Class<?>> classes(Set<String> names, ClassLoader loader, String property) {
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new FixtureConfigurationException("cannot load " + name + ", named by " + property
                        + " as a class the fixture needs: " + e, e);
            }
        }
        return classes;
    }

    /**
     * {@code sources}, each made as {@link ServiceLoader} makes a provider (its constructor without parameters) but
     * without it: finding a service's providers opens every jar of the class path (17 ms measured in a fork of the
     * example suite), and the fork was told the classes discovery found through it.
     */
    private static List<FixtureSource> made(List<Class<?>> sources) {
        List<FixtureSource> made = new ArrayList<>();
        for (Class<?> type : sources) {
            if (!FixtureSource.class.isAssignableFrom(type)) {
                throw new FixtureConfigurationException(type.getName() + ", named by " + SOURCES_PROPERTY
                        + " as a fixture source, does not implement " + FixtureSource.class.getName());
            }
            try {
                java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                made.add((FixtureSource) constructor.newInstance());
            } catch (InvocationTargetException e) {
                throw new FixtureConfigurationException("fixture source " + type.getName()
                        + " failed in its constructor: " + e.getCause(), e.getCause());
            } catch (ExceptionInInitializerError e) {
                throw new FixtureConfigurationException("fixture source " + type.getName()
                        + " failed in its static initialiser: " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                throw new FixtureConfigurationException("cannot make fixture source " + type.getName()
                        + " (a provider needs a concrete class with a constructor without parameters): " + e, e);
            }
        }
        return made;
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
        definitions.sort(BY_NAME);
        return definitions;
    }

    private static final java.util.Comparator<FixtureDefinition> BY_NAME = new java.util.Comparator<>() {
        @Override
        public int compare(FixtureDefinition a, FixtureDefinition b) {
            return a.name().compareTo(b.name());
        }
    };

    private static FixtureDefinition annotatedDefinition(Class<?> holder, Method method, Fixture fixture) {
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new FixtureConfigurationException("@Fixture method " + where(method) + " must be static");
        }
        List<String> dependencies = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Use use = parameter.getAnnotation(Use.class);
            if (use == null) {
                throw new FixtureConfigurationException("parameter '" + parameter.getName() + "' of @Fixture method "
                        + where(method) + " needs @Use(\"fixture name\")");
            }
            dependencies.add(use.value());
        }
        return methodDefinition(holder, method, fixtureName(method, fixture), fixture.scope(), fixture.category(),
                dependencies);
    }

    private static String where(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    /** Builds a fixture by calling its static {@code @Fixture} method with its dependencies' values, in order. */
    private static final class MethodFactory implements FixtureFactory {

        private final Method method;
        private final List<String> dependencies;

        MethodFactory(Method method, List<String> dependencies) {
            this.method = method;
            this.dependencies = dependencies;
        }

        @Override
        public Object create(Dependencies values) throws Exception {
            Object[] arguments = new Object[dependencies.size()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = values.get(dependencies.get(i));
            }
            try {
                return method.invoke(null, arguments);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                throw (Error) cause;
            }
        }
    }
}
