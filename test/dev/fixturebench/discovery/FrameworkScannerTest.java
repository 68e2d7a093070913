package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans the JUnit 4 classes in {@code scanned4/} and the TestNG classes in {@code scannedng/} from this build's class
 * files, beside the Jupiter ones, and checks the fixtures and tests a user would be shown.
 */
class FrameworkScannerTest {

    private static final String JUNIT4 = "dev.fixturebench.discovery.scanned4.";
    private static final String TESTNG = "dev.fixturebench.discovery.scannedng.";

    private static SuiteStructure structure;

    @BeforeAll
    static void scanTestClasses() throws IOException {
        structure = SuiteScanner.scan(List.of(Path.of("target/test-classes")), SuiteScannerTest.testClasspath());
    }

    @Test
    void findsJUnit4LifecycleMethodsRulesParametersAndForeignRunners() {
        assertEquals(List.of(
                "BaseStoreSpec#folder RULE method, used by 5, runs OverridingStoreSpec#inherited",
                "BaseStoreSpec#openStore BEFORE_CLASS class, used by 5, runs OverridingStoreSpec#inherited",
                "BaseStoreSpec#closeStore AFTER_CLASS class, used by 5, runs OverridingStoreSpec#inherited",
                "BaseStoreSpec#connect BEFORE method, used by 5, runs OverridingStoreSpec#inherited",
                // an override without @Before still runs under the superclass's annotation: one fixture, both classes' users,
                "LegacySpec#setUp BEFORE method, used by 2, runs LegacySpec#testOne",
                "LegacySpec#tearDown AFTER method, used by 2, runs LegacySpec#testOne",
                "ReadStoreSpec#SERVER CLASS_RULE class, used by 3, runs ReadStoreSpec#inherited",
                "ReadStoreSpec#watcher RULE method, used by 3, runs ReadStoreSpec#inherited",
                "ReadStoreSpec#disconnect AFTER method, used by 3, runs ReadStoreSpec#inherited",
                "RunnerSpec#<runner> RUNNER class, used by 1, runs RunnerSpec#runs",
                "TableSpec#rows PARAMETERS class, used by 2, runs TableSpec#checks",
                "TableSpec#parse BEFORE method, used by 2, runs TableSpec#checks"),
                describe(JUNIT4));
        fixtures(JUNIT4).forEach(f -> assertEquals(FixtureType.JUNIT4, f.info().type(), f.info().name()));
        assertEquals(List.of(JUNIT4 + "OwnRunner"), fixture(JUNIT4, "RunnerSpec#<runner>").extensions());
    }

    @Test
    void listsJUnit4TestsOfConcreteClassesButNoSuiteOfThemAndJUnit3StyleOnes() {
        assertEquals(List.of("LegacySpec#testOne", "LegacySpec#testTwo", "OverridingStoreSpec#inherited",
                        "OverridingStoreSpec#own", "ReadStoreSpec#inherited",
                        "ReadStoreSpec#aIgnored", "ReadStoreSpec#reads",
                        "RunnerSpec#runs", "TableSpec#checks", "TableSpec#checksAgain"),
                tests(JUNIT4));
        assertEquals("inherited", fixture(JUNIT4, "ReadStoreSpec#SERVER").runMethod(), "not the @Ignore'd test");
    }

    @Test
    void findsTestNGConfigurationAtEveryScopeDataProvidersAndFactories() {
        assertEquals(List.of(
                "BaseNgSpec#startCluster BEFORE_SUITE session, used by 5, runs OrdersNgSpec#aFast",
                "BaseNgSpec#reset BEFORE_METHOD method, used by 5, runs OrdersNgSpec#aFast",
                "ClassLevelNgSpec#instances FACTORY session, used by 2, runs ClassLevelNgSpec#first",
                "ClassLevelNgSpec#setUp BEFORE_CLASS class, used by 2, runs ClassLevelNgSpec#first",
                "OrdersNgSpec#environment BEFORE_TEST test, used by 5, runs OrdersNgSpec#aFast",
                "OrdersNgSpec#open BEFORE_CLASS class, used by 5, runs OrdersNgSpec#aFast",
                "OrdersNgSpec#close AFTER_CLASS class, used by 5, runs OrdersNgSpec#aFast",
                "OrdersNgSpec#warm BEFORE_GROUPS group, used by 5, runs OrdersNgSpec#slow",
                "OrdersNgSpec#table DATA_PROVIDER method, used by 1, runs OrdersNgSpec#aWithRows"),
                describe(TESTNG));
        fixtures(TESTNG).forEach(f -> assertEquals(FixtureType.TESTNG, f.info().type(), f.info().name()));
    }

    @Test
    void takesEveryPublicMethodOfAClassMarkedTestAsATest() {
        assertEquals(List.of("ClassLevelNgSpec#first", "ClassLevelNgSpec#second", "OrdersNgSpec#aAfterFast",
                        "OrdersNgSpec#aWithRows", "OrdersNgSpec#aFast", "OrdersNgSpec#slow", "OrdersNgSpec#off"),
                tests(TESTNG));
    }

    private static List<NativeFixture> fixtures(String pkg) {
        return structure.fixtures().stream().filter(f -> f.info().declaredIn().startsWith(pkg)).toList();
    }

    private static NativeFixture fixture(String pkg, String name) {
        return fixtures(pkg).stream().filter(f -> f.info().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no fixture " + name));
    }

    private static List<String> describe(String pkg) {
        return fixtures(pkg).stream().map(f -> {
            FixtureInfo info = f.info();
            return info.name() + " " + f.kind() + " " + info.scope().label() + ", used by " + f.usedBy() + ", runs "
                    + f.runClass().substring(pkg.length()) + "#" + f.runMethod();
        }).toList();
    }

    private static List<String> tests(String pkg) {
        return structure.tests().stream().filter(t -> t.className().startsWith(pkg))
                .map(t -> t.className().substring(pkg.length()) + "#" + t.method()).toList();
    }
}
