package dev.fixturebench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.suite.TestConventions.Role;

/** Which test classes a Maven build runs in {@code mvn test} and which in {@code mvn verify}, as its pom says. */
class TestConventionsTest {

    @TempDir
    Path project;

    @Test
    void surefireAndFailsafeDefaults() {
        TestConventions defaults = TestConventions.defaults();
        for (String unit : new String[] {"example.FooTest", "example.TestFoo", "example.FooTests",
            "example.FooTestCase", "FooTest"}) {
            assertEquals(Role.UNIT, defaults.role(unit), unit);
        }
        for (String integration : new String[] {"example.FooIT", "example.ITFoo", "example.FooITCase"}) {
            assertEquals(Role.INTEGRATION, defaults.role(integration), integration);
        }
        for (String other : new String[] {"example.Helper", "example.Contest", "example.FooTestUtil",
            "test.example.Helper", "com.Tests.Widget"}) {
            assertEquals(Role.NOT_RUN, defaults.role(other), other + ": case counts, and the package does not");
        }
        assertEquals(Role.UNIT, defaults.role("example.AccountTest$WhenOverdrawn"), "a nested class runs with its own");
        assertEquals(Role.NOT_RUN, defaults.role("example.Helper$InnerTest"), "not a helper's nested class");
    }

    @Test
    void aPomWithoutIncludesKeepsTheDefaults() throws IOException, SuiteException {
        write(project.resolve("pom.xml"), pom("demo", "", ""));
        TestConventions read = TestConventions.read(project);
        assertEquals(TestConventions.SUREFIRE_DEFAULTS, read.unit());
        assertEquals(TestConventions.FAILSAFE_DEFAULTS, read.integration());
        assertEquals(Role.INTEGRATION, read.role("a.GreetingResourceIT"));
    }

    @Test
    void thePomsIncludesAndExcludesReplaceTheDefaults() throws IOException, SuiteException {
        write(project.resolve("pom.xml"), pom("demo", surefire(
                "<includes><include>**/*Test.java</include><include>**/*Fixtures.java, *Checks</include></includes>"
                + "<excludes><exclude>**/slow/**</exclude><exclude>%regex[.*Flaky.*]</exclude></excludes>"), ""));
        TestConventions read = TestConventions.read(project);
        assertEquals(Role.UNIT, read.role("a.b.LegacyThrowingFixtures"), "an Ant path with **/");
        assertEquals(Role.UNIT, read.role("a.StoreChecks"), "a comma-separated second pattern, without a folder");
        assertEquals(Role.NOT_RUN, read.role("a.slow.BigTest"), "excluded by folder");
        assertEquals(Role.NOT_RUN, read.role("a.FlakyTest"), "excluded by a %regex[] of the class file");
        assertEquals(Role.NOT_RUN, read.role("a.TestFoo"), "the default Test* is replaced, not added to");
        assertTrue(read.source().contains("pom.xml"), read.source());
    }

    @Test
    void aModuleInheritsItsParentsPluginManagement() throws IOException, SuiteException {
        write(project.resolve("pom.xml"), pom("parent", "", "<pluginManagement><plugins>" + plugin(
                "maven-surefire-plugin", "<excludes><exclude>**/*SlowTest.java</exclude></excludes>") + plugin(
                "maven-failsafe-plugin", "<includes><include>**/*Acceptance.java</include></includes>")
                + "</plugins></pluginManagement>"));
        Path module = project.resolve("core");
        write(module.resolve("pom.xml"), pom("core", "", "").replace("<artifactId>core</artifactId>",
                "<parent><groupId>g</groupId><artifactId>parent</artifactId><version>1</version></parent>"
                + "<artifactId>core</artifactId>"));
        TestConventions read = TestConventions.read(module);
        assertEquals(Role.UNIT, read.role("a.FastTest"));
        assertEquals(Role.NOT_RUN, read.role("a.ReportSlowTest"), "the parent's exclude");
        assertEquals(Role.INTEGRATION, read.role("a.CheckoutAcceptance"), "the parent's Failsafe include");
        assertEquals(Role.NOT_RUN, read.role("a.CheckoutIT"), "Failsafe's defaults replaced");
    }

    @Test
    void anUnreadablePomSaysWhich() throws IOException, SuiteException {
        write(project.resolve("pom.xml"), "<project><build>");
        SuiteException failure = org.junit.jupiter.api.Assertions.assertThrows(SuiteException.class,
                () -> TestConventions.read(project));
        assertTrue(failure.getMessage().contains(project.resolve("pom.xml").toString()), failure.getMessage());
    }

    private static String pom(String artifact, String plugins, String build) {
        return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
                + "<groupId>g</groupId><artifactId>" + artifact + "</artifactId><version>1</version><build>"
                + (plugins.isEmpty() ? "" : "<plugins>" + plugins + "</plugins>") + build + "</build></project>";
    }

    private static String surefire(String configuration) {
        return plugin("maven-surefire-plugin", configuration);
    }

    private static String plugin(String artifact, String configuration) {
        return "<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>" + artifact + "</artifactId>"
                + "<configuration>" + configuration + "</configuration></plugin>";
    }

    private static void write(Path file, String text) throws IOException, SuiteException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
