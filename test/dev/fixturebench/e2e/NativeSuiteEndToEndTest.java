package dev.fixturebench.e2e;

import static dev.fixturebench.e2e.BenchEndToEndTest.bench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool on suites nobody wrote for it: examples/junit-native (native JUnit fixtures only), as a multi-module
 * build, through a class path, and on directories that are not buildable projects.
 */
@Tag("e2e")
class NativeSuiteEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> byName(JsonNode fixtures) {
        Map<String, JsonNode> named = new HashMap<>();
        fixtures.forEach(f -> named.put(f.get("name").asText(), f));
        return named;
    }

    @Test
    void measuresALifecycleMethodAndTheClassExtensionWork(@TempDir Path out) throws Exception {
        BenchEndToEndTest.Run run = bench("--project=examples/junit-native", "--out=" + out, "--repeat=3",
                "--baseline-runs=1", "--filter=startSlowReplica|WarmCacheTest#<extensions>");
        assertEquals(0, run.exitCode(), run.output());
        Map<String, JsonNode> fixtures = byName(JSON.readTree(out.resolve("fixture_benchmark_results.json").toFile())
                .get("fixtures"));
        JsonNode beforeAll = fixtures.get("ReplicaStoreTest#startSlowReplica");
        // the least disturbed fork: a busy machine wakes a sleeping fork late, never early
        double sleep300 = beforeAll.at("/init_ms/min").asDouble();
        assertTrue(sleep300 >= 285 && sleep300 <= 330, "a @BeforeAll sleeping 300 ms measured " + sleep300);
        assertEquals("class", beforeAll.get("scope").asText());
        assertEquals("JUnit", beforeAll.get("category").asText());
        assertEquals(4, beforeAll.get("used_by").asInt());
        double sleep400 = fixtures.get("WarmCacheTest#<extensions>").at("/init_ms/min").asDouble();
        assertTrue(sleep400 >= 380 && sleep400 <= 440, "an extension sleeping 400 ms in beforeAll measured " + sleep400);
    }

    @Test
    void listsEveryKindOfNativeFixtureAsJson() throws Exception {
        BenchEndToEndTest.Run run = bench("list", "--project=examples/junit-native", "--format=json");
        assertEquals(0, run.exitCode(), run.output());
        JsonNode listing = JSON.readTree(run.output().substring(run.output().indexOf('{')));
        Map<String, JsonNode> fixtures = byName(listing.get("fixtures"));
        assertEquals("method", fixtures.get("FileIndexTest#docs").get("scope").asText(), "an instance @TempDir field");
        assertEquals("class", fixtures.get("StoreServerTest#SERVER").get("scope").asText(), "a static @RegisterExtension");
        assertEquals("method", fixtures.get("StoreServerTest#budget").get("scope").asText(), "an instance one");
        assertEquals(9, fixtures.get("KeyValueStoreContract#createSeededStore").get("used_by").asInt(),
                "an inherited @BeforeEach, listed once, used by both subclasses' tests");
        assertTrue(fixtures.containsKey("StoreServerTest#seedGreeting(HttpClient)"), "a resolved parameter");
        assertEquals(32, listing.get("tests").asInt());
    }

    @Test
    void buildsOneModuleOfAMultiModuleProject(@TempDir Path root) throws Exception {
        copy(Path.of("examples/junit-native"), root.resolve("store"));
        Files.writeString(root.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.fixturebench.examples</groupId>
                  <artifactId>aggregate</artifactId>
                  <version>1.0-SNAPSHOT</version>
                  <packaging>pom</packaging>
                  <modules><module>store</module></modules>
                </project>
                """);
        BenchEndToEndTest.Run listed = bench("list", "--project=" + root, "--module=store", "--type=junit",
                "--filter=startSlowReplica");
        assertEquals(0, listed.exitCode(), listed.output());
        assertTrue(listed.output().contains("ReplicaStoreTest#startSlowReplica"), listed.output());
        BenchEndToEndTest.Run missing = bench("list", "--project=" + root, "--module=shop");
        assertEquals(2, missing.exitCode(), missing.output());
        assertTrue(missing.output().contains("Module 'shop' does not exist") && missing.output()
                .contains("Its modules are: store."), missing.output());
    }

    @Test
    void takesASuiteByItsClassPath(@TempDir Path work) throws Exception {
        Path classpathFile = work.resolve("cp.txt");
        Process maven = new ProcessBuilder("mvn", "-q", "-B", "-f", "examples/junit-native/pom.xml", "test-compile",
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath", "-Dmdep.includeScope=test",
                "-Dmdep.outputFile=" + classpathFile).inheritIO().start();
        assertEquals(0, maven.waitFor());
        String classPath = Files.readString(classpathFile).trim() + java.io.File.pathSeparator
                + Path.of("examples/junit-native/target/classes").toAbsolutePath();
        BenchEndToEndTest.Run run = bench("list", "--class-path=" + classPath,
                "--test-classes=examples/junit-native/target/test-classes");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("32 of 32 fixtures; 32 tests"), run.output());
    }

    @Test
    void refusesWhatIsNotABuildableProjectAndWritesNothing(@TempDir Path work) throws Exception {
        Path out = work.resolve("out");
        BenchEndToEndTest.Run absent = bench("--project=/nonexistent", "--out=" + out);
        assertEquals(2, absent.exitCode(), absent.output());
        assertTrue(absent.output().contains("--project=/nonexistent does not exist: pass the folder that holds the"
                + " suite's pom.xml."), absent.output());
        Path broken = Files.createDirectories(work.resolve("broken"));
        Files.writeString(broken.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>x");
        BenchEndToEndTest.Run unbuildable = bench("--project=" + broken, "--out=" + out);
        assertEquals(2, unbuildable.exitCode(), unbuildable.output());
        assertTrue(unbuildable.output().contains("Maven failed while compiling the tests of " + broken),
                unbuildable.output());
        assertTrue(unbuildable.output().contains("Non-readable POM"), "Maven's own last lines are shown: "
                + unbuildable.output());
        assertFalse(Files.exists(out), "nothing is written for a suite that cannot be built");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths.filter(p -> !p.toString().contains("/target"))::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
