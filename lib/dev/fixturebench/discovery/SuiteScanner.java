package dev.fixturebench.discovery;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.discovery.NativeFixture.Kind;
import dev.fixturebench.model.FixtureInfo;
import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationEnumValue;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.ArrayTypeSignature;
import io.github.classgraph.BaseTypeSignature;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.HierarchicalTypeSignature;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeVariableSignature;

/**
 * Reads a suite's compiled test classes with ClassGraph and lists their tests and native JUnit fixtures.
 * Nothing is loaded or initialised: only class files are parsed, so the suite's code never runs here.
 */
public final class SuiteScanner {

    private static final String API = "org.junit.jupiter.api.";
    private static final String PLAIN_TEST = API + "Test";
    private static final String PARAMETERIZED_TEST = "org.junit.jupiter.params.ParameterizedTest";
    private static final List<String> TEST_ANNOTATIONS = List.of(PLAIN_TEST, API + "RepeatedTest",
            API + "TestFactory", API + "TestTemplate", PARAMETERIZED_TEST);
    private static final Map<String, Kind> LIFECYCLE = lifecycleAnnotations();
    private static final String NESTED = API + "Nested";
    private static final String TEST_INSTANCE = API + "TestInstance";
    private static final String EXTEND_WITH = API + "extension.ExtendWith";
    private static final String EXTENSIONS = API + "extension.Extensions";
    private static final String REGISTER_EXTENSION = API + "extension.RegisterExtension";
    private static final String TEMP_DIR = API + "io.TempDir";
    private static final String USE = "dev.fixturebench.api.Use";
    private static final Set<String> JUPITER_PARAMETERS =
            Set.of(API + "TestInfo", API + "TestReporter", API + "RepetitionInfo");
    private static final String CLASS = "class";
    private static final String METHOD = "method";

    private final ScanResult scan;
    private final Set<Path> roots;
    private final Map<File, Boolean> inRoots = new HashMap<>();
    private final Map<String, Boolean> annotatedCache = new HashMap<>();
    private final Map<String, List<MethodInfo>> effectiveMethods = new HashMap<>();
    private final Map<String, Found> found = new LinkedHashMap<>();

    private SuiteScanner(ScanResult scan, Set<Path> roots) {
        this.scan = scan;
        this.roots = roots;
    }

    /**
     * The tests and native fixtures of the classes whose class files lie in {@code testClassRoots}; superclasses
     * and annotations resolve from the roots and {@code classpath} together.
     */
    public static SuiteStructure scan(List<Path> testClassRoots, List<Path> classpath) {
        Set<Path> roots = new LinkedHashSet<>();
        testClassRoots.forEach(root -> roots.add(canonical(root)));
        Set<String> entries = new LinkedHashSet<>();
        testClassRoots.forEach(root -> entries.add(root.toAbsolutePath().normalize().toString()));
        classpath.forEach(entry -> entries.add(entry.toAbsolutePath().normalize().toString()));
        try (ScanResult result = new ClassGraph()
                .overrideClasspath(entries)
                .enableClassInfo()
                .enableMethodInfo()
                .enableFieldInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility()
                .ignoreFieldVisibility()
                .scan()) {
            return new SuiteScanner(result, roots).structure();
        }
    }

    private SuiteStructure structure() {
        List<ClassInfo> testClasses = scan.getAllClasses().stream()
                .filter(this::inRoots)
                .filter(this::isContainer)
                .filter(c -> !testMethods(c).isEmpty())
                .sorted(Comparator.comparing(ClassInfo::getName))
                .toList();
        List<TestCase> tests = new ArrayList<>();
        for (ClassInfo testClass : testClasses) {
            List<ClassInfo> chain = containers(testClass);
            for (MethodInfo test : testMethods(testClass)) {
                tests.add(new TestCase(testClass.getName(), test.getName(), uses(chain, test)));
            }
            collectFixtures(testClass, chain);
        }
        return new SuiteStructure(tests, fixtures());
    }

    // ---- which classes and methods JUnit runs --------------------------------------------------------------

