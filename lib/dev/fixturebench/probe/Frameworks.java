package dev.fixturebench.probe;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which test framework a fork runs its baseline with: the JUnit Platform's launcher where the suite has it (JUnit 4
 * through Vintage included), else JUnit 4's own {@code JUnitCore}, else TestNG. Asked by class name, loading nothing.
 */
final class Frameworks {

    static final String PLATFORM = "org.junit.platform.launcher.core.LauncherFactory";
    static final String JUNIT4 = "org.junit.runner.JUnitCore";
    static final String TESTNG = "org.testng.TestNG";
    /** Classes of a JUnit 4 or TestNG suite on the Platform, whose engine it lacks: Surefire runs none of them. */
    static final String NONE = "none";
    private static final String JUPITER_ENGINE = "org.junit.jupiter.engine.JupiterTestEngine";
    private static final String VINTAGE_ENGINE = "org.junit.vintage.engine.VintageTestEngine";
    private static final String TESTNG_ENGINE = "org.junit.support.testng.engine.TestNGTestEngine";

    private Frameworks() {
    }

    /**
     * {@code classes} by the framework that runs them ({@link #PLATFORM}, {@link #JUNIT4}, {@link #TESTNG}, each
     * present as a key), as Surefire would run them: a class with JUnit 4's {@code @Test} methods is JUnit 4's, run by
     * the probe's JUnit 4 runners (where the Platform runs it through Vintage too); one with TestNG's {@code @Test} is
     * TestNG's, run by TestNG itself (where the Platform has TestNG's engine too); the rest are the Platform's. Where
     * the Platform lacks the engine a JUnit 4 or TestNG class needs, Surefire's Platform provider runs it not at all:
     * {@link #NONE}.
     */
    static Map<String, List<String>> partition(List<String> classes) {
        Map<String, List<String>> byFramework = new LinkedHashMap<>();
        for (String framework : List.of(PLATFORM, JUNIT4, TESTNG, NONE)) {
            byFramework.put(framework, new ArrayList<>());
        }
        boolean platform = present(PLATFORM);
        String fallback = platform ? PLATFORM : present(JUNIT4) ? JUNIT4 : TESTNG;
        String junit4 = !platform || present(VINTAGE_ENGINE) ? JUNIT4 : NONE;
        // the probe's own TestNG run times its configuration, where the Platform's engine would not
        String testng = !platform || present(TESTNG_ENGINE) ? TESTNG : NONE;
        for (String name : classes) {
            String framework = fallback;
            try {
                Class<?> testClass = Class.forName(name, false, Frameworks.class.getClassLoader());
                if (annotated(testClass, "org.junit.Test") || junit3(testClass)) {
                    framework = junit4;
                } else if (annotated(testClass, "org.testng.annotations.Test")) {
                    framework = testng;
                }
            } catch (ClassNotFoundException | LinkageError unloadable) {
                // its framework's run reports it: the Platform's where there is one
            }
            byFramework.get(framework).add(name);
        }
        return byFramework;
    }

    /** Whether {@code testClass} is a JUnit 3-style test, a {@code junit.framework.TestCase}, which JUnit 4 runs. */
    private static boolean junit3(Class<?> testClass) {
        for (Class<?> level = testClass; level != null; level = level.getSuperclass()) {
            if (level.getName().equals("junit.framework.TestCase")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code testClass}, a superclass or one of their methods carries the annotation named {@code name}. */
    private static boolean annotated(Class<?> testClass, String name) {
        for (Class<?> level = testClass; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Annotation annotation : level.getDeclaredAnnotations()) {
                if (annotation.annotationType().getName().equals(name)) {
                    return true;
                }
            }
            for (Method method : level.getDeclaredMethods()) {
                for (Annotation annotation : method.getDeclaredAnnotations()) {
                    if (annotation.annotationType().getName().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The framework a fork's baseline and archive training run: the Platform where Jupiter's engine is there to run
     * the probe's empty test, else JUnit 4's {@code JUnitCore} (a Vintage-only module too), else TestNG; null when
     * the class path has none of them.
     */
    static String forBaseline() {
        if (present(PLATFORM) && present(JUPITER_ENGINE)) {
            return PLATFORM;
        }
        if (present(JUNIT4)) {
            return JUNIT4;
        }
        return present(TESTNG) ? TESTNG : null;
    }

    static boolean present(String className) {
        try {
            Class.forName(className, false, Frameworks.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
