package dev.fixturebench.discovery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.discovery.FoundFixtures.Run;
import dev.fixturebench.discovery.NativeFixture.Kind;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;

/**
 * Reads JUnit 4 test classes from class files: their {@code @Test} methods, and the fixtures they run, each once under
 * the class that declares it — {@code @BeforeClass}/{@code @AfterClass} and {@code @ClassRule} (class scope),
 * {@code @Before}/{@code @After} and {@code @Rule} (method scope), a {@code Parameterized} class's {@code @Parameters}
 * method, and for a class under another {@code @RunWith} runner, that runner's set-up.
 */
final class JUnit4FixtureCollector {

    static final String JUNIT = "org.junit.";
    private static final String TEST = JUNIT + "Test";
    static final String TEST_CASE = "junit.framework.TestCase";
    private static final String IGNORE = JUNIT + "Ignore";
    private static final String RUN_WITH = JUNIT + "runner.RunWith";
    private static final String PARAMETERIZED = JUNIT + "runners.Parameterized";
    private static final String PARAMETERS = PARAMETERIZED + "$Parameters";
    private static final String CLASS_RULE = JUNIT + "ClassRule";
    private static final String RULE = JUNIT + "Rule";
    /** Runners the probe replaces with its own timed one. */
    private static final Set<String> TIMEABLE = Set.of(JUNIT + "runners.JUnit4", JUNIT + "runners.BlockJUnit4ClassRunner",
            PARAMETERIZED);
    /** Runners that gather other classes rather than run tests of their own. */
    private static final Set<String> AGGREGATING = Set.of(JUNIT + "runners.Suite",
            JUNIT + "experimental.categories.Categories", JUNIT + "experimental.runners.Enclosed");
    private static final Map<String, Kind> METHODS = Map.of(JUNIT + "BeforeClass", Kind.BEFORE_CLASS,
            JUNIT + "AfterClass", Kind.AFTER_CLASS, JUNIT + "Before", Kind.BEFORE, JUNIT + "After", Kind.AFTER);
    /** The annotations that make a method a fixture, each collected on its own as JUnit does. */
    private static final List<String> FIXTURE_METHODS = List.of(JUNIT + "BeforeClass", JUNIT + "AfterClass",
            JUNIT + "Before", JUNIT + "After", CLASS_RULE, RULE, PARAMETERS);

    private final TestClassModel model;
    private final Annotations annotations;
    private final FoundFixtures found;

    JUnit4FixtureCollector(TestClassModel model, Annotations annotations, FoundFixtures found) {
        this.model = model;
        this.annotations = annotations;
        this.found = found;
    }

    /**
     * A class JUnit 4 runs: public, concrete, top level or static nested, with {@code @Test} methods, or a JUnit
     * 3-style {@code TestCase} with {@code test…} methods.
     */
    boolean isTestClass(ClassInfo c) {
        if (!c.isStandardClass() || c.isAbstract() || !c.isPublic() || c.isAnonymousInnerClass()
                || TestClassModel.isNestedInstance(c) || c.getFullyQualifiedDefiningMethodName() != null) {
            return false;
        }
        String runner = runner(c);
        return (runner == null || !AGGREGATING.contains(runner)) && !testMethods(c).isEmpty();
    }

    /**
     * The {@code @Test} methods of {@code c}, inherited ones included; of a JUnit 3-style {@code TestCase}, its public
     * {@code test…} methods without parameters, as JUnit 3's {@code TestSuite} finds them.
     */
    List<MethodInfo> testMethods(ClassInfo c) {
        if (junit3(c)) {
            return model.effectiveMethods(c).stream()
                    .filter(m -> !m.isStatic() && m.isPublic() && m.getName().startsWith("test")
                            && m.getParameterInfo().length == 0 && !m.getClassInfo().getName().startsWith("junit."))
                    .toList();
        }
        return annotatedMethods(c, TEST).stream().filter(m -> !m.isStatic() && m.isPublic()).toList();
    }

    /** Whether {@code c} is a JUnit 3-style test: a {@code junit.framework.TestCase} run by no runner of its own. */
    static boolean junit3(ClassInfo c) {
        return c.extendsSuperclass(TEST_CASE) && runner(c) == null;
    }

    /**
     * A JUnit 3-style class's fixtures: the {@code setUp()} and {@code tearDown()} it runs (the most derived
     * overrides below {@code TestCase}), or where it builds its own {@code suite()}, that suite's set-up as a runner.
     */
    private void collectJUnit3(ClassInfo testClass, Run run) {
        boolean ownSuite = testClass.getDeclaredMethodInfo("suite").stream().anyMatch(MethodInfo::isStatic);
        if (ownSuite) {
            found.record(FixtureType.JUNIT4, testClass, -1, -1, Kind.RUNNER, "<runner>", null, FixtureScope.CLASS,
                    List.of(TEST_CASE + " (its suite())"), run);
            return;
        }
        for (String name : List.of("setUp", "tearDown")) {
            model.effectiveMethods(testClass).stream()
                    .filter(m -> m.getName().equals(name) && m.getParameterInfo().length == 0 && !m.isStatic()
                            && !m.getClassInfo().getName().startsWith("junit."))
                    .findFirst()
                    .ifPresent(m -> found.record(FixtureType.JUNIT4, m.getClassInfo(),
                            FoundFixtures.order(m.getClassInfo(), m), -1, name.equals("setUp") ? Kind.BEFORE : Kind.AFTER,
                            name, m, FixtureScope.METHOD, List.of(), run));
        }
    }

