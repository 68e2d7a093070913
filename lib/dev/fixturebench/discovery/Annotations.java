package dev.fixturebench.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.github.classgraph.AnnotationClassRef;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.AnnotationInfoList;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodParameterInfo;
import io.github.classgraph.ScanResult;

/**
 * Reads JUnit's annotations from class files as JUnit resolves them: directly or through meta-annotations at any
 * depth ({@code @ExtendWith} inside a composed annotation), with no class loaded.
 */
final class Annotations {

    static final String API = "org.junit.jupiter.api.";
    private static final String EXTEND_WITH = API + "extension.ExtendWith";
    private static final String EXTENSIONS = API + "extension.Extensions";
    private static final String DISABLED = API + "Disabled";
    private static final String CONDITIONS = API + "condition.";
    private static final String USE = "dev.fixturebench.api.Use";

    private final ScanResult scan;
    private final Map<String, Boolean> annotatedCache = new HashMap<>();

    Annotations(ScanResult scan) {
        this.scan = scan;
    }

    /** Whether one of {@code annotations} is {@code target} or is meta-annotated with it, at any depth. */
    boolean annotated(AnnotationInfoList annotations, String target) {
        for (AnnotationInfo annotation : annotations) {
            if (annotatedCache.computeIfAbsent(annotation.getName() + "->" + target,
                    key -> reaches(annotation.getName(), target::equals, new HashSet<>()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code annotations} may switch a test off before it runs: {@code @Disabled}, one of JUnit's
     * {@code @Enabled…}/{@code @Disabled…} conditions, or an {@code @ExtendWith} (which may register an
     * {@code ExecutionCondition}), directly or composed. A hint for choosing a test to run; the fork learns the answer.
     */
    boolean mayBeDisabled(AnnotationInfoList annotations) {
        Predicate<String> switching = name -> name.equals(DISABLED) || name.startsWith(CONDITIONS)
                || name.equals(EXTEND_WITH) || name.equals(EXTENSIONS);
        return annotations.stream().anyMatch(annotation -> reaches(annotation.getName(), switching, new HashSet<>()));
    }

    /** Whether {@code annotation} matches {@code wanted} or is meta-annotated, at any depth, with one that does. */
    private boolean reaches(String annotation, Predicate<String> wanted, Set<String> visited) {
        if (wanted.test(annotation)) {
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
            if (reaches(meta.getName(), wanted, visited)) {
                return true;
            }
        }
        return false;
    }

    /** The extension classes that {@code @ExtendWith}s among {@code annotations} name, meta-annotations too. */
    void extensions(Iterable<AnnotationInfo> annotations, Set<String> extensions) {
        extendWith(annotations, extensions, new HashSet<>());
    }

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

    /** The fixture name of a {@code @Use} parameter, or null when it has none. */
    static String useName(MethodParameterInfo parameter) {
        AnnotationInfo use = parameter.getAnnotationInfo(USE);
        return use == null ? null : String.valueOf(use.getParameterValues().getValue("value"));
    }
}
