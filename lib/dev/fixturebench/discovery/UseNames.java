package dev.fixturebench.discovery;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.fixturebench.discovery.NativeFixture.Kind;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.MethodParameterInfo;

/**
 * The fixture-API names a test asks for with {@code @Use}: on its own parameters, its class's constructors and the
 * lifecycle methods it runs, in the order JUnit resolves them.
 */
final class UseNames {

    private final TestClassModel model;

    UseNames(TestClassModel model) {
        this.model = model;
    }

    /** The names {@code test} uses when run in the last class of {@code chain} (enclosing classes first). */
    List<String> of(List<ClassInfo> chain, MethodInfo test) {
        Set<String> names = new LinkedHashSet<>();
        add(test, names);
        for (ClassInfo container : chain) {
            TestClassModel.constructors(container).forEach(constructor -> add(constructor, names));
        }
        for (Kind phase : List.of(Kind.BEFORE_ALL, Kind.BEFORE_EACH, Kind.AFTER_EACH, Kind.AFTER_ALL)) {
            for (ClassInfo container : chain) {
                for (MethodInfo method : model.effectiveMethods(container)) {
                    if (model.lifecycleKind(method) == phase) {
                        add(method, names);
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    private static void add(MethodInfo method, Set<String> names) {
        for (MethodParameterInfo parameter : method.getParameterInfo()) {
            String use = Annotations.useName(parameter);
            if (use != null) {
                names.add(use);
            }
        }
    }
}
