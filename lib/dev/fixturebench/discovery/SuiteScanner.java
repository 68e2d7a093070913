package dev.fixturebench.discovery;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;

/**
 * Reads a suite's compiled test classes with ClassGraph and lists their tests and native fixtures: JUnit Jupiter's,
 * JUnit 4's and TestNG's, side by side where a module has more than one.
 * Nothing is loaded or initialised: only class files are parsed, so the suite's code never runs here.
 */
public final class SuiteScanner {

    private static final String DEFAULT_LIFECYCLE = "junit.jupiter.testinstance.lifecycle.default";

    private final ScanResult scan;
    private final Set<Path> roots;
    private final Map<File, Boolean> inRoots = new HashMap<>();

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
            return new SuiteScanner(result, roots).structure(perClassByDefault(testClassRoots));
        }
    }

    private SuiteStructure structure(boolean perClassByDefault) {
        Annotations annotations = new Annotations(scan);
        TestClassModel model = new TestClassModel(annotations, perClassByDefault);
        UseNames useNames = new UseNames(model);
        FoundFixtures found = new FoundFixtures();
        NativeFixtureCollector jupiter = new NativeFixtureCollector(model, annotations, found);
        JUnit4FixtureCollector junit4 = new JUnit4FixtureCollector(model, annotations, found);
        Map<String, ClassInfo> byName = new HashMap<>();
        scan.getAllClasses().forEach(c -> byName.put(c.getName(), c));
        TestNGFixtureCollector testng = new TestNGFixtureCollector(model, annotations, found, byName);
        List<ClassInfo> candidates = scan.getAllClasses().stream()
                .filter(this::inRoots)
                .sorted(Comparator.comparing(ClassInfo::getName))
                .toList();
        List<TestCase> tests = new ArrayList<>();
        for (ClassInfo testClass : candidates) {
            if (model.isContainer(testClass) && !model.testMethods(testClass).isEmpty()) {
                List<ClassInfo> chain = model.containers(testClass);
                for (MethodInfo test : model.testMethods(testClass)) {
                    tests.add(new TestCase(testClass.getName(), test.getName(), useNames.of(chain, test)));
                }
                jupiter.collect(testClass, chain);
            }
            if (junit4.isTestClass(testClass)) {
                junit4.testMethods(testClass).forEach(test ->
                        tests.add(new TestCase(testClass.getName(), test.getName(), List.of())));
                junit4.collect(testClass);
            }
            if (testng.isTestClass(testClass)) {
                testng.testMethods(testClass).forEach(test ->
                        tests.add(new TestCase(testClass.getName(), test.getName(), List.of())));
                testng.collect(testClass);
            }
        }
        return new SuiteStructure(tests, found.fixtures());
    }

    /** Whether a {@code junit-platform.properties} among the roots makes one instance per class the default. */
    private static boolean perClassByDefault(List<Path> testClassRoots) {
        for (Path root : testClassRoots) {
            Path file = root.resolve("junit-platform.properties");
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                    properties.load(reader);
                } catch (IOException unreadable) {
                    continue;
                }
                String lifecycle = properties.getProperty(DEFAULT_LIFECYCLE);
                return lifecycle != null && lifecycle.trim().toUpperCase(Locale.ROOT).equals("PER_CLASS");
            }
        }
        return false;
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
}
