package dev.fixturebench.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.fixturebench.discovery.FoundFixtures.Run;
import dev.fixturebench.discovery.NativeFixture.Kind;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.JavaNames;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationParameterValueList;
import io.github.classgraph.ClassInfo;

/**
 * Finds the Quarkus test resources a {@code @QuarkusTest} class starts: {@code @WithTestResource} and
 * {@code @QuarkusTestResource} on it or its superclasses (repeated or not), and the unrestricted
 * {@code @QuarkusTestResource}s anywhere in the test classes, which Quarkus starts for every such class. One fixture per
 * resource class and init arguments, of class scope (session scope for an unrestricted one); and a class's
 * {@code @TestProfile}, which its <extensions> row names.
 */
final class QuarkusResourceCollector {

    private static final String QUARKUS_TEST = "io.quarkus.test.junit.QuarkusTest";
    private static final String TEST_PROFILE = "io.quarkus.test.junit.TestProfile";
    private static final String WITH_TEST_RESOURCE = "io.quarkus.test.common.WithTestResource";
    private static final String QUARKUS_TEST_RESOURCE = "io.quarkus.test.common.QuarkusTestResource";

    private final FoundFixtures found;
    private final Map<String, ClassInfo> byName;
    private final Map<String, Integer> variants = new HashMap<>();
    private final List<Run> quarkusRuns = new ArrayList<>();

    QuarkusResourceCollector(FoundFixtures found, Map<String, ClassInfo> byName) {
        this.found = found;
        this.byName = byName;
    }

    /** The simple name of the {@code @TestProfile} of a {@code @QuarkusTest} class or its superclasses. */
    static Optional<String> testProfile(ClassInfo testClass) {
        for (ClassInfo type = testClass; type != null; type = type.getSuperclass()) {
            AnnotationInfo profile = type.getAnnotationInfo(TEST_PROFILE);
            if (profile != null && profile.getParameterValues().getValue("value") instanceof AnnotationClassRef ref) {
                return Optional.of(JavaNames.simpleName(ref.getName()));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code testClass} runs under Quarkus: {@code @QuarkusTest} on it, a superclass or an annotation of it. */
    private static boolean isQuarkusTest(ClassInfo testClass) {
        for (ClassInfo type = testClass; type != null; type = type.getSuperclass()) {
            if (type.hasAnnotation(QUARKUS_TEST)) {
                return true;
            }
        }
        return false;
    }

    /** Records the resources {@code run}'s class starts, crediting each with the class's tests. */
    void collect(Run run) {
        if (!isQuarkusTest(run.testClass())) {
            return;
        }
        quarkusRuns.add(run);
        for (ClassInfo type = run.testClass(); type != null; type = type.getSuperclass()) {
            for (AnnotationInfo resource : resources(type)) {
                if (!global(resource)) {
                    record(resource, FixtureScope.CLASS, run);
                }
            }
        }
    }

    /** After every class: the unrestricted {@code @QuarkusTestResource}s, used by every Quarkus test class. */
    void collectGlobal(List<ClassInfo> classes) {
        for (ClassInfo type : classes) {
            for (AnnotationInfo resource : resources(type)) {
                if (global(resource)) {
                    quarkusRuns.forEach(run -> record(resource, FixtureScope.SESSION, run));
                }
            }
        }
    }

    private static List<AnnotationInfo> resources(ClassInfo type) {
        List<AnnotationInfo> resources = new ArrayList<>();
        resources.addAll(type.getAnnotationInfoRepeatable(WITH_TEST_RESOURCE));
        resources.addAll(type.getAnnotationInfoRepeatable(QUARKUS_TEST_RESOURCE));
        return resources;
    }

    /** A {@code @QuarkusTestResource} not restricted to its class, or a resource of global scope: every class's. */
    private static boolean global(AnnotationInfo resource) {
        AnnotationParameterValueList values = resource.getParameterValues();
        Object scope = values.getValue("scope");
        if (scope != null) {
            return String.valueOf(scope).endsWith("GLOBAL");
        }
        Object restricted = values.getValue("restrictToAnnotatedClass");
        return resource.getName().equals(QUARKUS_TEST_RESOURCE) && !Boolean.TRUE.equals(restricted);
    }

    private void record(AnnotationInfo resource, FixtureScope scope, Run run) {
        Object value = resource.getParameterValues().getValue("value");
        if (!(value instanceof AnnotationClassRef ref)) {
            return;
        }
        ClassInfo manager = byName.get(ref.getName());
        if (manager == null) {
            return; // not on the scanned class path: nothing to make it from
        }
        List<String> initArgs = initArgs(resource);
        int sub = variants.computeIfAbsent(ref.getName() + initArgs, k -> variants.size());
        // order -2: no member of the class, apart from the class-level rows (-1)
        found.record(FixtureType.RESOURCE, manager, -2, sub, Kind.TEST_RESOURCE, "start", null, scope, initArgs,
                new Run(manager, "start", run.tests()));
    }

    private static List<String> initArgs(AnnotationInfo resource) {
        Set<String> arguments = new LinkedHashSet<>();
        Object value = resource.getParameterValues().getValue("initArgs");
        if (value instanceof Object[] array) {
            for (Object item : array) {
                if (item instanceof AnnotationInfo argument) {
                    arguments.add(argument.getParameterValues().getValue("name") + "="
                            + argument.getParameterValues().getValue("value"));
                }
            }
        }
        return List.copyOf(arguments);
    }
}
