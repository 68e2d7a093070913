package dev.fixturebench.probe;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * Names the cached Spring application context of each test class that runs with Spring's extension: its merged
 * context configuration, Spring's own cache key, built the way Spring builds it, grouped by equality and described
 * as facets (configuration classes, profiles, properties, what each customizer compares: mocked beans, a slice's
 * controllers) so two contexts can be told apart. Reflection only: the probe depends on no Spring class, and does
 * nothing where spring-test is absent.
 */
final class SpringContexts {

    private static final String EXTENSION = "org.springframework.test.context.junit.jupiter.SpringExtension";
    private static final String EXTEND_WITH = "org.junit.jupiter.api.extension.ExtendWith";
    private static final String PACKAGE = "org.springframework.test.context.";
    /** How many objects deep a customizer is described: itself and the objects it holds. */
    private static final int DEPTH = 2;

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
     * A customizer as facets, one per thing its equality compares: its own text where its class writes one, else what
     * its fields hold (see {@link #describeFields}); its bare name where that says nothing.
     */
    private static List<String> customizer(Object customizer) {
        String name = customizer.getClass().getSimpleName();
        Set<String> facets = new LinkedHashSet<>();
        String own = text(customizer);
        if (own != null) {
            facets.add(own.startsWith("@") ? own : name + " " + own);
        } else {
            describeFields(customizer, name, 0, facets);
        }
        if (facets.isEmpty()) {
            facets.add(name);
        }
        return new ArrayList<>(facets);
    }

    /**
     * Adds {@code label field=text} per value in the fields its {@code equals} can compare (declared by that class and
     * below), one per element or map entry ({@code label key=text}); see {@link #describe} for values without text.
     */
    private static void describeFields(Object target, String label, int depth, Set<String> facets) {
        Class<?> equality = declaring(target.getClass(), "equals", Object.class);
        if (equality == Object.class && depth > 0) {
            return; // equal only to itself (a logger, a class loader, a lambda): no part of what makes keys equal
        }
        for (Class<?> type = target.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                Object value;
                try {
                    field.setAccessible(true);
                    value = field.get(target);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    continue; // a field we cannot read describes nothing
                }
                boolean several = value instanceof Collection || value instanceof Map
                        || value != null && value.getClass().isArray();
                for (Object item : several ? items(value) : Collections.singletonList(value)) {
                    describe(item, label, field.getName(), several, depth, facets);
                }
            }
            if (type == equality) {
                break; // fields above the class that declares equals are none of its concern
            }
        }
    }

    /**
     * Adds {@code item}'s facets: an annotation's, one per attribute value it sets; else its text; else its fields',
     * under its own class name when it is an element (that name alone if they say nothing), {@link #DEPTH} deep.
     */
    private static void describe(Object item, String label, String field, boolean element, int depth,
            Set<String> facets) {
        if (item == null) {
            return;
        }
        if (item instanceof Map.Entry<?, ?> entry) {
            String key = text(entry.getKey());
            String value = text(entry.getValue());
            if (key != null && value != null) {
                facets.add(label + " " + key + "=" + value);
            }
            return;
        }
        Annotation annotation = annotationOf(item);
        if (annotation != null) {
            attributes(annotation).forEach((name, value) -> {
                boolean several = value.getClass().isArray();
                for (Object each : several ? items(value) : Collections.singletonList(value)) {
                    String text = text(each);
                    if (text != null) {
                        facets.add(label + " " + name + "=" + text);
                    }
                }
            });
            return;
        }
        String text = text(item);
        if (text != null) {
            facets.add(text.startsWith("@") ? text : label + " " + field + "=" + text);
        } else if (depth + 1 < DEPTH) {
            String name = element ? item.getClass().getSimpleName() : label;
            int before = facets.size();
            describeFields(item, name, depth + 1, facets);
            if (element && facets.size() == before && declaring(item.getClass(), "equals", Object.class)
                    != Object.class) {
                facets.add(name);
            }
        }
    }

    /**
     * A value's own short text: a string, number, constant, simple class or member name, annotation, their array or
     * collection (a set's sorted), or a {@code toString} declared where its {@code equals} is or below; else null.
     */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (scalar(value)) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Class<?> type) {
            return type.getSimpleName().isEmpty() ? type.getName() : type.getSimpleName();
        }
        if (value instanceof Member member) {
            return member.getDeclaringClass().getSimpleName() + "." + member.getName();
        }
        Annotation annotation = annotationOf(value);
        if (annotation != null) {
            List<String> set = new ArrayList<>();
            attributes(annotation).forEach((name, attribute) -> set.add(name + "=" + text(attribute)));
            String type = "@" + annotation.annotationType().getSimpleName();
            return set.isEmpty() ? type : type + "(" + String.join(", ", set) + ")";
        }
        if (value instanceof Collection || value instanceof Map || value.getClass().isArray()) {
            List<String> texts = new ArrayList<>();
            for (Object item : items(value)) {
                String text = item instanceof Map.Entry<?, ?> entry
                        ? text(entry.getKey()) + "=" + text(entry.getValue()) : text(item);
                if (text != null) {
                    texts.add(text);
                }
            }
            if (value instanceof Set || value instanceof Map) {
                texts.sort(null);
            }
            return "[" + String.join(", ", texts) + "]";
        }
        Class<?> writer = declaring(value.getClass(), "toString");
        if (writer == Object.class || !declaring(value.getClass(), "equals", Object.class).isAssignableFrom(writer)) {
            return null; // its text would not say what its equality compares
        }
        String text = readable(String.valueOf(value));
        if (text == null) {
            return null;
        }
        String name = Pattern.quote(value.getClass().getSimpleName());
        if (text.matches("\\[" + name + "\\b.*\\]")) {
            text = text.substring(1, text.length() - 1);
        }
        text = text.replaceFirst("^" + name + "\\s*", "");
        return text.isEmpty() ? null : overriddenBean(value, text);
    }

    /** The annotation {@code value} is, or stands for (a merged annotation, which synthesizes it); else null. */
    private static Annotation annotationOf(Object value) {
        if (value instanceof Annotation annotation) {
            return annotation;
        }
        if (scalar(value) || value instanceof Enum || value instanceof Class || value instanceof Member
                || value instanceof Collection || value instanceof Map || value.getClass().isArray()) {
            return null;
        }
        try {
            Method synthesize = value.getClass().getMethod("synthesize");
            if (!Annotation.class.isAssignableFrom(synthesize.getReturnType())) {
                return null;
            }
            synthesize.setAccessible(true);
            return (Annotation) synthesize.invoke(value);
        } catch (ReflectiveOperationException | RuntimeException none) {
            return null;
        }
    }

    /**
     * The attributes an annotation sets to other than their defaults, by name; of two aliases ({@code @AliasFor})
     * holding the same value, only the name that sorts first.
     */
    private static Map<String, Object> attributes(Annotation annotation) {
        Map<String, Object> set = new TreeMap<>();
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Method attribute : annotation.annotationType().getDeclaredMethods()) {
            if (attribute.getParameterCount() > 0 || Modifier.isStatic(attribute.getModifiers())) {
                continue;
            }
            try {
                attribute.setAccessible(true);
                Object value = attribute.invoke(annotation);
                if (!Objects.deepEquals(value, attribute.getDefaultValue())) {
                    set.put(attribute.getName(), value);
                }
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                continue; // an attribute we cannot read describes nothing
            }
            for (Annotation meta : attribute.getDeclaredAnnotations()) {
                if (meta.annotationType().getSimpleName().equals("AliasFor")) {
                    aliases.put(attribute.getName(), aliasOf(meta));
                }
            }
        }
        aliases.forEach((name, alias) -> {
            if (alias != null && alias.compareTo(name) < 0 && set.containsKey(alias)
                    && Objects.deepEquals(set.get(alias), set.get(name))) {
                set.remove(name);
            }
        });
        return set;
    }

    /** The attribute an {@code @AliasFor} names ({@code attribute} or {@code value}), or null. */
    private static String aliasOf(Annotation aliasFor) {
        for (String attribute : List.of("attribute", "value")) {
            try {
                Object name = aliasFor.annotationType().getMethod(attribute).invoke(aliasFor);
                if (name instanceof String text && !text.isEmpty()) {
                    return text;
                }
            } catch (ReflectiveOperationException | RuntimeException unreadable) {
                // the other spelling may say it
            }
        }
        return null;
    }

    /**
     * A bean override's text ({@code @MockitoBean}, {@code @MockitoSpyBean}, {@code @TestBean}, Boot's
     * {@code @MockBean}) as {@code @MockitoBean GreetingRepository}; any other text as it is.
     */
    private static String overriddenBean(Object item, String text) {
        Matcher type = Pattern.compile("(?:beanType|typeToMock|typeToSpy) = "
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

    private static boolean scalar(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Character;
    }

    /** The most specific class that declares {@code type}'s public method {@code name}. */
    private static Class<?> declaring(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters).getDeclaringClass();
        } catch (NoSuchMethodException | RuntimeException absent) {
            return Object.class;
        }
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
