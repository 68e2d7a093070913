package dev.fixturebench.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.discovery.NativeFixture.Kind;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.JavaNames;

import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.MethodInfo;

/**
 * The native fixtures a framework's collector found across test classes, each once under the class that declares
 * it: who uses it, a test to run it with, and its scope in the class that runs it; named when all are in.
 */
final class FoundFixtures {

    private final Map<String, Found> found = new LinkedHashMap<>();

    /** A concrete test class, the test to run a fixture with, and how many test cases a fixture it runs is used by. */
    record Run(ClassInfo testClass, String method, int tests) {
    }

    /**
     * Records that {@code run} runs a fixture declared by {@code owner} at {@code order} (its {@link #order} in the
     * class file; {@code sub} tells parameters of one method apart), crediting it with the run's tests.
     */
    void record(FixtureType type, ClassInfo owner, int order, int sub, Kind kind, String member, MethodInfo method,
                FixtureScope scope, List<String> extensions, Run run) {
        Found fixture = found.computeIfAbsent(owner.getName() + "#" + order + "/" + sub,
                key -> new Found(type, owner.getName(), order, sub, kind, member, method, extensions));
        fixture.usedBy += run.tests();
        boolean runsInOwner = run.testClass().getName().equals(owner.getName());
        if (fixture.runClass == null || runsInOwner && !fixture.runClass.equals(owner.getName())) {
            // the scope of an instance member is the lifecycle of the class that runs it, not of its declarer
            fixture.runClass = run.testClass().getName();
            fixture.runMethod = run.method();
            fixture.scope = scope;
        }
    }

    /**
     * The fixtures by declaring class, then member order. An overloaded lifecycle method's name carries its
     * parameter types; a name taken already is qualified with the package.
     */
    List<NativeFixture> fixtures() {
        List<Found> ordered = new ArrayList<>(found.values());
        ordered.sort(Comparator.comparing((Found f) -> f.owner).thenComparingInt(f -> f.order)
                .thenComparingInt(f -> f.sub));
        Map<String, Integer> members = new HashMap<>();
        ordered.forEach(f -> members.merge(f.owner + "#" + f.member, 1, Integer::sum));
        Set<String> names = new HashSet<>();
        List<NativeFixture> fixtures = new ArrayList<>();
        for (Found f : ordered) {
            boolean overloaded = f.method != null && members.get(f.owner + "#" + f.member) > 1;
            String member = overloaded ? Signatures.method(f.method, true) : f.member;
            String simple = JavaNames.simpleName(f.owner);
            String name = simple + "#" + member;
            if (!names.add(name)) {
                String qualified = JavaNames.packagePrefix(f.owner) + simple + "#" + member;
                name = qualified;
                for (int n = 2; !names.add(name); n++) {
                    name = qualified + "~" + n;
                }
            }
            String signature = f.method == null ? null : Signatures.method(f.method, false);
            fixtures.add(new NativeFixture(new FixtureInfo(name, f.type, f.scope, "", f.owner, List.of()), f.kind,
                    f.runClass, f.runMethod, signature, f.extensions, f.usedBy));
        }
        return fixtures;
    }

    /** Position of a field or method in its class file: fields first, then methods and constructors. */
    static int order(ClassInfo owner, FieldInfo field) {
        return owner.getDeclaredFieldInfo().indexOf(field);
    }

    static int order(ClassInfo owner, MethodInfo method) {
        return owner.getDeclaredFieldInfo().size() + owner.getDeclaredMethodAndConstructorInfo().indexOf(method);
    }

    /** A fixture being collected across the test classes that run it. */
    private static final class Found {
        final FixtureType type;
        final String owner;
        final int order;
        final int sub;
        final Kind kind;
        final String member;
        final MethodInfo method;
        final List<String> extensions;
        int usedBy;
        String runClass;
        String runMethod;
        FixtureScope scope;

        Found(FixtureType type, String owner, int order, int sub, Kind kind, String member, MethodInfo method,
              List<String> extensions) {
            this.type = type;
            this.owner = owner;
            this.order = order;
            this.sub = sub;
            this.kind = kind;
            this.member = member;
            this.method = method;
            this.extensions = extensions;
        }
    }
}
