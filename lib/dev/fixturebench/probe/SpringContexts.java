package dev.fixturebench.probe;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * Names the cached Spring application context of each test class that runs with Spring's extension: its merged
 * context configuration, Spring's own cache key, built the way Spring builds it, grouped by equality and described
 * as facets (configuration classes, profiles, properties, customizers such as mocked beans) so two contexts can be
 * told apart. Reflection only: the probe depends on no Spring class, and does nothing where spring-test is absent.
 */
final class SpringContexts {

    private static final String EXTENSION = "org.springframework.test.context.junit.jupiter.SpringExtension";
    private static final String EXTEND_WITH = "org.junit.jupiter.api.extension.ExtendWith";
    private static final String PACKAGE = "org.springframework.test.context.";

    private final List<Object> configurations = new ArrayList<>();
    private Object cache;
    private Method missCount;
    private boolean cacheAbsent;
    private final List<Object> described = new ArrayList<>();
    private String error;

    /** The id of {@code className}'s context ({@code context-N}), or null when it runs without Spring's extension. */
    String contextOf(String className) {
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            Class<?> testClass = Class.forName(className, false, loader);
            if (!usesSpring(testClass)) {
                return null;
            }
            return id(mergedConfiguration(testClass, loader));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (error == null) {
                error = "cannot read the Spring context configuration of " + className + ": " + cause;
            }
            return null;
        }
    }

    /**
     * How many times Spring's default context cache has missed (built a context) in this JVM so far; -1 where there
     * is no spring-test or it cannot be asked. Cheap: the cache is looked up once.
     */
    int missCount() {
        if (missCount == null) {
            if (cacheAbsent) {
                return -1;
            }
            try {
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                Class<?> delegate = Class.forName(PACKAGE + "cache.DefaultCacheAwareContextLoaderDelegate", true,
                        loader);
                Field field = delegate.getDeclaredField("defaultContextCache");
                field.setAccessible(true);
                cache = field.get(null);
                missCount = Class.forName(PACKAGE + "cache.ContextCache", true, loader).getMethod("getMissCount");
            } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
                cacheAbsent = true;
                return -1;
            }
        }
        try {
            return (Integer) missCount.invoke(cache);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return -1;
        }
    }

    /** Every distinct context seen: {@code {id, facets}}. */
    List<Object> described() {
        return described;
    }

    /** The first reason a class's context could not be named, or null. */
    String error() {
        return error;
    }

    private String id(Object configuration) throws ReflectiveOperationException {
        int index = configurations.indexOf(configuration);
        if (index >= 0) {
            return "context-" + (index + 1);
        }
        List<String> facets = facets(configuration);
        configurations.add(configuration);
        String id = "context-" + configurations.size();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put(Suite.ID, id);
        context.put(Suite.FACETS, new ArrayList<Object>(facets));
        described.add(context);
        return id;
    }

    private static Object mergedConfiguration(Class<?> testClass, ClassLoader loader)
            throws ReflectiveOperationException {
        Class<?> utils = Class.forName(PACKAGE + "BootstrapUtils", true, loader);
        Object bootstrapper;
        try {
            Method resolve = utils.getDeclaredMethod("resolveTestContextBootstrapper", Class.class);
            resolve.setAccessible(true);
            bootstrapper = resolve.invoke(null, testClass);
        } catch (NoSuchMethodException springFive) {
            Method create = utils.getDeclaredMethod("createBootstrapContext", Class.class);
            create.setAccessible(true);
            Class<?> contextType = Class.forName(PACKAGE + "BootstrapContext", true, loader);
            Method resolve = utils.getDeclaredMethod("resolveTestContextBootstrapper", contextType);
            resolve.setAccessible(true);
            bootstrapper = resolve.invoke(null, create.invoke(null, testClass));
        }
        return Class.forName(PACKAGE + "TestContextBootstrapper", true, loader)
                .getMethod("buildMergedContextConfiguration").invoke(bootstrapper);
    }

    private List<String> facets(Object configuration) throws ReflectiveOperationException {
        Set<String> facets = new TreeSet<>();
        for (Object type : items(get(configuration, "getClasses"))) {
            facets.add("configuration " + ((Class<?>) type).getSimpleName());
        }
        for (Object location : items(get(configuration, "getLocations"))) {
            facets.add("location " + location);
        }
        for (Object profile : items(get(configuration, "getActiveProfiles"))) {
            facets.add("profile " + profile);
        }
        for (Object file : items(get(configuration, "getPropertySourceLocations"))) {
            facets.add("property file " + file);
        }
        for (Object property : items(get(configuration, "getPropertySourceProperties"))) {
            facets.add("property " + property);
        }
        for (Object initializer : items(get(configuration, "getContextInitializerClasses"))) {
            facets.add("initializer " + ((Class<?>) initializer).getSimpleName());
        }
        for (Object customizer : items(get(configuration, "getContextCustomizers"))) {
            facets.addAll(customizer(customizer));
        }
        Object loader = get(configuration, "getContextLoader");
        if (loader != null) {
            facets.add("loader " + loader.getClass().getSimpleName());
        }
        Object parent = get(configuration, "getParent");
        if (parent != null) {
            facets.add("parent " + id(parent));
        }
        return new ArrayList<>(facets);
    }

    /**
     * A customizer as facets: its own text where it has one, else the meaningful texts of what it holds (the mocked
     * beans of a bean-override customizer), else its class name.
     */
    private static List<String> customizer(Object customizer) {
        String name = customizer.getClass().getSimpleName();
        String own = readable(String.valueOf(customizer));
        List<String> facets = new ArrayList<>();
        if (own != null) {
            facets.add(name + " " + own);
            return facets;
        }
        Set<Object> seen = new HashSet<>();
        for (Class<?> type = customizer.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    for (Object item : items(field.get(customizer))) {
                        String text = item == null ? null : overriddenBean(item);
                        if (text != null && seen.add(text)) {
                            facets.add(text.startsWith("@") ? text : name + " " + text);
                        }
                    }
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    // a field we cannot read describes nothing
                }
            }
        }
        if (facets.isEmpty()) {
            facets.add(name);
        }
        return facets;
    }

    /**
     * A bean override ({@code @MockitoBean}, {@code @MockitoSpyBean}, {@code @TestBean}, Boot's {@code @MockBean})
     * as {@code @MockitoBean GreetingRepository}; anything else as its readable text, or null.
     */
    private static String overriddenBean(Object item) {
        String text = readable(String.valueOf(item));
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?:beanType|typeToMock|typeToSpy) = "
                + "([A-Za-z0-9_$.<>]+)").matcher(text);
        if (!type.find()) {
            return text;
        }
        String kind = item.getClass().getSimpleName();
        String annotation = kind.contains("Spy") ? kind.startsWith("Mockito") ? "@MockitoSpyBean" : "@SpyBean"
                : kind.startsWith("Mockito") ? "@MockitoBean" : kind.startsWith("TestBean") ? "@TestBean"
                : kind.startsWith("Mock") ? "@MockBean" : kind;
        return annotation + " " + type.group(1);
    }

    /** {@code text} with identity hashes dropped and packages shortened, or null when nothing else is left. */
    private static String readable(String text) {
        String cleaned = text.replaceAll("@[0-9a-f]{4,}", "")
                .replaceAll("\\b(?:[a-z_][A-Za-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)", "$1").trim();
        return cleaned.isEmpty() || cleaned.matches("[\\[]?[A-Za-z0-9_$]+[\\]]?") ? null : cleaned;
    }

    private static Object get(Object target, String getter) throws ReflectiveOperationException {
        Method method = target.getClass().getMethod(getter);
        method.setAccessible(true);
        return method.invoke(target);
    }

    private static List<Object> items(Object value) {
        List<Object> items = new ArrayList<>();
        if (value instanceof Collection) {
            items.addAll((Collection<?>) value);
        } else if (value instanceof Map) {
            items.addAll(((Map<?, ?>) value).entrySet());
        } else if (value != null && value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
        }
        return items;
    }

    /** Whether Spring's extension is registered on the class: {@code @ExtendWith}, meta-annotated, inherited or enclosing. */
    private static boolean usesSpring(Class<?> testClass) {
        Set<Class<?>> visited = new HashSet<>();
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Annotation annotation : level.getDeclaredAnnotations()) {
                    if (extendsWithSpring(annotation, visited)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean extendsWithSpring(Annotation annotation, Set<Class<?>> visited) {
        Class<? extends Annotation> type = annotation.annotationType();
        if (type.getName().equals(EXTEND_WITH)) {
            try {
                for (Object extension : items(type.getMethod("value").invoke(annotation))) {
                    if (((Class<?>) extension).getName().equals(EXTENSION)) {
                        return true;
                    }
                }
            } catch (ReflectiveOperationException unreadable) {
                return false;
            }
            return false;
        }
        if (type.getName().equals(EXTEND_WITH.replace("ExtendWith", "Extensions"))) {
            try {
                for (Object inner : items(type.getMethod("value").invoke(annotation))) {
                    if (extendsWithSpring((Annotation) inner, visited)) {
                        return true;
                    }
                }
            } catch (ReflectiveOperationException unreadable) {
                return false;
            }
        }
        if (!visited.add(type) || type.getName().startsWith("java.lang.annotation")) {
            return false;
        }
        for (Annotation meta : type.getDeclaredAnnotations()) {
            if (extendsWithSpring(meta, visited)) {
                return true;
            }
        }
        return false;
    }
}
