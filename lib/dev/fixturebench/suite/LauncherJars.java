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
 * Finds the JUnit Platform version of a suite's class path and, when the suite lacks it, fetches the
 * junit-platform-launcher of that same version through Maven, so forks run the suite's own JUnit.
 */
final class LauncherJars {

    static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";
    private static final Pattern PLATFORM_JAR = Pattern.compile("junit-platform-(engine|commons)-(\\d[^/\\\\]*)\\.jar");

    private final Maven maven;
    private final Path workDirectory;

    LauncherJars(Maven maven, Path workDirectory) {
        this.maven = maven;
        this.workDirectory = workDirectory;
    }

    /** The class path entries for forks: the suite's own, then a matching launcher if it has none. */
    SuiteClasspath complete(String description, List<Path> testClasses, List<Path> entries)
            throws SuiteException, IOException {
        String platform = platformVersion(entries).orElseThrow(() -> new SuiteException("The test class path of "
                + description + " has no JUnit Platform (no junit-platform-engine jar). Add"
                + " org.junit.jupiter:junit-jupiter as a test dependency."));
        List<Path> launcher = hasLauncher(entries) ? List.of() : fetch(platform);
        return new SuiteClasspath(description, testClasses, entries, launcher, platform);
    }

    /** The version of the junit-platform jars on {@code entries}. */
    static Optional<String> platformVersion(List<Path> entries) {
        for (Path entry : entries) {
            Matcher matcher = PLATFORM_JAR.matcher(entry.getFileName().toString());
            if (matcher.matches()) {
                return Optional.of(matcher.group(2));
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
