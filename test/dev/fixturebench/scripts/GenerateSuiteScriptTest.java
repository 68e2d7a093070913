package dev.fixturebench.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.api.Fixture;
import picocli.CommandLine;

/**
 * scripts/generate-suite.java writes the classes and fixtures it is asked for, with the costs asked, in sources that
 * compile against JUnit and the fixture API: the script is compiled and run in-process (no JBang, no Maven).
 */
class GenerateSuiteScriptTest {

    private static final Path SCRIPT = Path.of("scripts/generate-suite.java");
    private static final String PACKAGE_DIR = "src/test/java/dev/fixturebench/generated";

    @TempDir
    static Path compiled;

    private static Class<?> generator;

    @BeforeAll
    static void compileTheScript() throws Exception {
        Path classes = Files.createDirectories(compiled.resolve("script"));
        compile(List.of(SCRIPT), List.of(jarOf(CommandLine.class)), classes);
        generator = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GenerateSuiteScriptTest.class.getClassLoader()).loadClass("generate_suite");
    }

    private static int generate(String... args) throws Exception {
        var constructor = generator.getDeclaredConstructor();
        constructor.setAccessible(true); // the script's class is package-private, as JBang scripts' are
        Object command = constructor.newInstance();
        return new CommandLine(command).setErr(new java.io.PrintWriter(new StringWriter())).execute(args);
    }

    @Test
    void apiShapeWritesTheAskedClassesEachWithItsFixturesOfTheAskedCost(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("gen");
        assertEquals(0, generate("--shape=api", "--classes=3", "--fixtures-per-class=2", "--init-ms=7",
                project.toString()));
        Map<String, String> sources = sources(project);
        assertEquals(List.of("Gen00001Fixtures.java", "Gen00001Test.java", "Gen00002Fixtures.java",
                "Gen00002Test.java", "Gen00003Fixtures.java", "Gen00003Test.java"), List.copyOf(sources.keySet()));
        for (int i = 1; i <= 3; i++) {
            String fixtures = sources.get(String.format("Gen%05dFixtures.java", i));
            assertEquals(List.of(String.format("gen_%05d_1", i), String.format("gen_%05d_2", i)),
                    all("@Fixture\\(name = \"([^\"]+)\"", fixtures), fixtures);
            assertEquals(List.of("7", "7"), all("Thread\\.sleep\\((\\d+)\\)", fixtures), "each sleeps 7 ms");
            String test = sources.get(String.format("Gen%05dTest.java", i));
            assertEquals(all("@Fixture\\(name = \"([^\"]+)\"", fixtures), all("@Use\\(\"([^\"]+)\"\\)", test),
                    "one test uses each fixture");
        }
        assertTrue(Files.readString(project.resolve("pom.xml")).contains("<artifactId>fixture-bench-api</artifactId>"),
                "the api shape depends on the fixture API");
        compileGenerated(project);
    }

    @Test
    void lifecycleShapeWritesABeforeAllABeforeEachAndTheTestsPerClass(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("gen");
        assertEquals(0, generate("--shape=lifecycle", "--classes=3", "--before-all-ms=5", "--before-each-ms=2",
                "--tests-per-class=2", project.toString()));
        Map<String, String> sources = sources(project);
        assertEquals(3, sources.size(), sources.keySet().toString());
        for (String source : sources.values()) {
            assertEquals(1, count("@BeforeAll\n", source), source);
            assertEquals(1, count("@BeforeEach\n", source), source);
            assertEquals(2, count("@Test\n", source), source);
            assertEquals(List.of("5", "2"), all("Thread\\.sleep\\((\\d+)\\)", source), "5 ms, then 2 ms");
        }
        assertTrue(!Files.readString(project.resolve("pom.xml")).contains("fixture-bench-api"),
                "native fixtures need no fixture API");
        compileGenerated(project);
    }

    @Test
    void inheritedShapeWritesOneBaseSetUpAndTheSubclassesThatRunIt(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("gen");
        assertEquals(0, generate("--shape=inherited", "--classes=4", "--before-each-ms=20", "--tests-per-class=3",
                project.toString()));
        Map<String, String> sources = sources(project);
        assertEquals(5, sources.size(), sources.keySet().toString());
        String base = sources.remove("GenBaseTest.java");
        assertEquals(1, count("@BeforeEach\n", base), base);
        assertEquals(List.of("20"), all("Thread\\.sleep\\((\\d+)\\)", base));
        for (String subclass : sources.values()) {
            assertTrue(subclass.contains("extends GenBaseTest"), subclass);
            assertEquals(3, count("@Test\n", subclass), subclass);
            assertEquals(0, count("@Before", subclass), "only the base sets up: " + subclass);
        }
        compileGenerated(project);
    }

    @Test
    void badUsageAndAFolderInUseEndWithTwoAndWriteNothing(@TempDir Path dir) throws Exception {
        assertEquals(2, generate("--classes=0", dir.resolve("a").toString()));
        assertEquals(2, generate("--shape=cubic", dir.resolve("b").toString()));
        assertEquals(2, generate("--init-ms=-1", dir.resolve("c").toString()));
        assertEquals(2, generate("--classes=2"), "no folder named");
        Path used = Files.createDirectories(dir.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertEquals(2, generate("--classes=2", used.toString()));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(used), left.toList(), "no project was written");
        }
        try (Stream<Path> kept = Files.list(used)) {
            assertEquals(List.of(used.resolve("keep.txt")), kept.toList(), "nothing written beside it");
        }
        assertEquals(0, generate("--classes=2", "--force", used.toString()), "--force writes beside it");
        assertEquals(4, sources(used).size());
    }

    /** The generated test sources by file name, in order. */
    private static Map<String, String> sources(Path project) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.list(project.resolve(PACKAGE_DIR))) {
            for (Path file : files.toList()) {
                sources.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return sources;
    }

    /** Compiles the generated sources against JUnit's API and the fixture API, failing with javac's messages. */
    private static void compileGenerated(Path project) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.list(project.resolve(PACKAGE_DIR))) {
            files = walk.toList();
        }
        compile(files, List.of(jarOf(Test.class), jarOf(Fixture.class), jarOf(org.apiguardian.api.API.class)),
                Files.createDirectories(project.resolve("target/test-classes")));
    }

    private static void compile(List<Path> files, List<Path> classPath, Path into) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", into.toString(), "-cp",
                String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList())));
        files.forEach(file -> args.add(file.toString()));
        int exit = javac.run(null, null, null, args.toArray(String[]::new));
        assertEquals(0, exit, "javac " + String.join(" ", args) + " failed (its messages on standard error)");
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static int count(String literal, String text) {
        int n = 0;
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            n++;
        }
        return n;
    }
}
