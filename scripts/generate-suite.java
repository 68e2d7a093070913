///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVAC_OPTIONS -encoding UTF-8
//DEPS info.picocli:picocli:4.7.7

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a Maven project of generated Jupiter test classes whose fixtures cost a chosen, known time (each sleeps it),
 * for the scale checks: many fixtures for the writing benchmark, many classes for the whole-suite advice, an inherited
 * {@code @BeforeEach}. Run it from the repository root: {@code ./jbang scripts/generate-suite.java --help}.
 *
 * <ul>
 *   <li>{@code api}: per class, {@code --fixtures-per-class} {@code @Fixture} methods (class {@code GenNNNNFixtures})
 *       of {@code --init-ms} each, and one test per fixture using it (class {@code GenNNNNTest});</li>
 *   <li>{@code lifecycle}: per class, a {@code @BeforeAll} of {@code --before-all-ms}, a {@code @BeforeEach} of
 *       {@code --before-each-ms} and {@code --tests-per-class} tests;</li>
 *   <li>{@code inherited}: one abstract base class whose {@code @BeforeEach} takes {@code --before-each-ms}, and
 *       {@code --classes} subclasses of {@code --tests-per-class} tests each.</li>
 * </ul>
 */
@Command(name = "generate-suite", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a Maven project of generated Jupiter test classes with fixtures of known cost.",
        footer = {"", "Examples (from the repository root):",
                "  ./jbang scripts/generate-suite.java --classes=250 /tmp/gen500",
                "      500 @Fixture methods of 5 ms; list adds 250 Class#<extensions> rows",
                "  ./jbang scripts/generate-suite.java --shape=lifecycle --classes=1000 \\",
                "      --before-all-ms=5 --before-each-ms=2 /tmp/gen1000",
                "  ./jbang scripts/generate-suite.java --shape=inherited --classes=30 \\",
                "      --before-each-ms=20 --tests-per-class=3 /tmp/inherited",
                "Then: ./jbang bench.java list --project=DIR",
                "Exit codes: 0 written, 1 could not write, 2 bad usage."})
class generate_suite implements Callable<Integer> {

    /** The package every generated class is in. */
    static final String PACKAGE = "dev.fixturebench.generated";

    /** What the generated classes look like. */
    enum Shape { API, LIFECYCLE, INHERITED }

    @Parameters(index = "0", paramLabel = "DIR",
            description = "the project folder to write (created; must be empty or absent unless --force)")
    Path dir;

    @Option(names = "--shape", defaultValue = "api", converter = ShapeConverter.class,
            description = "api, lifecycle or inherited (default: ${DEFAULT-VALUE}); see above")
    Shape shape;

    @Option(names = "--classes", defaultValue = "250",
            description = "test classes (subclasses for inherited) (default: ${DEFAULT-VALUE})")
    int classes;

    @Option(names = "--fixtures-per-class", defaultValue = "2",
            description = "api: @Fixture methods per class, each used by one test (default: ${DEFAULT-VALUE})")
    int fixturesPerClass;

    @Option(names = "--init-ms", defaultValue = "5",
            description = "api: what each @Fixture method sleeps, in ms (default: ${DEFAULT-VALUE})")
    int initMs;

    @Option(names = "--before-all-ms", defaultValue = "5",
            description = "lifecycle: what each @BeforeAll sleeps, in ms (default: ${DEFAULT-VALUE})")
    int beforeAllMs;

    @Option(names = "--before-each-ms", defaultValue = "2",
            description = "lifecycle, inherited: what each @BeforeEach sleeps, in ms (default: ${DEFAULT-VALUE})")
    int beforeEachMs;

    @Option(names = "--tests-per-class", defaultValue = "2",
            description = "lifecycle, inherited: tests per class (default: ${DEFAULT-VALUE})")
    int testsPerClass;

    @Option(names = "--force", description = "write into DIR even when it is not empty (its src/ is replaced)")
    boolean force;

    @Option(names = "--api-version", defaultValue = "0.1.0-SNAPSHOT",
            description = "the fixture API's version the api shape depends on (default: ${DEFAULT-VALUE})")
    String apiVersion;

    /** {@code --shape} by its lower-case name. */
    static final class ShapeConverter implements CommandLine.ITypeConverter<Shape> {
        @Override
        public Shape convert(String value) {
            for (Shape candidate : Shape.values()) {
                if (candidate.name().equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a shape: api, lifecycle or"
                    + " inherited");
        }
    }

