package dev.fixturebench.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fixturebench.cache.SetupCache;

/**
 * Resolves a Maven project's test class path: compiles its tests (in a multi-module build, the named module and
 * the modules it needs), asks Maven for the test-scope dependencies, and adds a launcher of the suite's version.
 * When the suite depends on the fixture API and that jar is missing or older than its sources, installs it first.
 * Keeps the class path in the set-up cache, and takes it from there while nothing the build reads has changed.
 */
public final class MavenSuite {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<]+?)\\s*</module>");

    private final Maven maven;
    private final LauncherJars launcher;
    private final Path workDirectory;
    private final Optional<FixtureApi> api;
    private final ClasspathCache cache;

    /**
     * Builds suites in {@code workDirectory}, keeping their class paths in {@code cache}; {@code api}, if known, is the
     * fixture API build to install on demand.
     */
    public MavenSuite(Path workDirectory, Optional<FixtureApi> api, SetupCache cache) {
        this.workDirectory = workDirectory;
        this.maven = new Maven(workDirectory);
        this.launcher = new LauncherJars(maven, workDirectory);
        this.api = api;
        this.cache = new ClasspathCache(cache, api);
    }

    /**
     * A class path the cache keeps for {@code module} (or null) of {@code projectDirectory}.
     *
     * @param classpath the class path, as the build that made it gave it
     * @param built     when that build started
     */
    public record Unchanged(SuiteClasspath classpath, Instant built) {
    }

    /**
     * The class path an earlier build of {@code module} (or null) of {@code projectDirectory} made, when nothing that
     * build read has changed since and every folder and jar it names is as it left them; else empty, to build.
     */
    public Optional<Unchanged> unchanged(Path projectDirectory, String module) throws IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        if (!Files.isRegularFile(project.resolve("pom.xml"))) {
            return Optional.empty();
        }
        return cache.find(cache.key(project, module)).map(kept -> new Unchanged(kept.classpath(), kept.built()));
    }

    /** Builds the tests of {@code projectDirectory} (or of its {@code module}, when not null) and returns their class path. */
    public SuiteClasspath resolve(Path projectDirectory, String module) throws SuiteException, IOException {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path pom = project.resolve("pom.xml");
        if (!Files.isDirectory(project)) {
            throw new SuiteException("--project=" + projectDirectory + (Files.exists(project)
                    ? " is a file, not a folder" : " does not exist") + ": pass the folder that holds the suite's"
                    + " pom.xml.");
        }
        if (!Files.isRegularFile(pom)) {
            throw new SuiteException(project + " has no pom.xml, so it is not a Maven project. Pass --project=DIR"
                    + " with the folder that holds the suite's pom.xml, or --class-path and --test-classes.");
        }
        Path suite = module == null ? project : moduleDirectory(project, pom, module);
        // the inputs as they are before the build: one edited while it runs makes the next run build again
        String key = cache.key(project, module);
        Instant built = Instant.now();
        List<Path> entries;
        try {
            entries = build(project, pom, suite, module != null);
        } catch (Maven.Failure failure) {
            if (api.isEmpty() || !api.get().missingFrom(failure.output())) {
                throw explained(failure);
            }
            api.get().install(maven);
            entries = build(project, pom, suite, module != null);
        }
        if (api.isPresent() && api.get().outdatedOn(entries)) {
            api.get().install(maven);
            entries = build(project, pom, suite, module != null);
        }
        SuiteClasspath classpath = launcher.complete(suite.toString(), List.of(entries.get(0)), entries);
        cache.keep(key, classpath, built);
        return classpath;
    }

    /** Compiles the tests of {@code suite} and returns its test class path, test classes first. */
    private List<Path> build(Path project, Path pom, Path suite, boolean isModule) throws SuiteException, IOException {
        Path classpathFile = workDirectory.resolve("suite-classpath.txt");
        List<String> arguments = new ArrayList<>(List.of("-q"));
        if (isModule) {
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
        return entries;
    }

    /** The build's failure, with what to do when it is a version of the fixture API this run cannot install. */
    private SuiteException explained(Maven.Failure failure) {
        if (!failure.output().contains(FixtureApi.ANY_VERSION)) {
            return failure;
        }
        String fix = api.map(a -> " This checkout builds " + a.coordinates() + " (" + a.installCommand()
                        + "): depend on that version, or install the one the suite names from its own checkout.")
                .orElse(" This run found no checkout of Fixture Bench to build it from: in a checkout, run"
                        + " mvn -B -q -f api/pom.xml install, or depend on the JitPack build (see the README).");
        return new SuiteException("The suite depends on a version of the fixture API that is not in the local Maven"
                + " repository." + fix + "\n" + failure.getMessage());
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