    /**
     * The methods of {@code c} and its superclasses that carry {@code annotation}, as JUnit 4's {@code TestClass}
     * collects them: per annotation, a method hides a superclass's one of the same signature only where it carries
     * the annotation too (an override without it still runs under the superclass's), superclasses' first.
     */
    private List<MethodInfo> annotatedMethods(ClassInfo c, String annotation) {
        List<List<MethodInfo>> levels = new ArrayList<>();
        Set<String> signatures = new HashSet<>();
        for (ClassInfo level : TestClassModel.hierarchy(c)) {
            List<MethodInfo> kept = new ArrayList<>();
            for (MethodInfo method : level.getDeclaredMethodInfo()) {
                if (method.isSynthetic() || method.isBridge()
                        || !annotations.annotated(method.getAnnotationInfo(), annotation)) {
                    continue;
                }
                if (signatures.add(TestClassModel.signature(method))) {
                    kept.add(method);
                }
            }
            levels.add(kept);
        }
        Collections.reverse(levels);
        return levels.stream().flatMap(List::stream).toList();
    }

    /** Records every fixture a test of {@code testClass} runs, crediting it with the class's tests. */
    void collect(ClassInfo testClass) {
        List<MethodInfo> tests = testMethods(testClass);
        Run run = new Run(testClass, preferred(tests).getName(), tests.size());
        if (junit3(testClass)) {
            collectJUnit3(testClass, run);
            return;
        }
        String runner = runner(testClass);
        if (runner != null && !TIMEABLE.contains(runner)) {
            found.record(FixtureType.JUNIT4, testClass, -1, -1, Kind.RUNNER, "<runner>", null, FixtureScope.CLASS,
                    List.of(runner), run);
            return;
        }
        for (String annotation : List.of(CLASS_RULE, RULE)) {
            // a field hides a superclass's field of the same name among the fields with its annotation, as JUnit's
            // TestClass sees it
            Set<String> shadowed = new HashSet<>();
            for (ClassInfo level : TestClassModel.hierarchy(testClass)) {
                for (FieldInfo field : level.getDeclaredFieldInfo()) {
                    if (!annotations.annotated(field.getAnnotationInfo(), annotation) || !shadowed.add(field.getName())
                            || field.isStatic() != annotation.equals(CLASS_RULE)) {
                        continue;
                    }
                    boolean classRule = annotation.equals(CLASS_RULE);
                    found.record(FixtureType.JUNIT4, level, FoundFixtures.order(level, field), -1,
                            classRule ? Kind.CLASS_RULE : Kind.RULE, field.getName(), null,
                            classRule ? FixtureScope.CLASS : FixtureScope.METHOD, List.of(), run);
                }
            }
        }
        for (String annotation : FIXTURE_METHODS) {
            for (MethodInfo method : annotatedMethods(testClass, annotation)) {
                ClassInfo owner = method.getClassInfo();
                Kind kind = kind(method);
                if (kind == null || kind == Kind.PARAMETERS && !PARAMETERIZED.equals(runner)) {
                    continue;
                }
                FixtureScope scope = kind == Kind.BEFORE || kind == Kind.AFTER || kind == Kind.RULE
                        ? FixtureScope.METHOD : FixtureScope.CLASS;
                found.record(FixtureType.JUNIT4, owner, FoundFixtures.order(owner, method), -1, kind,
                        method.getName(), method, scope, List.of(), run);
            }
        }
    }

    /** The kind of fixture {@code method} is, or null: a lifecycle method, a rule method, a parameters method. */
    private Kind kind(MethodInfo method) {
        for (Map.Entry<String, Kind> lifecycle : METHODS.entrySet()) {
            if (annotations.annotated(method.getAnnotationInfo(), lifecycle.getKey())) {
                return lifecycle.getValue();
            }
        }
        if (annotations.annotated(method.getAnnotationInfo(), CLASS_RULE) && method.isStatic()) {
            return Kind.CLASS_RULE;
        }
        if (annotations.annotated(method.getAnnotationInfo(), RULE) && !method.isStatic()) {
            return Kind.RULE;
        }
        if (annotations.annotated(method.getAnnotationInfo(), PARAMETERS) && method.isStatic()) {
            return Kind.PARAMETERS;
        }
        return null;
    }

    /** The test a fork runs: one not {@code @Ignore}d where there is one, else the first. */
    private MethodInfo preferred(List<MethodInfo> tests) {
        List<MethodInfo> ranked = new ArrayList<>(tests);
        ranked.sort(Comparator.comparingInt(m -> annotations.annotated(m.getAnnotationInfo(), IGNORE) ? 1 : 0));
        return ranked.get(0);
    }

    /** The runner {@code @RunWith} names on {@code c} or a superclass (it is inherited), or null. */
    private static String runner(ClassInfo c) {
        for (ClassInfo level : TestClassModel.hierarchy(c)) {
            AnnotationInfo runWith = level.getAnnotationInfo(RUN_WITH);
            if (runWith != null && runWith.getParameterValues().getValue("value") instanceof AnnotationClassRef ref) {
                return ref.getName();
            }
        }
        return null;
    }
}
