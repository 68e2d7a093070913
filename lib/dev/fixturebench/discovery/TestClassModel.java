package dev.fixturebench.discovery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.discovery.NativeFixture.Kind;
import io.github.classgraph.AnnotationEnumValue;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;

/**
 * Which classes and methods Jupiter runs, read from class files: test classes, their test and lifecycle methods
 * (inherited ones included, overridden ones not), and whether a class gets one instance per test or per class.
 */
final class TestClassModel {

    static final String PLAIN_TEST = Annotations.API + "Test";
    static final String PARAMETERIZED_TEST = "org.junit.jupiter.params.ParameterizedTest";
    private static final List<String> TEST_ANNOTATIONS = List.of(PLAIN_TEST, Annotations.API + "RepeatedTest",
            Annotations.API + "TestFactory", Annotations.API + "TestTemplate", PARAMETERIZED_TEST);
    private static final Map<String, Kind> LIFECYCLE = lifecycleAnnotations();
    private static final String NESTED = Annotations.API + "Nested";
    private static final String TEST_INSTANCE = Annotations.API + "TestInstance";

    private final Annotations annotations;
    private final boolean perClassByDefault;
    private final Map<String, List<MethodInfo>> effectiveMethods = new HashMap<>();

    /**
     * @param perClassByDefault whether the suite sets {@code junit.jupiter.testinstance.lifecycle.default} to
     *                          {@code per_class}, so classes without {@code @TestInstance} get one instance per class
     */
    TestClassModel(Annotations annotations, boolean perClassByDefault) {
        this.annotations = annotations;
        this.perClassByDefault = perClassByDefault;
    }

    /** A class JUnit can instantiate as a test class: concrete, not private or local, static or {@code @Nested}. */
    boolean isContainer(ClassInfo c) {
        if (!c.isStandardClass() || c.isEnum() || c.isAbstract() || c.isPrivate() || c.isAnonymousInnerClass()
                || c.getFullyQualifiedDefiningMethodName() != null) {
            return false;
        }
        if (!isNestedInstance(c)) {
            return true;
        }
        ClassInfo enclosing = enclosing(c);
        return annotations.annotated(c.getAnnotationInfo(), NESTED) && enclosing != null && isContainer(enclosing);
    }

    static boolean isNestedInstance(ClassInfo c) {
        return c.isInnerClass() && !c.isStatic();
    }

    /** The class that immediately encloses {@code c}, or null. */
    static ClassInfo enclosing(ClassInfo c) {
        ClassInfo closest = null;
        for (ClassInfo outer : c.getOuterClasses()) {
            if (c.getName().startsWith(outer.getName() + "$")
                    && (closest == null || outer.getName().length() > closest.getName().length())) {
                closest = outer;
            }
        }
        return closest;
    }

    /** The classes whose members a test of {@code c} runs with: enclosing classes of a @Nested class first. */
    List<ClassInfo> containers(ClassInfo c) {
        List<ClassInfo> chain = new ArrayList<>();
        if (isNestedInstance(c)) {
            chain.addAll(containers(enclosing(c)));
        }
        chain.add(c);
        return chain;
    }

    /** {@code c}, its superclasses (nearest first), then the interfaces it implements. */
    static List<ClassInfo> hierarchy(ClassInfo c) {
        List<ClassInfo> levels = new ArrayList<>();
        for (ClassInfo level = c; level != null && !"java.lang.Object".equals(level.getName());
                level = level.getSuperclass()) {
            levels.add(level);
        }
        levels.addAll(c.getInterfaces());
        return levels;
    }

    /** {@link #hierarchy} from the top down: interfaces, then superclasses, the class itself last. */
    static List<ClassInfo> topDown(ClassInfo c) {
        List<ClassInfo> levels = new ArrayList<>(hierarchy(c));
        Collections.reverse(levels);
        return levels;
    }

