package dev.fixturebench.discovery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.api.FixtureDeclaration;
import dev.fixturebench.api.Scope;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.probe.ProbeProtocol;

/**
 * What a fork must define to build some of a suite's API fixtures, as the operands that tell it: each static fixture
 * whose method discovery named, declared on its own (the fork reads no annotation for it), and the classes to read
 * whole for the rest (sources, marked as such, and holders of methods discovery did not name), with, as reading a
 * class defines all its fixtures, what any of those uses. Indexed once per suite, asked once per fixture.
 */
final class FixtureHolders {

    private final Map<String, FixtureInfo> byName = new HashMap<>();
    private final Map<String, List<FixtureInfo>> byClass = new HashMap<>();
    private final Map<String, String> methods;
    /** Classes that generate fixtures: read whole whenever any of their fixtures is needed. */
    private final Set<String> sources = new HashSet<>();

    /** The index of {@code api}, the suite's API fixtures; {@code methods}, the method declaring each static one. */
    FixtureHolders(List<FixtureInfo> api, Map<String, String> methods) {
        this.methods = Map.copyOf(methods);
        for (FixtureInfo info : api) {
            byName.put(info.name(), info);
            byClass.computeIfAbsent(info.declaredIn(), c -> new ArrayList<>()).add(info);
            if (info.type() == FixtureType.DYNAMIC) {
                sources.add(info.declaredIn());
            }
        }
    }

    /**
     * The operands of a fork building the fixtures named {@code names}: the classes to read whole, in the order it
     * meets them, then the declared fixtures ({@link ProbeProtocol#DECLARED_OPERAND}).
     */
    List<String> of(Set<String> names) {
        Set<String> classes = new LinkedHashSet<>();
        Set<String> declared = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(names);
        while (!toVisit.isEmpty()) {
            FixtureInfo next = byName.get(toVisit.removeFirst());
            if (next == null || declared.contains(next.name())) {
                continue;
            }
            if (declarable(next)) {
                declared.add(next.name());
                toVisit.addAll(next.dependsOn());
            } else if (classes.add(next.declaredIn())) {
                for (FixtureInfo defined : byClass.get(next.declaredIn())) {
                    toVisit.addAll(defined.dependsOn());
                }
            }
        }
        List<String> operands = new ArrayList<>();
        for (String name : classes) {
            operands.add(sources.contains(name) ? ProbeProtocol.SOURCE_OPERAND + name : name);
        }
        for (String name : declared) {
            FixtureInfo info = byName.get(name);
            if (classes.contains(info.declaredIn())) {
                continue; // its class is read whole, which defines it
            }
            operands.add(ProbeProtocol.DECLARED_OPERAND + new FixtureDeclaration(info.name(), scope(info),
                    info.category(), info.declaredIn(), methods.get(name), info.dependsOn()).encoded());
        }
        return operands;
    }

    /** A static fixture whose method discovery named, in a class that generates none. */
    private boolean declarable(FixtureInfo info) {
        return info.type() == FixtureType.STATIC && methods.containsKey(info.name())
                && !sources.contains(info.declaredIn());
    }

    private static Scope scope(FixtureInfo info) {
        try {
            return Scope.valueOf(info.scope().name());
        } catch (IllegalArgumentException notTheApis) {
            throw new IllegalArgumentException("fixture '" + info.name() + "' has scope " + info.scope().label()
                    + ", which the fixture API has not", notTheApis);
        }
    }
}
