package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the test frameworks of a suite's class path (the JUnit Platform, JUnit 4, TestNG) and, when the suite has the
 * Platform but not its launcher, fetches the junit-platform-launcher of that same version through Maven, so forks run
 * the suite's own JUnit.
 */
final class LauncherJars {

    static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";
    /** The Platform's engine API: a class path with only its commons (through jupiter-api, say) runs nothing on it. */
    private static final Pattern PLATFORM_JAR = Pattern.compile("junit-platform-engine-(\\d[^/\\\\]*)\\.jar");
    private static final Pattern JUNIT4_JAR = Pattern.compile("junit-(4\\.[^/\\\\]*)\\.jar");
    private static final Pattern TESTNG_JAR = Pattern.compile("testng-(\\d[^/\\\\]*)\\.jar");

    private final Maven maven;
    private final Path workDirectory;

    LauncherJars(Maven maven, Path workDirectory) {
        this.maven = maven;
        this.workDirectory = workDirectory;
    }

    /**
     * The class path entries for forks: the suite's own, then a launcher matching its JUnit Platform if it has the
     * Platform but no launcher. A suite on JUnit 4 or TestNG alone needs nothing more: forks run its own framework.
     */
    SuiteClasspath complete(String description, List<Path> testClasses, List<Path> entries)
            throws SuiteException, IOException {
        Optional<String> platform = platformVersion(entries);
        Optional<String> junit4 = version(entries, JUNIT4_JAR);
        Optional<String> testng = version(entries, TESTNG_JAR);
        if (platform.isEmpty() && junit4.isEmpty() && testng.isEmpty()) {
            throw new SuiteException("The test class path of " + description + " has no test framework Fixture Bench"
                    + " runs: no JUnit Platform (junit-platform-engine), JUnit 4 (junit 4.x) or TestNG jar. Add"
                    + " org.junit.jupiter:junit-jupiter, junit:junit or org.testng:testng as a test dependency.");
        }
        List<String> frameworks = new ArrayList<>();
        platform.ifPresent(v -> frameworks.add("JUnit Platform " + v));
        junit4.ifPresent(v -> frameworks.add("JUnit " + v));
        testng.ifPresent(v -> frameworks.add("TestNG " + v));
        List<Path> launcher = platform.isEmpty() || hasLauncher(entries) ? List.of() : fetch(platform.get());
        return new SuiteClasspath(description, testClasses, entries, launcher, String.join(" + ", frameworks));
    }

    /** The version of the junit-platform jars on {@code entries}. */
    static Optional<String> platformVersion(List<Path> entries) {
        return version(entries, PLATFORM_JAR);
    }

    /** The version a jar of {@code entries} whose file name matches {@code jar} carries in its last group. */
    static Optional<String> version(List<Path> entries, Pattern jar) {
        for (Path entry : entries) {
            Matcher matcher = jar.matcher(entry.getFileName().toString());
            if (matcher.matches()) {
                return Optional.of(matcher.group(matcher.groupCount()));
            }
        }
        return Optional.empty();
    }

    private static boolean hasLauncher(List<Path> entries) {
        return entries.stream().anyMatch(e -> e.getFileName().toString().startsWith("junit-platform-launcher-"));
    }

    private List<Path> fetch(String platform) throws SuiteException, IOException {
        Path project = Files.createDirectories(workDirectory.resolve("launcher-" + platform));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.fixturebench.internal</groupId>
                  <artifactId>launcher</artifactId>
                  <version>1</version>
                  <dependencies>
                    <dependency>
                      <groupId>org.junit.platform</groupId>
                      <artifactId>junit-platform-launcher</artifactId>
                      <version>%s</version>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(platform), StandardCharsets.UTF_8);
        Path classpathFile = project.resolve("classpath.txt");
        maven.run(project.resolve("pom.xml"), "fetching junit-platform-launcher " + platform, "-q",
                DEPENDENCY_PLUGIN + ":build-classpath", "-Dmdep.outputFile=" + classpathFile);
        List<Path> launcher = new ArrayList<>(split(Files.readString(classpathFile, StandardCharsets.UTF_8)));
        launcher.removeIf(jar -> !jar.getFileName().toString().startsWith("junit-platform-launcher-"));
        return launcher;
    }

    static List<Path> split(String classpath) {
        List<Path> paths = new ArrayList<>();
        for (String entry : classpath.trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.add(Path.of(entry.trim()));
            }
        }
        return paths;
    }
}