    /**
     * The methods JUnit sees on {@code c}: declared or inherited, not private, abstract or synthetic, and not
     * overridden or hidden by a subclass; superclasses' first, each class's in class-file order.
     */
    List<MethodInfo> effectiveMethods(ClassInfo c) {
        return effectiveMethods.computeIfAbsent(c.getName(), name -> {
            List<List<MethodInfo>> levels = new ArrayList<>();
            Set<String> signatures = new HashSet<>();
            for (ClassInfo level : hierarchy(c)) {
                List<MethodInfo> kept = new ArrayList<>();
                for (MethodInfo method : level.getDeclaredMethodInfo()) {
                    if (method.isSynthetic() || method.isBridge() || method.isPrivate()) {
                        continue;
                    }
                    if (signatures.add(signature(method)) && !method.isAbstract()) {
                        kept.add(method);
                    }
                }
                levels.add(kept);
            }
            Collections.reverse(levels);
            return levels.stream().flatMap(List::stream).toList();
        });
    }

    /** A method's name and parameter types: what an override in a subclass has the same of. */
    static String signature(MethodInfo method) {
        String descriptor = method.getTypeDescriptorStr();
        return method.getName() + descriptor.substring(0, descriptor.indexOf(')') + 1);
    }

    List<MethodInfo> testMethods(ClassInfo c) {
        return effectiveMethods(c).stream()
                .filter(m -> !m.isStatic())
                .filter(m -> TEST_ANNOTATIONS.stream().anyMatch(a -> annotations.annotated(m.getAnnotationInfo(), a)))
                .toList();
    }

    /** The lifecycle phase {@code method} runs in, or null when it is no lifecycle method. */
    Kind lifecycleKind(MethodInfo method) {
        for (Map.Entry<String, Kind> lifecycle : LIFECYCLE.entrySet()) {
            if (annotations.annotated(method.getAnnotationInfo(), lifecycle.getKey())) {
                return lifecycle.getValue();
            }
        }
        return null;
    }

    boolean parameterized(MethodInfo method) {
        return annotations.annotated(method.getAnnotationInfo(), PARAMETERIZED_TEST);
    }

    static List<MethodInfo> constructors(ClassInfo c) {
        return c.getDeclaredConstructorInfo().stream().filter(m -> !m.isSynthetic()).toList();
    }

    /**
     * The test a fork runs to reach a class's fixtures: one that no condition can switch off if there is one, and
     * among those a plain {@code @Test} without parameters first (the cheapest to resolve).
     */
    MethodInfo preferredTest(List<MethodInfo> tests) {
        List<MethodInfo> ranked = new ArrayList<>(tests);
        ranked.sort(java.util.Comparator.comparingInt(this::rank));
        return ranked.get(0);
    }

    private int rank(MethodInfo test) {
        boolean plain = test.getAnnotationInfo(PLAIN_TEST) != null;
        int rank = plain && test.getParameterInfo().length == 0 ? 0 : plain ? 1 : 2;
        return annotations.mayBeDisabled(test.getAnnotationInfo()) ? rank + 3 : rank;
    }

    /**
     * Whether JUnit makes one instance of test class {@code c} for all its tests: {@code @TestInstance(PER_CLASS)}
     * on it or a superclass (the annotation is inherited), else the suite's default lifecycle.
     */
    boolean perClassInstance(ClassInfo c) {
        for (ClassInfo level : hierarchy(c)) {
            AnnotationInfo testInstance = level.getAnnotationInfo(TEST_INSTANCE);
            if (testInstance != null) {
                return testInstance.getParameterValues().getValue("value") instanceof AnnotationEnumValue lifecycle
                        && "PER_CLASS".equals(lifecycle.getValueName());
            }
        }
        return perClassByDefault;
    }

    private static Map<String, Kind> lifecycleAnnotations() {
        Map<String, Kind> lifecycle = new LinkedHashMap<>();
        lifecycle.put(Annotations.API + "BeforeAll", Kind.BEFORE_ALL);
        lifecycle.put(Annotations.API + "AfterAll", Kind.AFTER_ALL);
        lifecycle.put(Annotations.API + "BeforeEach", Kind.BEFORE_EACH);
        lifecycle.put(Annotations.API + "AfterEach", Kind.AFTER_EACH);
        return Collections.unmodifiableMap(lifecycle);
    }
}