    public static void main(String... args) {
        System.exit(new CommandLine(new generate_suite()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        String bad = badUsage();
        if (bad != null) {
            System.err.println("generate-suite: error: " + bad + " (see --help)");
            return 2;
        }
        if (Files.exists(dir) && !force && !isEmptyFolder(dir)) {
            System.err.println("generate-suite: error: " + dir.toAbsolutePath() + " exists and is not an empty"
                    + " folder; name a new one, or add --force to replace its src/ and pom.xml");
            return 2;
        }
        try {
            Path sources = dir.resolve("src/test/java").resolve(PACKAGE.replace('.', '/'));
            deleteTree(dir.resolve("src"));
            deleteTree(dir.resolve("target"));
            Files.createDirectories(sources);
            Files.writeString(dir.resolve("pom.xml"), pom());
            int files = 0;
            int fixtures = 0;
            switch (shape) {
                case API -> {
                    for (int i = 1; i <= classes; i++) {
                        Files.writeString(sources.resolve(name(i) + "Fixtures.java"), apiFixtures(i));
                        Files.writeString(sources.resolve(name(i) + "Test.java"), apiTest(i));
                        files += 2;
                    }
                    fixtures = classes * fixturesPerClass;
                }
                case LIFECYCLE -> {
                    for (int i = 1; i <= classes; i++) {
                        Files.writeString(sources.resolve(name(i) + "Test.java"), lifecycleTest(i));
                        files++;
                    }
                    fixtures = classes * 2;
                }
                case INHERITED -> {
                    Files.writeString(sources.resolve("GenBaseTest.java"), baseClass());
                    for (int i = 1; i <= classes; i++) {
                        Files.writeString(sources.resolve(name(i) + "Test.java"), subclass(i));
                    }
                    files = classes + 1;
                    fixtures = 1;
                }
            }
            Files.writeString(dir.resolve("README.md"), readme(fixtures));
            System.out.printf(Locale.ROOT, "Wrote %s: %d source file(s), %d test class(es), %d fixture(s) declared"
                    + " (%s).%nList them: ./jbang bench.java list --project=%s%n", dir.toAbsolutePath(), files,
                    classes, fixtures, describe(), dir.toAbsolutePath());
            return 0;
        } catch (IOException e) {
            System.err.println("generate-suite: error: could not write " + dir.toAbsolutePath() + ": " + e);
            return 1;
        }
    }

    /** What is wrong with the options given, or null. */
    String badUsage() {
        if (classes < 1) {
            return "--classes must be at least 1, not " + classes;
        }
        if (classes > 99_999) {
            return "--classes must be at most 99999, not " + classes;
        }
        if (shape == Shape.API && fixturesPerClass < 1) {
            return "--fixtures-per-class must be at least 1, not " + fixturesPerClass;
        }
        if (shape != Shape.API && testsPerClass < 1) {
            return "--tests-per-class must be at least 1, not " + testsPerClass;
        }
        if (initMs < 0 || beforeAllMs < 0 || beforeEachMs < 0) {
            return "a time in ms cannot be negative (--init-ms=" + initMs + ", --before-all-ms=" + beforeAllMs
                    + ", --before-each-ms=" + beforeEachMs + ")";
        }
        return null;
    }

    private String describe() {
        return switch (shape) {
            case API -> fixturesPerClass + " @Fixture method(s) of " + initMs + " ms per class";
            case LIFECYCLE -> "per class a @BeforeAll of " + beforeAllMs + " ms, a @BeforeEach of " + beforeEachMs
                    + " ms, " + testsPerClass + " test(s)";
            case INHERITED -> "one base @BeforeEach of " + beforeEachMs + " ms run before " + testsPerClass
                    + " test(s) in each of " + classes + " subclasses: " + classes * testsPerClass + " builds";
        };
    }

    static String name(int i) {
        return String.format(Locale.ROOT, "Gen%05d", i);
    }

    /** The api shape's fixture names: unique across the suite. */
    static String fixtureName(int cls, int fixture) {
        return String.format(Locale.ROOT, "gen_%05d_%d", cls, fixture);
    }

    private String apiFixtures(int i) {
        StringBuilder s = new StringBuilder(header()).append("import dev.fixturebench.api.Fixture;\n\n")
                .append("/** Generated: fixtures of ").append(initMs).append(" ms each. */\n")
                .append("public final class ").append(name(i)).append("Fixtures {\n\n")
                .append("    private ").append(name(i)).append("Fixtures() {\n    }\n");
        for (int f = 1; f <= fixturesPerClass; f++) {
            s.append("\n    @Fixture(name = \"").append(fixtureName(i, f)).append("\", category = \"Generated\")\n")
                    .append("    public static String fixture").append(f).append("() throws InterruptedException {\n")
                    .append("        Thread.sleep(").append(initMs).append(");\n")
                    .append("        return \"").append(fixtureName(i, f)).append("\";\n    }\n");
        }
        return s.append("}\n").toString();
    }

    private String apiTest(int i) {
        StringBuilder s = new StringBuilder(header())
                .append("import static org.junit.jupiter.api.Assertions.assertEquals;\n\n")
                .append("import org.junit.jupiter.api.Test;\nimport org.junit.jupiter.api.extension.ExtendWith;\n\n")
                .append("import dev.fixturebench.api.FixtureExtension;\nimport dev.fixturebench.api.Use;\n\n")
                .append("/** Generated: one test per fixture of ").append(name(i)).append("Fixtures. */\n")
                .append("@ExtendWith(FixtureExtension.class)\nclass ").append(name(i)).append("Test {\n");
        for (int f = 1; f <= fixturesPerClass; f++) {
            s.append("\n    @Test\n    void uses").append(f).append("(@Use(\"").append(fixtureName(i, f))
                    .append("\") String value) {\n        assertEquals(\"").append(fixtureName(i, f))
                    .append("\", value);\n    }\n");
        }
        return s.append("}\n").toString();
    }

    private String lifecycleTest(int i) {
        StringBuilder s = new StringBuilder(header())
                .append("import org.junit.jupiter.api.BeforeAll;\nimport org.junit.jupiter.api.BeforeEach;\n")
                .append("import org.junit.jupiter.api.Test;\n\n")
                .append("/** Generated: a @BeforeAll of ").append(beforeAllMs).append(" ms, a @BeforeEach of ")
                .append(beforeEachMs).append(" ms. */\nclass ").append(name(i)).append("Test {\n\n")
                .append("    @BeforeAll\n    static void setUpClass() throws InterruptedException {\n")
                .append("        Thread.sleep(").append(beforeAllMs).append(");\n    }\n\n")
                .append("    @BeforeEach\n    void setUp() throws InterruptedException {\n")
                .append("        Thread.sleep(").append(beforeEachMs).append(");\n    }\n");
        appendTests(s);
        return s.append("}\n").toString();
    }

    private String baseClass() {
        return header() + "import org.junit.jupiter.api.BeforeEach;\n\n"
                + "/** Generated: a @BeforeEach of " + beforeEachMs + " ms every subclass inherits. */\n"
                + "abstract class GenBaseTest {\n\n"
                + "    @BeforeEach\n    void setUp() throws InterruptedException {\n"
                + "        Thread.sleep(" + beforeEachMs + ");\n    }\n}\n";
    }

    private String subclass(int i) {
        StringBuilder s = new StringBuilder(header()).append("import org.junit.jupiter.api.Test;\n\n")
                .append("/** Generated: runs GenBaseTest's set-up before each test. */\nclass ").append(name(i))
                .append("Test extends GenBaseTest {\n");
        appendTests(s);
        return s.append("}\n").toString();
    }

    private void appendTests(StringBuilder s) {
        for (int t = 1; t <= testsPerClass; t++) {
            s.append("\n    @Test\n    void test").append(t).append("() {\n    }\n");
        }
    }

    private static String header() {
        return "// Generated by scripts/generate-suite.java: do not edit.\npackage " + PACKAGE + ";\n\n";
    }

    private String pom() {
        String api = shape != Shape.API ? "" : """
                        <dependency>
                            <groupId>dev.fixturebench</groupId>
                            <artifactId>fixture-bench-api</artifactId>
                            <version>%s</version>
                            <scope>test</scope>
                        </dependency>
                """.formatted(apiVersion);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
                    <modelVersion>4.0.0</modelVersion>

                    <!-- Generated by Fixture Bench's scripts/generate-suite.java (%s). -->
                    <groupId>dev.fixturebench.generated</groupId>
                    <artifactId>generated-suite</artifactId>
                    <version>1.0-SNAPSHOT</version>
                    <packaging>jar</packaging>

                    <properties>
                        <maven.compiler.release>17</maven.compiler.release>
                        <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                        <junit.version>5.11.4</junit.version>
                    </properties>

                    <dependencies>
                        <dependency>
                            <groupId>org.junit.jupiter</groupId>
                            <artifactId>junit-jupiter</artifactId>
                            <version>${junit.version}</version>
                            <scope>test</scope>
                        </dependency>
                %s    </dependencies>

                    <build>
                        <plugins>
                            <plugin>
                                <groupId>org.apache.maven.plugins</groupId>
                                <artifactId>maven-compiler-plugin</artifactId>
                                <version>3.13.0</version>
                            </plugin>
                            <plugin>
                                <groupId>org.apache.maven.plugins</groupId>
                                <artifactId>maven-surefire-plugin</artifactId>
                                <version>3.5.2</version>
                            </plugin>
                        </plugins>
                    </build>
                </project>
                """.formatted(describe(), api);
    }

    private String readme(int fixtures) {
        return "# Generated suite\n\nWritten by Fixture Bench's `scripts/generate-suite.java --shape="
                + shape.name().toLowerCase(Locale.ROOT) + " --classes=" + classes + "`: " + classes
                + " test class(es), " + fixtures + " fixture(s) declared; " + describe()
                + ". Each fixture sleeps its time, so that is its known cost.\n";
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
