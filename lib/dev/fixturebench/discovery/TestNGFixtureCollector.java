package dev.fixturebench.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.discovery.FoundFixtures.Run;
import dev.fixturebench.discovery.NativeFixture.Kind;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;

/**
 * Reads TestNG test classes from class files: their tests ({@code @Test} on the method, or on the class for its
 * public methods) and the fixtures they run, each once under its declaring class — configuration methods from
 * {@code @BeforeSuite} (session) through {@code @BeforeTest} (a {@code <test>}), {@code @BeforeGroups} (group) and
 * {@code @BeforeClass} to {@code @BeforeMethod}, the {@code @DataProvider}s tests name, and static {@code @Factory}s.
 */
final class TestNGFixtureCollector {

    private static final String ANNOTATIONS = "org.testng.annotations.";
    private static final String TEST = ANNOTATIONS + "Test";
    private static final String DATA_PROVIDER = ANNOTATIONS + "DataProvider";
    private static final String FACTORY = ANNOTATIONS + "Factory";
    private static final String BEFORE_GROUPS = ANNOTATIONS + "BeforeGroups";
    private static final Map<String, Kind> CONFIGURATION = configuration();

    private final TestClassModel model;
    private final Annotations annotations;
    private final FoundFixtures found;
    private final Map<String, ClassInfo> classes;

    /** @param classes every class of the scan by name, where a {@code dataProviderClass} is looked up */
    TestNGFixtureCollector(TestClassModel model, Annotations annotations, FoundFixtures found,
                           Map<String, ClassInfo> classes) {
        this.model = model;
        this.annotations = annotations;
        this.found = found;
        this.classes = classes;
    }

    /** A class TestNG runs: concrete, not a non-static inner class, with tests. */
    boolean isTestClass(ClassInfo c) {
        return c.isStandardClass() && !c.isAbstract() && !c.isAnonymousInnerClass()
                && !TestClassModel.isNestedInstance(c) && c.getFullyQualifiedDefiningMethodName() == null
                && !testMethods(c).isEmpty();
    }

    /**
     * The tests of {@code c}: methods with {@code @Test}, and where {@code @Test} is on the class or a superclass,
     * every public instance method that is no configuration method, data provider or factory.
     */
    List<MethodInfo> testMethods(ClassInfo c) {
        boolean classLevel = TestClassModel.hierarchy(c).stream().anyMatch(level -> level.hasAnnotation(TEST));
        return model.effectiveMethods(c).stream()
                .filter(m -> !m.isStatic() && !m.isConstructor())
                .filter(m -> annotations.annotated(m.getAnnotationInfo(), TEST)
                        || classLevel && m.isPublic() && !m.getClassInfo().getName().startsWith("java.")
                        && kind(m) == null && !m.hasAnnotation(DATA_PROVIDER) && !m.hasAnnotation(FACTORY))
                .toList();
    }

    /** Records every fixture a test of {@code testClass} runs, crediting it with the class's tests. */
    void collect(ClassInfo testClass) {
        List<MethodInfo> tests = testMethods(testClass);
        Run run = new Run(testClass, preferred(tests, List.of()).getName(), tests.size());
        for (MethodInfo method : model.effectiveMethods(testClass)) {
            ClassInfo owner = method.getClassInfo();
            Kind kind = kind(method);
            if (kind != null) {
                // a group's configuration, or one only for some groups, runs only around a test of the group: run it
                // with one
                List<String> groups = kind == Kind.BEFORE_GROUPS || kind == Kind.AFTER_GROUPS
                        ? groups(method, "value", "groups") : groups(method, "onlyForGroups");
                Run with = groups.isEmpty() ? run : new Run(testClass, preferred(tests, groups).getName(), tests.size());
                found.record(FixtureType.TESTNG, owner, FoundFixtures.order(owner, method), -1, kind,
                        method.getName(), method, scope(kind), List.of(), with);
            } else if (method.isStatic() && annotations.annotated(method.getAnnotationInfo(), FACTORY)
                    && method.getParameterInfo().length == 0) {
                found.record(FixtureType.TESTNG, owner, FoundFixtures.order(owner, method), -1, Kind.FACTORY,
                        method.getName(), method, FixtureScope.SESSION, List.of(), run);
            }
        }
        for (MethodInfo test : tests) {
            MethodInfo provider = dataProvider(testClass, test);
            if (provider != null) {
                ClassInfo owner = provider.getClassInfo();
                found.record(FixtureType.TESTNG, owner, FoundFixtures.order(owner, provider), -1, Kind.DATA_PROVIDER,
                        provider.getName(), provider, FixtureScope.METHOD, List.of(),
                        new Run(testClass, test.getName(), 1));
            }
        }
    }

