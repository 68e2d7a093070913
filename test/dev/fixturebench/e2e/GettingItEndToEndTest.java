package dev.fixturebench.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ways people get Fixture Bench, as the README tells them: the catalog alias ({@code ./jbang fixture-bench}),
 * the fixture API as one test dependency of a suite outside the repository, and the command {@code jbang app install}
 * puts on the PATH, run from another directory. Real JBang, real Maven; {@code app install} runs in a throw-away home.
 */
@Tag("e2e")
class GettingItEndToEndTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void theCatalogAliasPrintsTheUsageOfFixtureBench() throws Exception {
        BenchEndToEndTest.Run run = run(ROOT, Map.of(), "bash", ROOT.resolve("jbang").toString(), "fixture-bench",
                "--help");
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("Usage: fixture-bench [-hV]"), run.output());
    }

    @Test
    void aSuiteOutsideTheRepositoryWithTheApiAsItsOneTestDependencyIsMeasured(@TempDir Path temp) throws Exception {
        Path suite = Files.createDirectories(temp.resolve("greeting-suite"));
        Files.writeString(suite.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>demo</groupId>
                  <artifactId>greeting-suite</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.11.4</version>
                      <scope>test</scope>
                    </dependency>
                    <dependency>
                      <groupId>dev.fixturebench</groupId>
                      <artifactId>fixture-bench-api</artifactId>
                      <version>%s</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                      </plugin>
                      <plugin>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.2</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(apiVersion()));
        Path sources = Files.createDirectories(suite.resolve("src/test/java/demo"));
        Files.writeString(sources.resolve("GreetingFixtures.java"), """
                package demo;

                import dev.fixturebench.api.Fixture;

                public final class GreetingFixtures {
                    @Fixture
                    public static String greeting() throws InterruptedException {
                        Thread.sleep(80);
                        return "hello";
                    }
                }
                """);
        Files.writeString(sources.resolve("GreetingTest.java"), """
                package demo;

                import static org.junit.jupiter.api.Assertions.assertEquals;

                import dev.fixturebench.api.FixtureExtension;
                import dev.fixturebench.api.Use;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.extension.ExtendWith;

                @ExtendWith(FixtureExtension.class)
                class GreetingTest {
                    @Test
                    void greets(@Use("greeting") String greeting) {
                        assertEquals("hello", greeting);
                    }
                }
                """);

        // the README's install command, from the repository root; then the suite builds and its test passes
        BenchEndToEndTest.Run install = run(ROOT, Map.of(), "mvn", "-B", "-q", "-f", "api/pom.xml", "install");
        assertEquals(0, install.exitCode(), install.output());
        BenchEndToEndTest.Run build = run(suite, Map.of(), "mvn", "-B", "-q", "test");
        assertEquals(0, build.exitCode(), build.output());

        Path out = temp.resolve("report");
        BenchEndToEndTest.Run bench = BenchEndToEndTest.bench("--project=" + suite, "--type=static", "--repeat=3",
                "--baseline-runs=1", "--out=" + out);
        assertEquals(0, bench.exitCode(), bench.output());
        JsonNode fixtures = new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile())
                .get("fixtures");
        assertEquals(1, fixtures.size(), fixtures.toString());
        JsonNode greeting = fixtures.get(0);
        assertEquals("greeting", greeting.get("name").asText());
        assertEquals("static", greeting.get("type").asText());
        assertEquals("ok", greeting.get("status").asText(), greeting.get("error").toString());
        // the accuracy target of the README, the larger of ±3 % and ±8 ms, for the least disturbed of three forks (on
        // shared cores a fork can wake late from a sleep); a leak of fork start-up would add 100+ ms to every one
        double init = greeting.at("/init_ms/min").asDouble();
        assertTrue(Math.abs(init - 80) <= 8, "a fixture sleeping 80 ms measured " + init + " ms");
    }

    @Test
    void theInstalledCommandRunsTheBundledExampleFromAnotherDirectory(@TempDir Path temp) throws Exception {
        Path realBashrc = Path.of(System.getProperty("user.home"), ".bashrc");
        byte[] realBashrcBefore = Files.exists(realBashrc) ? Files.readAllBytes(realBashrc) : null;
        Path home = Files.createDirectories(temp.resolve("home"));
        Path bin = Files.createDirectories(home.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("jbang"), ROOT.resolve("jbang"));  // the README's link
        Map<String, String> env = Map.of(
                "HOME", home.toString(),
                "JBANG_DIR", home.resolve(".jbang").toString(),
                // JBang's start-up-file edit follows user.home, not HOME; its downloads stay in the usual repository
                "JBANG_JAVA_OPTIONS", "-Duser.home=" + home,
                "JBANG_REPO", Path.of(System.getProperty("user.home"), ".m2", "repository").toString(),
                "PATH", bin + ":" + System.getenv("PATH"));

        BenchEndToEndTest.Run install = run(ROOT, env, "bash", "-c", "jbang app install fixture-bench@\"$PWD\"");
        assertEquals(0, install.exitCode(), install.output());
        assertTrue(Files.isExecutable(home.resolve(".jbang/bin/fixture-bench")), install.output());
        assertTrue(Files.readString(home.resolve(".bashrc")).contains(".jbang/bin"),
                "app install put JBang's bin folder on the throw-away home's PATH");

        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Path out = temp.resolve("report");
        // a new shell: the start-up file app install edited puts the command on the PATH
        BenchEndToEndTest.Run bench = run(elsewhere, env, "bash", "-c", ". \"$HOME/.bashrc\" && fixture-bench"
                + " --max-fixtures=1 --repeat=1 --baseline-runs=1 --out \"$1\"", "fixture-bench", out.toString());
        assertEquals(0, bench.exitCode(), bench.output());
        assertTrue(Files.isRegularFile(out.resolve("fixture_benchmark_report.md")), bench.output());
        JsonNode results = new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile());
        assertEquals(ROOT.resolve("examples/model-suite").toString(), results.at("/settings/suite").asText());
        assertEquals(1, results.get("fixtures").size());
        if (realBashrcBefore != null) {
            assertArrayEquals(realBashrcBefore, Files.readAllBytes(realBashrc), "the real ~/.bashrc was left alone");
        }
    }

    @Test
    void theBundledExampleRunsWithAnEmptyLocalMavenRepository(@TempDir Path temp) throws Exception {
        Path home = Files.createDirectories(temp.resolve("home"));
        // every Maven the run starts (the tool's builds, the API's install) and JBang itself use the empty home
        Map<String, String> env = Map.of("HOME", home.toString(), "MAVEN_OPTS", "-Duser.home=" + home,
                "JBANG_JAVA_OPTIONS", "-Duser.home=" + home);
        Path out = temp.resolve("report");
        BenchEndToEndTest.Run bench = run(ROOT, env, "bash", ROOT.resolve("jbang").toString(), "bench.java",
                "--max-fixtures=1", "--repeat=1", "--baseline-runs=1", "--out=" + out);
        assertEquals(0, bench.exitCode(), bench.output());
        JsonNode fixture = new ObjectMapper().readTree(out.resolve("fixture_benchmark_results.json").toFile())
                .get("fixtures").get(0);
        assertEquals("ok", fixture.get("status").asText(), fixture.toString());
        String version = apiVersion();
        assertTrue(Files.isRegularFile(home.resolve(".m2/repository/dev/fixturebench/fixture-bench-api/" + version
                + "/fixture-bench-api-" + version + ".jar")), "the run installed the fixture API it needed");
    }

    private static String apiVersion() throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate("/project/version", DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(ROOT.resolve("api/pom.xml").toFile()));
    }

    private static BenchEndToEndTest.Run run(Path directory, Map<String, String> env, String... command)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("getting-it-e2e-", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 10 minutes:\n"
                    + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new BenchEndToEndTest.Run(process.exitValue(), output);
    }
}
