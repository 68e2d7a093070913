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
 * Resolves a Maven project's test class path: compiles its tests, asks Maven for the test-scope dependencies, and
 * fetches the JUnit Platform launcher of the same version as the suite's platform when the suite lacks it.
 */
public final class MavenSuite {

    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";
    private static final Pattern PLATFORM_JAR = Pattern.compile("junit-platform-(engine|commons)-(\\d[^/\\\\]*)\\.jar");

    private final Maven maven;
    private final Path workDirectory;

    public MavenSuite(Path workDirectory) {
        this.workDirectory = workDirectory;
        this.maven = new Maven(workDirectory);
    }

    /** Builds the tests of the project in {@code projectDirectory} and returns their class path. */
    public SuiteClasspath resolve(Path projectDirectory) throws SuiteException, IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path pom = project.resolve("pom.xml");
        if (!Files.isDirectory(project)) {
            throw new SuiteException("Project directory " + project + " does not exist. Pass --project=DIR with"
                    + " the folder that holds the suite's pom.xml.");
        }
        if (!Files.isRegularFile(pom)) {
            throw new SuiteException(project + " has no pom.xml, so it is not a Maven project. Pass --project=DIR"
                    + " with the folder that holds the suite's pom.xml.");
        }
        Path classpathFile = workDirectory.resolve("suite-classpath.txt");
        maven.run(pom, "compiling the tests of " + project, "-q", "test-compile",
                DEPENDENCY_PLUGIN + ":build-classpath", "-Dmdep.includeScope=test",
                "-Dmdep.outputFile=" + classpathFile);
        List<Path> entries = new ArrayList<>();
        entries.add(project.resolve("target/test-classes"));
        entries.add(project.resolve("target/classes"));
        entries.addAll(split(Files.readString(classpathFile, StandardCharsets.UTF_8)));
        String platform = platformVersion(entries).orElseThrow(() -> new SuiteException("The test class path of "
                + project + " has no JUnit Platform (junit-platform-engine). Add org.junit.jupiter:junit-jupiter"
                + " as a test dependency."));
        List<Path> launcher = hasLauncher(entries) ? List.of() : launcher(platform);
        return new SuiteClasspath(project.toString(), entries, launcher, platform);
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

    private List<Path> launcher(String platform) throws SuiteException, IOException {
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

    private static List<Path> split(String classpath) {
        List<Path> paths = new ArrayList<>();
        for (String entry : classpath.trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                paths.add(Path.of(entry.trim()));
            }
        }
        return paths;
    }
}
