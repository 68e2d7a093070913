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
import java.util.function.Function;

import dev.fixturebench.model.JavaNames;
import dev.fixturebench.model.LeftOutClass;
import dev.fixturebench.suite.TestConventions.Role;
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

    private final Function<String, Role> roles;
    private final boolean integrationTests;

    private SuiteScanner(ScanResult scan, Set<Path> roots, Function<String, Role> roles, boolean integrationTests) {
        this.scan = scan;
        this.roots = roots;
        this.roles = roles;
        this.integrationTests = integrationTests;
    }

    /**
     * The tests and native fixtures of every test class whose class file lies in {@code testClassRoots};
     * superclasses and annotations resolve from the roots and {@code classpath} together.
     */
    public static SuiteStructure scan(List<Path> testClassRoots, List<Path> classpath) {
        return scan(testClassRoots, classpath, name -> Role.UNIT, false);
    }

    /**
     * As {@link #scan(List, List)}, but only of the test classes the build runs in {@code mvn test} by
     * {@code roles} (and its integration tests when {@code integrationTests}); the others are left out, and listed.
     */
    public static SuiteStructure scan(List<Path> testClassRoots, List<Path> classpath, Function<String, Role> roles,
                                      boolean integrationTests) {
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
            return new SuiteScanner(result, roots, roles, integrationTests).structure(perClassByDefault(testClassRoots));
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
        QuarkusResourceCollector quarkus = new QuarkusResourceCollector(found, byName);
        List<ClassInfo> candidates = scan.getAllClasses().stream()
                .filter(this::inRoots)
                .sorted(Comparator.comparing(ClassInfo::getName))
                .toList();
        List<TestCase> tests = new ArrayList<>();
        Map<String, LeftOutClass> leftOut = new java.util.TreeMap<>();
        for (ClassInfo testClass : candidates) {
            List<MethodInfo> jupiterTests = model.isContainer(testClass) ? model.testMethods(testClass) : List.of();
            boolean junit4Test = junit4.isTestClass(testClass);
            boolean testngTest = testng.isTestClass(testClass);
            boolean isTest = !jupiterTests.isEmpty() || junit4Test || testngTest;
            Role role = isTest ? roles.apply(testClass.getName()) : Role.UNIT;
            if (role == Role.NOT_RUN || role == Role.INTEGRATION && !integrationTests) {
                String topLevel = JavaNames.topLevel(testClass.getName());
                leftOut.putIfAbsent(topLevel, new LeftOutClass(topLevel, role == Role.INTEGRATION,
                        reason(role, packagedArtifactNeeded(byName.get(topLevel)))));
                continue;
            }
            if (!jupiterTests.isEmpty()) {
                List<ClassInfo> chain = model.containers(testClass);
                for (MethodInfo test : jupiterTests) {
                    tests.add(new TestCase(testClass.getName(), test.getName(), useNames.of(chain, test)));
                }
                jupiter.collect(testClass, chain);
                quarkus.collect(new FoundFixtures.Run(testClass, "", jupiterTests.size()));
            }
            if (junit4Test) {
                junit4.testMethods(testClass).forEach(test ->
                        tests.add(new TestCase(testClass.getName(), test.getName(), List.of())));
                junit4.collect(testClass);
            }
            if (testngTest) {
                testng.testMethods(testClass).forEach(test ->
                        tests.add(new TestCase(testClass.getName(), test.getName(), List.of())));
                testng.collect(testClass);
            }
        }
        quarkus.collectGlobal(candidates);
        return new SuiteStructure(tests, found.fixtures(), List.copyOf(leftOut.values()));
    }

    private static String reason(Role role, boolean needsPackage) {
        return role == Role.INTEGRATION ? "integration test: Failsafe runs it in mvn verify" + (needsPackage
                ? ", after mvn package (it tests the packaged application)" : "") + "; --integration-tests measures it"
                : "mvn test does not run it: no Surefire include names it";
    }

    /** Whether the class is an integration test of a packaged application ({@code @QuarkusIntegrationTest} and kin). */
    private static boolean packagedArtifactNeeded(ClassInfo testClass) {
        if (testClass == null) {
            return false;
        }
        for (ClassInfo type = testClass; type != null; type = type.getSuperclass()) {
            boolean packaged = type.getAnnotationInfo().stream().map(a -> a.getName())
                    .anyMatch(name -> name.startsWith("io.quarkus.test.junit.") && name.endsWith("IntegrationTest"));
            if (packaged) {
                return true;
            }
        }
        return false;
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