    /** The {@code @DataProvider} method {@code test} names, in its class or its {@code dataProviderClass}, or null. */
    private MethodInfo dataProvider(ClassInfo testClass, MethodInfo test) {
        AnnotationInfo annotation = test.getAnnotationInfo(TEST);
        if (annotation == null) {
            return null;
        }
        Object name = annotation.getParameterValues().getValue("dataProvider");
        if (!(name instanceof String provider) || provider.isEmpty()) {
            return null;
        }
        ClassInfo holder = testClass;
        if (annotation.getParameterValues().getValue("dataProviderClass") instanceof AnnotationClassRef ref
                && !ref.getName().equals("java.lang.Object")) { // TestNG's default: the test's own class
            holder = classes.get(ref.getName());
            if (holder == null) {
                return null; // a provider class outside the scan: no guessing at a same-named one elsewhere
            }
        }
        List<MethodInfo> candidates = new ArrayList<>(model.effectiveMethods(holder));
        holder.getDeclaredMethodInfo().stream().filter(MethodInfo::isPrivate).forEach(candidates::add);
        for (MethodInfo method : candidates) {
            AnnotationInfo declared = method.getAnnotationInfo(DATA_PROVIDER);
            if (declared != null) {
                Object declaredName = declared.getParameterValues().getValue("name");
                String named = declaredName instanceof String s && !s.isEmpty() ? s : method.getName();
                if (named.equals(provider)) {
                    return method;
                }
            }
        }
        return null;
    }

    private Kind kind(MethodInfo method) {
        for (Map.Entry<String, Kind> configuration : CONFIGURATION.entrySet()) {
            if (method.hasAnnotation(configuration.getKey())) {
                return configuration.getValue();
            }
        }
        return null;
    }

    private static FixtureScope scope(Kind kind) {
        switch (kind) {
            case BEFORE_SUITE: case AFTER_SUITE:
                return FixtureScope.SESSION;
            case BEFORE_TEST: case AFTER_TEST:
                return FixtureScope.TEST;
            case BEFORE_GROUPS: case AFTER_GROUPS:
                return FixtureScope.GROUP;
            case BEFORE_CLASS: case AFTER_CLASS:
                return FixtureScope.CLASS;
            default:
                return FixtureScope.METHOD;
        }
    }

    /**
     * The groups a TestNG annotation of {@code method} names in {@code attributes}: {@code value} or {@code groups} of
     * a {@code @BeforeGroups}, {@code onlyForGroups} of a {@code @BeforeMethod}.
     */
    private static List<String> groups(MethodInfo method, String... attributes) {
        List<String> groups = new ArrayList<>();
        for (AnnotationInfo annotation : method.getAnnotationInfo()) {
            if (annotation.getName().startsWith(ANNOTATIONS)) {
                for (String attribute : attributes) {
                    strings(annotation.getParameterValues().getValue(attribute), groups);
                }
            }
        }
        return groups;
    }

    private static void strings(Object value, List<String> into) {
        if (value instanceof Object[] array) {
            for (Object item : array) {
                into.add(String.valueOf(item));
            }
        } else if (value instanceof String s) {
            into.add(s);
        }
    }

    /**
     * The test a fork runs: in one of {@code groups} when there are any, enabled, depending on no other test, and
     * taking no data provider (the cheapest to reach), in that order of weight.
     */
    private static MethodInfo preferred(List<MethodInfo> tests, List<String> groups) {
        List<MethodInfo> ranked = new ArrayList<>(tests);
        ranked.sort(Comparator.comparingInt(test -> rank(test, groups)));
        return ranked.get(0);
    }

    private static int rank(MethodInfo test, List<String> groups) {
        AnnotationInfo annotation = test.getAnnotationInfo(TEST);
        if (annotation == null) {
            return groups.isEmpty() ? 0 : 8;
        }
        List<String> own = new ArrayList<>();
        strings(annotation.getParameterValues().getValue("groups"), own);
        int rank = groups.isEmpty() || own.stream().anyMatch(groups::contains) ? 0 : 8;
        if (Boolean.FALSE.equals(annotation.getParameterValues().getValue("enabled"))) {
            rank += 4;
        }
        Object depends = annotation.getParameterValues().getValue("dependsOnMethods");
        Object dependsOnGroups = annotation.getParameterValues().getValue("dependsOnGroups");
        if (depends instanceof Object[] d && d.length > 0 || dependsOnGroups instanceof Object[] g && g.length > 0) {
            rank += 2;
        }
        Object provider = annotation.getParameterValues().getValue("dataProvider");
        if (provider instanceof String p && !p.isEmpty()) {
            rank += 1;
        }
        return rank;
    }

    private static Map<String, Kind> configuration() {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put(ANNOTATIONS + "BeforeSuite", Kind.BEFORE_SUITE);
        kinds.put(ANNOTATIONS + "AfterSuite", Kind.AFTER_SUITE);
        kinds.put(ANNOTATIONS + "BeforeTest", Kind.BEFORE_TEST);
        kinds.put(ANNOTATIONS + "AfterTest", Kind.AFTER_TEST);
        kinds.put(BEFORE_GROUPS, Kind.BEFORE_GROUPS);
        kinds.put(ANNOTATIONS + "AfterGroups", Kind.AFTER_GROUPS);
        kinds.put(ANNOTATIONS + "BeforeClass", Kind.BEFORE_CLASS);
        kinds.put(ANNOTATIONS + "AfterClass", Kind.AFTER_CLASS);
        kinds.put(ANNOTATIONS + "BeforeMethod", Kind.BEFORE_METHOD);
        kinds.put(ANNOTATIONS + "AfterMethod", Kind.AFTER_METHOD);
        return kinds;
    }
}
