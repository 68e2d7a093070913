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

    /**
     * System property: {@code @Fixture} methods described beforehand, each a {@link #declaration}, separated by
     * {@code ;}; where set (with or without {@value #HOLDERS_PROPERTY}), {@link #load} defines these fixtures from
     * their methods without reading an annotation. Fixture Bench's forks pass the ones its discovery read.
     */
    public static final String DECLARED_PROPERTY = "fixturebench.fixture.declared";

    private static final String FIELD_SEPARATOR = " ";
    private static final String LIST_SEPARATOR = ",";
    private static final String DECLARATION_SEPARATOR = ";";

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
        // no lambda or method reference on this path, nor below where a measuring fork reads named holders: linking
        // each call site costs a fresh JVM a millisecond or more, in every fork (a cost the fixture's figures exclude
        // but its fork's wall pays)
        FixtureRegistry registry = SHARED.get(loader);
        if (registry == null) {
            FixtureRegistry loaded = load(loader);
            registry = SHARED.putIfAbsent(loader, loaded);
            if (registry == null) {
                registry = loaded;
            }
        }
        return registry;
    }

    /** Scans {@code loader}'s class path directories and service providers; fails on inconsistent definitions. */
    public static FixtureRegistry load(ClassLoader loader) {
        Set<String> named = named();
        List<String> declared = declared();
        if (named == null && declared.isEmpty()) {
            return load(loader, null);
        }
        FixtureRegistry registry = load(loader, named == null ? Set.of() : named, declared);
        // a fixture asked for by name that the named holders lack (a custom extension's, say): scan after all
        return new FixtureRegistry(registry.byName, new WholeScan(loader));
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
                scanned = load(loader, null);
            }
            return scanned;
        }
    }

    /** The definitions of the class path's directories and of every source, checked. */
    private static FixtureRegistry load(ClassLoader loader, Set<String> named) {
        return load(loader, named, List.of());
    }

    /**
     * The definitions of {@code named} classes (null: the class path's directories, every source) and the
     * {@code declared} ones, checked.
     */
    private static FixtureRegistry load(ClassLoader loader, Set<String> named, List<String> declared) {
        List<FixtureDefinition> all = new ArrayList<>();
        List<Class<?>> holders = named == null ? holders(loader) : classes(named, loader);
        for (Class<?> holder : holders) {
            all.addAll(annotatedDefinitions(holder));
        }
        for (FixtureSource source : named == null ? sources(loader) : sources(holders)) {
            FixtureDefinition.Origin origin = new FixtureDefinition.Origin(source.getClass().getName(), true);
            for (FixtureDefinition definition : source.definitions()) {
                all.add(definition.withOrigin(origin));
            }
        }
        Map<String, Class<?>> declaring = new java.util.HashMap<>();
        for (String declaration : declared) {
            all.add(declaredDefinition(declaration, loader, declaring));
        }
        return of(all);
    }

    /**
     * Fixture {@code name}, declared by static method {@code method} of {@code holder}, as {@value #DECLARED_PROPERTY}
     * carries it: a fork given it defines the fixture from the method, reading no annotation.
     */
    public static String declaration(String name, Scope scope, String category, String holder, String method,
                                     List<String> dependencies) {
        List<String> encoded = new ArrayList<>();
        for (String dependency : dependencies) {
            encoded.add(encode(dependency));
        }
        return String.join(FIELD_SEPARATOR, encode(name), scope.name(), encode(category), encode(holder),
                encode(method), String.join(LIST_SEPARATOR, encoded));
    }

    /** The name of the static method that builds {@code definition}, or null where no {@code @Fixture} method does. */
    public static String methodName(FixtureDefinition definition) {
        return definition.factory() instanceof MethodFactory ? ((MethodFactory) definition.factory()).method.getName()
                : null;
    }

    /** The definition {@code declaration} describes, its holder loaded once into {@code declaring}. */
    private static FixtureDefinition declaredDefinition(String declaration, ClassLoader loader,
                                                        Map<String, Class<?>> declaring) {
        String[] fields = declaration.split(FIELD_SEPARATOR, -1);
        if (fields.length != 6) {
            throw new FixtureConfigurationException("not a fixture declaration (" + DECLARED_PROPERTY + "): "
                    + declaration);
        }
        String name = decode(fields[0]);
        String holderName = decode(fields[3]);
        String methodName = decode(fields[4]);
        List<String> dependencies = new ArrayList<>();
        if (!fields[5].isEmpty()) {
            for (String dependency : fields[5].split(LIST_SEPARATOR, -1)) {
                dependencies.add(decode(dependency));
            }
        }
        Class<?> holder = declaring.get(holderName);
        if (holder == null) {
            holder = classes(Set.of(holderName), loader).get(0);
            declaring.put(holderName, holder);
        }
        Method method = null;
        for (Method candidate : holder.getDeclaredMethods()) {
            if (candidate.getName().equals(methodName) && Modifier.isStatic(candidate.getModifiers())
                    && candidate.getParameterCount() == dependencies.size()
                    && (method == null || candidate.isAnnotationPresent(Fixture.class))) {
                method = candidate; // an overload of the same arity: the annotated one
            }
        }
        if (method == null) {
            throw new FixtureConfigurationException("fixture '" + name + "' is declared as static method "
                    + holderName + "." + methodName + " with " + dependencies.size() + " parameter(s), which "
                    + holderName + " does not have (was it changed after the fixtures were listed?)");
        }
        method.setAccessible(true);
        return new FixtureDefinition(name, Scope.valueOf(fields[1]), decode(fields[2]), dependencies,
                new MethodFactory(method, dependencies), new FixtureDefinition.Origin(holderName, false));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The declarations {@value #DECLARED_PROPERTY} holds (none where it is not set). */
    private static List<String> declared() {
        String declared = System.getProperty(DECLARED_PROPERTY);
        List<String> declarations = new ArrayList<>();
        if (declared != null && !declared.isBlank()) {
            for (String declaration : declared.split(DECLARATION_SEPARATOR)) {
                declarations.add(declaration);
            }
        }
        return declarations;
    }

    /** {@code declarations} as {@value #DECLARED_PROPERTY} holds them. */
    public static String declarations(List<String> declarations) {
        return String.join(DECLARATION_SEPARATOR, declarations);
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

    /** Every service-provided source. */
    private static List<FixtureSource> sources(ClassLoader loader) {
        List<FixtureSource> all = new ArrayList<>();
        ServiceLoader.load(FixtureSource.class, loader).forEach(all::add);
        return all;
    }

    /**
     * The sources among {@code classes}, made as {@link ServiceLoader} makes a provider (its public no-argument
     * constructor) but without it: finding a service's providers opens every jar of the class path (17 ms measured
     * in a fork of the example suite, where the holders were named from the same providers at discovery).
     */
    private static List<FixtureSource> sources(List<Class<?>> classes) {
        List<FixtureSource> sources = new ArrayList<>();
        for (Class<?> type : classes) {
            if (FixtureSource.class.isAssignableFrom(type)) {
                try {
                    sources.add((FixtureSource) type.getConstructor().newInstance());
                } catch (InvocationTargetException e) {
                    throw new FixtureConfigurationException("fixture source " + type.getName()
                            + " failed in its constructor: " + e.getCause());
                } catch (ReflectiveOperationException | LinkageError e) {
                    throw new FixtureConfigurationException("cannot make fixture source " + type.getName()
                            + " (a provider needs a public constructor without parameters): " + e);
                }
            }
        }
        return sources;
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
        method.setAccessible(true);
        String name = fixture.name().isEmpty() ? method.getName() : fixture.name();
        return new FixtureDefinition(name, fixture.scope(), fixture.category(), dependencies,
                new MethodFactory(method, dependencies), new FixtureDefinition.Origin(holder.getName(), false));
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
