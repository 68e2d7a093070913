package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a Maven project's test class path: compiles its tests (in a multi-module build, the named module and
 * the modules it needs), asks Maven for the test-scope dependencies, and adds a launcher of the suite's version.
 */
public final class MavenSuite {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<]+?)\\s*</module>");

    private final Maven maven;
    private final LauncherJars launcher;
    private final Path workDirectory;

    public MavenSuite(Path workDirectory) {
        this.workDirectory = workDirectory;
        this.maven = new Maven(workDirectory);
        this.launcher = new LauncherJars(maven, workDirectory);
    }

    /** Builds the tests of {@code projectDirectory} (or of its {@code module}, when not null) and returns their class path. */
    public SuiteClasspath resolve(Path projectDirectory, String module) throws SuiteException, IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path pom = project.resolve("pom.xml");
        if (!Files.isDirectory(project)) {
            throw new SuiteException("Project directory " + project + " does not exist. Pass --project=DIR with"
                    + " the folder that holds the suite's pom.xml.");
        }
        if (!Files.isRegularFile(pom)) {
            throw new SuiteException(project + " has no pom.xml, so it is not a Maven project. Pass --project=DIR"
                    + " with the folder that holds the suite's pom.xml, or --class-path and --test-classes.");
        }
        Path suite = module == null ? project : moduleDirectory(project, pom, module);
        Path classpathFile = workDirectory.resolve("suite-classpath.txt");
        List<String> arguments = new ArrayList<>(List.of("-q"));
        if (module != null) {
            // the module and what it needs; the module comes last in the reactor, so its class path is written last
            arguments.addAll(List.of("-pl", project.relativize(suite).toString(), "-am"));
        }
        arguments.addAll(List.of("test-compile", LauncherJars.DEPENDENCY_PLUGIN + ":build-classpath",
                "-Dmdep.includeScope=test", "-Dmdep.outputFile=" + classpathFile));
        maven.run(pom, "compiling the tests of " + suite, arguments.toArray(new String[0]));
        List<Path> entries = new ArrayList<>();
        entries.add(suite.resolve("target/test-classes"));
        entries.add(suite.resolve("target/classes"));
        entries.addAll(LauncherJars.split(Files.readString(classpathFile, StandardCharsets.UTF_8)));
        return launcher.complete(suite.toString(), List.of(entries.get(0)), entries);
    }

    private static Path moduleDirectory(Path project, Path pom, String module) throws SuiteException, IOException {
        List<String> modules = new ArrayList<>();
        Matcher matcher = MODULE.matcher(Files.readString(pom, StandardCharsets.UTF_8));
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        Path directory = project.resolve(module).normalize();
        if (!directory.startsWith(project) || !Files.isRegularFile(directory.resolve("pom.xml"))) {
            throw new SuiteException("Module '" + module + "' does not exist in " + project + ": there is no "
                    + directory + "/pom.xml. " + (modules.isEmpty()
                    ? "That pom.xml lists no modules; leave --module out."
                    : "Its modules are: " + String.join(", ", modules) + "."));
        }
        return directory;
    }
}