    /** A class JUnit can instantiate as a test class: concrete, not private or local, static or {@code @Nested}. */
    private boolean isContainer(ClassInfo c) {
        if (!c.isStandardClass() || c.isEnum() || c.isAbstract() || c.isPrivate() || c.isAnonymousInnerClass()
                || c.getFullyQualifiedDefiningMethodName() != null) {
            return false;
        }
        if (!isNestedInstance(c)) {
            return true;
        }
        ClassInfo enclosing = enclosing(c);
        return annotated(c.getAnnotationInfo(), NESTED) && enclosing != null && isContainer(enclosing);
    }

    private static boolean isNestedInstance(ClassInfo c) {
        return c.isInnerClass() && !c.isStatic();
    }

    /** The class that immediately encloses {@code c}, or null. */
    private static ClassInfo enclosing(ClassInfo c) {
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
    private List<ClassInfo> containers(ClassInfo c) {
        List<ClassInfo> chain = new ArrayList<>();
        if (isNestedInstance(c)) {
            chain.addAll(containers(enclosing(c)));
        }
        chain.add(c);
        return chain;
    }

    /** {@code c}, its superclasses (nearest first), then the interfaces it implements. */
    private static List<ClassInfo> hierarchy(ClassInfo c) {
        List<ClassInfo> levels = new ArrayList<>();
        for (ClassInfo level = c; level != null && !"java.lang.Object".equals(level.getName());
                level = level.getSuperclass()) {
            levels.add(level);
        }
        levels.addAll(c.getInterfaces());
        return levels;
    }

    /**
     * The methods JUnit sees on {@code c}: declared or inherited, not private, abstract or synthetic, and not
     * overridden or hidden by a subclass; superclasses' first, each class's in class-file order.
     */
    private List<MethodInfo> effectiveMethods(ClassInfo c) {
        return effectiveMethods.computeIfAbsent(c.getName(), name -> {
            List<List<MethodInfo>> levels = new ArrayList<>();
            Set<String> signatures = new HashSet<>();
            for (ClassInfo level : hierarchy(c)) {
                List<MethodInfo> kept = new ArrayList<>();
                for (MethodInfo method : level.getDeclaredMethodInfo()) {
                    if (method.isSynthetic() || method.isBridge() || method.isPrivate()) {
                        continue;
                    }
                    String descriptor = method.getTypeDescriptorStr();
                    if (signatures.add(method.getName() + descriptor.substring(0, descriptor.indexOf(')') + 1))
                            && !method.isAbstract()) {
                        kept.add(method);
                    }
                }
                levels.add(kept);
            }
            Collections.reverse(levels);
            return levels.stream().flatMap(List::stream).toList();
        });
    }

    private List<MethodInfo> testMethods(ClassInfo c) {
        return effectiveMethods(c).stream()
                .filter(m -> !m.isStatic())
                .filter(m -> TEST_ANNOTATIONS.stream().anyMatch(a -> annotated(m.getAnnotationInfo(), a)))
                .toList();
    }

    private Kind lifecycleKind(MethodInfo method) {
        for (Map.Entry<String, Kind> lifecycle : LIFECYCLE.entrySet()) {
            if (annotated(method.getAnnotationInfo(), lifecycle.getKey())) {
                return lifecycle.getValue();
            }
        }
        return null;
    }

    private static List<MethodInfo> constructors(ClassInfo c) {
        return c.getDeclaredConstructorInfo().stream().filter(m -> !m.isSynthetic()).toList();
    }

    /** A plain {@code @Test} without parameters if there is one, else any {@code @Test}, else the first test. */
    private static MethodInfo preferredTest(List<MethodInfo> tests) {
        return tests.stream()
                .filter(t -> t.getAnnotationInfo(PLAIN_TEST) != null && t.getParameterInfo().length == 0)
                .findFirst()
                .or(() -> tests.stream().filter(t -> t.getAnnotationInfo(PLAIN_TEST) != null).findFirst())
                .orElse(tests.get(0));
    }

    private boolean perClassInstance(ClassInfo c) {
        AnnotationInfo testInstance = c.getAnnotationInfo(TEST_INSTANCE);
        return testInstance != null
                && testInstance.getParameterValues().getValue("value") instanceof AnnotationEnumValue lifecycle
                && "PER_CLASS".equals(lifecycle.getValueName());
    }

    // ---- annotations ---------------------------------------------------------------------------------------

    /** Whether one of {@code annotations} is {@code target} or is meta-annotated with it, at any depth. */
    private boolean annotated(AnnotationInfoList annotations, String target) {
        for (AnnotationInfo annotation : annotations) {
            String key = annotation.getName() + "->" + target;
            Boolean cached = annotatedCache.get(key);
            if (cached == null) {
                cached = metaAnnotated(annotation.getName(), target, new HashSet<>());
                annotatedCache.put(key, cached);
            }
            if (cached) {
                return true;
            }
        }
        return false;
    }

    private boolean metaAnnotated(String annotation, String target, Set<String> visited) {
        if (annotation.equals(target)) {
            return true;
        }
        if (annotation.startsWith("java.lang.annotation.") || !visited.add(annotation)) {
            return false;
        }
        ClassInfo info = scan.getClassInfo(annotation);
        if (info == null) {
            return false;
        }
        for (AnnotationInfo meta : info.getAnnotationInfo()) {
            if (metaAnnotated(meta.getName(), target, visited)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the extension classes that {@code @ExtendWith}s among {@code annotations} name, meta-annotations too. */
    private void extendWith(Iterable<AnnotationInfo> annotations, Set<String> extensions, Set<String> visited) {
        for (AnnotationInfo annotation : annotations) {
            String name = annotation.getName();
            if (name.equals(EXTEND_WITH)) {
                for (Object value : values(annotation)) {
                    if (value instanceof AnnotationClassRef ref) {
                        extensions.add(ref.getName());
                    }
                }
            } else if (name.equals(EXTENSIONS)) {
                List<AnnotationInfo> repeated = new ArrayList<>();
                for (Object value : values(annotation)) {
                    if (value instanceof AnnotationInfo extendWith) {
                        repeated.add(extendWith);
                    }
                }
                extendWith(repeated, extensions, visited);
            } else if (!name.startsWith("java.lang.annotation.") && visited.add(name)) {
                ClassInfo info = scan.getClassInfo(name);
                if (info != null) {
                    extendWith(info.getAnnotationInfo(), extensions, visited);
                }
            }
        }
    }

    private static List<Object> values(AnnotationInfo annotation) {
        Object value = annotation.getParameterValues().getValue("value");
        if (value == null) {
            return List.of();
        }
        return value instanceof Object[] array ? List.of(array) : List.of(value);
    }

    private static String useName(MethodParameterInfo parameter) {
        AnnotationInfo use = parameter.getAnnotationInfo(USE);
        return use == null ? null : String.valueOf(use.getParameterValues().getValue("value"));
    }

    // ---- tests' @Use names ---------------------------------------------------------------------------------

    private List<String> uses(List<ClassInfo> chain, MethodInfo test) {
        Set<String> names = new LinkedHashSet<>();
        addUses(test, names);
        for (ClassInfo container : chain) {
            constructors(container).forEach(constructor -> addUses(constructor, names));
        }
        for (Kind phase : List.of(Kind.BEFORE_ALL, Kind.BEFORE_EACH, Kind.AFTER_EACH, Kind.AFTER_ALL)) {
            for (ClassInfo container : chain) {
                for (MethodInfo method : effectiveMethods(container)) {
                    if (lifecycleKind(method) == phase) {
                        addUses(method, names);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static void addUses(MethodInfo method, Set<String> names) {
        for (MethodParameterInfo parameter : method.getParameterInfo()) {
            String use = useName(parameter);
            if (use != null) {
                names.add(use);
            }
        }
    }

    // ---- fixtures ------------------------------------------------------------------------------------------

    /** Records every fixture a test of {@code testClass} runs, crediting it with the class's tests. */
    private void collectFixtures(ClassInfo testClass, List<ClassInfo> chain) {
        List<MethodInfo> tests = testMethods(testClass);
        Run run = new Run(testClass, preferredTest(tests).getName(), tests.size());
        for (ClassInfo container : chain) {
            List<ClassInfo> topDown = new ArrayList<>(hierarchy(container));
            Collections.reverse(topDown);
            for (ClassInfo level : topDown) {
                for (FieldInfo field : level.getDeclaredFieldInfo()) {
                    String scope = field.isStatic() || perClassInstance(level) ? CLASS : METHOD;
                    if (annotated(field.getAnnotationInfo(), REGISTER_EXTENSION)) {
                        record(level, order(level, field), -1, Kind.EXTENSION_FIELD, field.getName(), scope,
                                List.of(typeName(field.getTypeDescriptor(), false)), run);
                    } else if (annotated(field.getAnnotationInfo(), TEMP_DIR)) {
                        record(level, order(level, field), -1, Kind.TEMP_DIR, field.getName(), scope, List.of(), run);
                    }
                }
            }
            for (MethodInfo constructor : constructors(container)) {
                parameterFixtures(container, constructor, perClassInstance(container) ? CLASS : METHOD, run);
            }
            for (MethodInfo method : effectiveMethods(container)) {
                Kind kind = lifecycleKind(method);
                if (kind != null) {
                    ClassInfo owner = method.getClassInfo();
                    String scope = kind == Kind.BEFORE_ALL || kind == Kind.AFTER_ALL ? CLASS : METHOD;
                    record(owner, order(owner, method), -1, kind, method.getName(), scope, List.of(), run);
                    parameterFixtures(owner, method, scope, run);
                }
            }
        }
        for (MethodInfo test : tests) {
            if (!annotated(test.getAnnotationInfo(), PARAMETERIZED_TEST)) {
                parameterFixtures(test.getClassInfo(), test, METHOD, new Run(testClass, test.getName(), 1));
            }
        }
        Set<String> extensions = classExtensions(chain);
        if (!extensions.isEmpty()) {
            record(testClass, -1, -1, Kind.CLASS_EXTENSIONS, "<extensions>", CLASS, List.copyOf(extensions), run);
        }
    }

    /** Class-level extensions in registration order: enclosing classes first, superclasses before subclasses. */
    private Set<String> classExtensions(List<ClassInfo> chain) {
        Set<String> extensions = new LinkedHashSet<>();
        for (ClassInfo container : chain) {
            List<ClassInfo> topDown = new ArrayList<>(hierarchy(container));
            Collections.reverse(topDown);
            for (ClassInfo level : topDown) {
                extendWith(level.getAnnotationInfo(), extensions, new HashSet<>());
            }
            for (ClassInfo level : topDown) {
                for (FieldInfo field : level.getDeclaredFieldInfo()) {
                    if (field.isStatic() && annotated(field.getAnnotationInfo(), REGISTER_EXTENSION)) {
                        extensions.add(typeName(field.getTypeDescriptor(), false));
                    }
                }
            }
        }
        return extensions;
    }

    /** The @TempDir and resolved parameters of {@code method}; {@code @Use} and JUnit's own ones are not fixtures. */
    private void parameterFixtures(ClassInfo owner, MethodInfo method, String scope, Run run) {
        if (annotated(method.getAnnotationInfo(), PARAMETERIZED_TEST)) {
            return;
        }
        MethodParameterInfo[] parameters = method.getParameterInfo();
        ClassInfo enclosing = isNestedInstance(owner) ? enclosing(owner) : null;
        for (int i = 0; i < parameters.length; i++) {
            MethodParameterInfo parameter = parameters[i];
            String type = typeName(parameter.getTypeDescriptor(), false);
            boolean outerInstance = method.isConstructor() && i == 0 && enclosing != null
                    && type.equals(enclosing.getName());
            if (outerInstance || parameter.isMandated() || parameter.isSynthetic() || useName(parameter) != null
                    || JUPITER_PARAMETERS.contains(type)) {
                continue;
            }
            Kind kind = annotated(parameter.getAnnotationInfo(), TEMP_DIR) ? Kind.TEMP_DIR : Kind.RESOLVED_PARAMETER;
            String member = (method.isConstructor() ? "<init>" : method.getName())
                    + "(" + typeName(parameter.getTypeSignatureOrTypeDescriptor(), true) + ")";
            record(owner, order(owner, method), i, kind, member, scope, List.of(), run);
        }
    }

    private void record(ClassInfo owner, int order, int sub, Kind kind, String member, String scope,
                        List<String> extensions, Run run) {
        Found fixture = found.computeIfAbsent(owner.getName() + "#" + order + "/" + sub,
                key -> new Found(owner.getName(), order, sub, kind, member, scope, extensions));
        fixture.usedBy += run.tests();
        boolean runsInOwner = run.testClass().getName().equals(owner.getName());
        if (fixture.runClass == null || runsInOwner && !fixture.runClass.equals(owner.getName())) {
            fixture.runClass = run.testClass().getName();
            fixture.runMethod = run.method();
        }
    }

    /** Fixtures by declaring class, then member order; a name taken already is qualified with the package. */
    private List<NativeFixture> fixtures() {
        List<Found> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing((Found f) -> f.owner).thenComparingInt(f -> f.order)
                .thenComparingInt(f -> f.sub));
        Set<String> names = new HashSet<>();
        List<NativeFixture> fixtures = new ArrayList<>();
        for (Found f : ordered) {
            String simple = simpleName(f.owner);
            String name = simple + "#" + f.member;
            if (!names.add(name)) {
                String qualified = packageOf(f.owner) + simple + "#" + f.member;
                name = qualified;
                for (int n = 2; !names.add(name); n++) {
                    name = qualified + "~" + n;
                }
            }
            fixtures.add(new NativeFixture(new FixtureInfo(name, "junit", f.scope, "", f.owner, List.of()), f.kind,
                    f.runClass, f.runMethod, f.extensions, f.usedBy));
        }
        return fixtures;
    }

    // ---- names and order -----------------------------------------------------------------------------------

    /** Position of a field or method in its class file: fields first, then methods and constructors. */
    private static int order(ClassInfo owner, FieldInfo field) {
        return owner.getDeclaredFieldInfo().indexOf(field);
    }

    private static int order(ClassInfo owner, MethodInfo method) {
        return owner.getDeclaredFieldInfo().size() + owner.getDeclaredMethodAndConstructorInfo().indexOf(method);
    }

    /** A type's binary name ({@code java.util.List}, {@code a.Outer$Inner}), or with {@code simple} "Outer.Inner". */
    private static String typeName(HierarchicalTypeSignature type, boolean simple) {
        if (type instanceof ClassRefTypeSignature ref) {
            return simple ? simpleName(ref.getFullyQualifiedClassName()) : ref.getFullyQualifiedClassName();
        }
        if (type instanceof ArrayTypeSignature array) {
            return typeName(array.getElementTypeSignature(), simple) + "[]".repeat(array.getNumDimensions());
        }
        if (type instanceof BaseTypeSignature base) {
            return base.getTypeStr();
        }
        if (type instanceof TypeVariableSignature variable) {
            return variable.getName();
        }
        return String.valueOf(type);
    }

    /** {@code a.b.Outer$Inner} becomes {@code Outer.Inner}. */
    static String simpleName(String binaryName) {
        return binaryName.substring(binaryName.lastIndexOf('.') + 1).replace('$', '.');
    }

    private static String packageOf(String binaryName) {
        return binaryName.substring(0, binaryName.lastIndexOf('.') + 1);
    }

    private boolean inRoots(ClassInfo c) {
        File element = c.getClasspathElementFile();
        return element != null && inRoots.computeIfAbsent(element, e -> roots.contains(canonical(e.toPath())));
    }

    private static Path canonical(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static Map<String, Kind> lifecycleAnnotations() {
        Map<String, Kind> lifecycle = new LinkedHashMap<>();
        lifecycle.put(API + "BeforeAll", Kind.BEFORE_ALL);
        lifecycle.put(API + "AfterAll", Kind.AFTER_ALL);
        lifecycle.put(API + "BeforeEach", Kind.BEFORE_EACH);
        lifecycle.put(API + "AfterEach", Kind.AFTER_EACH);
        return Collections.unmodifiableMap(lifecycle);
    }

    /** A concrete test class, the test to run it with, and how many test cases a fixture it runs is used by. */
    private record Run(ClassInfo testClass, String method, int tests) {
    }

    /** A fixture being collected across the test classes that run it. */
    private static final class Found {
        final String owner;
        final int order;
        final int sub;
        final Kind kind;
        final String member;
        final String scope;
        final List<String> extensions;
        int usedBy;
        String runClass;
        String runMethod;

        Found(String owner, int order, int sub, Kind kind, String member, String scope, List<String> extensions) {
            this.owner = owner;
            this.order = order;
            this.sub = sub;
            this.kind = kind;
            this.member = member;
            this.scope = scope;
            this.extensions = extensions;
        }
    }
}
