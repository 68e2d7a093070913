package dev.fixturebench.discovery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.fixturebench.discovery.FoundFixtures.Run;
import dev.fixturebench.discovery.NativeFixture.Kind;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;

/**
 * Collects the native JUnit fixtures that the tests of each test class run, each once under the class that declares
 * it, with the tests that use it, a test to run it with, and its scope in the class that runs it.
 */
final class NativeFixtureCollector {

    private static final String REGISTER_EXTENSION = Annotations.API + "extension.RegisterExtension";
    private static final String TEMP_DIR = Annotations.API + "io.TempDir";
    private static final Set<String> JUPITER_PARAMETERS = Set.of(Annotations.API + "TestInfo",
            Annotations.API + "TestReporter", Annotations.API + "RepetitionInfo");

    private final TestClassModel model;
    private final Annotations annotations;
    private final FoundFixtures found;

    NativeFixtureCollector(TestClassModel model, Annotations annotations, FoundFixtures found) {
        this.model = model;
        this.annotations = annotations;
        this.found = found;
    }

    /** Records every fixture a test of {@code testClass} runs, crediting it with the class's tests. */
    void collect(ClassInfo testClass, List<ClassInfo> chain) {
        List<MethodInfo> tests = model.testMethods(testClass);
        Run run = new Run(testClass, model.preferredTest(tests).getName(), tests.size());
        for (ClassInfo container : chain) {
            FixtureScope instanceScope = model.perClassInstance(container) ? FixtureScope.CLASS : FixtureScope.METHOD;
            for (ClassInfo level : TestClassModel.topDown(container)) {
                for (FieldInfo field : level.getDeclaredFieldInfo()) {
                    if (annotations.annotated(field.getAnnotationInfo(), REGISTER_EXTENSION)) {
                        record(level, FoundFixtures.order(level, field), -1, Kind.EXTENSION_FIELD, field.getName(), null,
                                field.isStatic() ? FixtureScope.CLASS : instanceScope,
                                List.of(Signatures.typeName(field.getTypeDescriptor(), false)), run);
                    } else if (annotations.annotated(field.getAnnotationInfo(), TEMP_DIR)) {
                        // JUnit fills an instance @TempDir field before each test, even with one instance per class
                        record(level, FoundFixtures.order(level, field), -1, Kind.TEMP_DIR, field.getName(), null,
                                field.isStatic() ? FixtureScope.CLASS : FixtureScope.METHOD, List.of(), run);
                    }
                }
            }
            for (MethodInfo constructor : TestClassModel.constructors(container)) {
                parameterFixtures(container, constructor, instanceScope, run);
            }
            for (MethodInfo method : model.effectiveMethods(container)) {
                Kind kind = model.lifecycleKind(method);
                if (kind != null) {
                    ClassInfo owner = method.getClassInfo();
                    FixtureScope scope = kind == Kind.BEFORE_ALL || kind == Kind.AFTER_ALL ? FixtureScope.CLASS
                            : FixtureScope.METHOD;
                    record(owner, FoundFixtures.order(owner, method), -1, kind, method.getName(), method, scope, List.of(), run);
                    parameterFixtures(owner, method, scope, run);
                }
            }
        }
        for (MethodInfo test : tests) {
            if (!model.parameterized(test)) {
                parameterFixtures(test.getClassInfo(), test, FixtureScope.METHOD,
                        new Run(testClass, test.getName(), 1));
            }
        }
        Set<String> extensions = classExtensions(chain);
        if (!extensions.isEmpty()) {
            List<String> listed = new java.util.ArrayList<>(extensions);
            QuarkusResourceCollector.testProfile(testClass).ifPresent(profile -> listed.add("@TestProfile(" + profile + ")"));
            record(testClass, -1, -1, Kind.CLASS_EXTENSIONS, "<extensions>", null, FixtureScope.CLASS,
                    List.copyOf(listed), run);
        }
    }

    /** Class-level extensions in registration order: enclosing classes first, superclasses before subclasses. */
    private Set<String> classExtensions(List<ClassInfo> chain) {
        Set<String> extensions = new LinkedHashSet<>();
        for (ClassInfo container : chain) {
            List<ClassInfo> topDown = TestClassModel.topDown(container);
            for (ClassInfo level : topDown) {
                annotations.extensions(level.getAnnotationInfo(), extensions);
            }
            for (ClassInfo level : topDown) {
                for (FieldInfo field : level.getDeclaredFieldInfo()) {
                    if (field.isStatic() && annotations.annotated(field.getAnnotationInfo(), REGISTER_EXTENSION)) {
                        extensions.add(Signatures.typeName(field.getTypeDescriptor(), false));
                    }
                }
            }
        }
        return extensions;
    }

    /** The @TempDir and resolved parameters of {@code method}; {@code @Use} and JUnit's own ones are not fixtures. */
    private void parameterFixtures(ClassInfo owner, MethodInfo method, FixtureScope scope, Run run) {
        if (model.parameterized(method)) {
            return;
        }
        MethodParameterInfo[] parameters = method.getParameterInfo();
        ClassInfo enclosing = TestClassModel.isNestedInstance(owner) ? TestClassModel.enclosing(owner) : null;
        for (int i = 0; i < parameters.length; i++) {
            MethodParameterInfo parameter = parameters[i];
            String type = Signatures.typeName(parameter.getTypeDescriptor(), false);
            boolean outerInstance = method.isConstructor() && i == 0 && enclosing != null
                    && type.equals(enclosing.getName());
            if (outerInstance || parameter.isMandated() || parameter.isSynthetic()
                    || Annotations.useName(parameter) != null || JUPITER_PARAMETERS.contains(type)) {
                continue;
            }
            Kind kind = annotations.annotated(parameter.getAnnotationInfo(), TEMP_DIR) ? Kind.TEMP_DIR
                    : Kind.RESOLVED_PARAMETER;
            String member = (method.isConstructor() ? "<init>" : method.getName())
                    + "(" + Signatures.typeName(parameter.getTypeSignatureOrTypeDescriptor(), true) + ")";
            record(owner, FoundFixtures.order(owner, method), i, kind, member, null, scope, List.of(), run);
        }
    }

    private void record(ClassInfo owner, int order, int sub, Kind kind, String member, MethodInfo method,
                        FixtureScope scope, List<String> extensions, Run run) {
        found.record(FixtureType.JUNIT, owner, order, sub, kind, member, method, scope, extensions, run);
    }

    /** The fixtures found, by declaring class, then member order. */
    List<NativeFixture> fixtures() {
        return found.fixtures();
    }
}
