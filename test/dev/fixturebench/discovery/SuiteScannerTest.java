package dev.fixturebench.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scans the classes in {@code scanned/} from this build's class files and checks what a user would be shown. */
class SuiteScannerTest {

    private static final String PKG = "dev.fixturebench.discovery.scanned.";

    private static SuiteStructure structure;

    @BeforeAll
    static void scanTestClasses() throws IOException {
        structure = SuiteScanner.scan(List.of(Path.of("target/test-classes")), testClasspath());
    }

    @Test
    void findsEveryKindOfNativeFixtureWithItsScopeDeclaringClassAndUsers() {
        assertEquals(List.of(
                "AuditSpec#<extensions> CLASS_EXTENSIONS class in AuditSpec, used by 2, runs AuditSpec#baseWorks",
                "BaseSuiteSpec#sharedDir TEMP_DIR class in BaseSuiteSpec, used by 8, runs AuditSpec#baseWorks",
                "BaseSuiteSpec#connectBase BEFORE_EACH method in BaseSuiteSpec, used by 8, runs AuditSpec#baseWorks",
                "BaseSuiteSpec#disconnectBase AFTER_EACH method in BaseSuiteSpec, used by 6,"
                        + " runs InventorySpec#baseWorks",
                "ExplodingSpec#prepare BEFORE_ALL class in ExplodingSpec, used by 1, runs ExplodingSpec#neverRuns",
                "InventorySpec#<extensions> CLASS_EXTENSIONS class in InventorySpec, used by 5,"
                        + " runs InventorySpec#baseWorks",
                "InventorySpec#RECORDER EXTENSION_FIELD class in InventorySpec, used by 6, runs InventorySpec#baseWorks",
                "InventorySpec#perTest EXTENSION_FIELD method in InventorySpec, used by 6, runs InventorySpec#baseWorks",
                "InventorySpec#workDir TEMP_DIR method in InventorySpec, used by 6, runs InventorySpec#baseWorks",
                "InventorySpec#<init>(Clock) RESOLVED_PARAMETER method in InventorySpec, used by 6,"
                        + " runs InventorySpec#baseWorks",
                "InventorySpec#loadCatalog BEFORE_ALL class in InventorySpec, used by 6, runs InventorySpec#baseWorks",
                "InventorySpec#loadCatalog(Path) TEMP_DIR class in InventorySpec, used by 6,"
                        + " runs InventorySpec#baseWorks",
                "InventorySpec#unloadCatalog AFTER_ALL class in InventorySpec, used by 6, runs InventorySpec#baseWorks",
                "InventorySpec#reservesStock(Clock) RESOLVED_PARAMETER method in InventorySpec, used by 1,"
                        + " runs InventorySpec#reservesStock",
                "InventorySpec.WhenSoldOut#<extensions> CLASS_EXTENSIONS class in InventorySpec$WhenSoldOut, used by 1,"
                        + " runs InventorySpec$WhenSoldOut#refusesOrders",
                "InventorySpec.WhenSoldOut#<init>(Locale) RESOLVED_PARAMETER method in InventorySpec$WhenSoldOut,"
                        + " used by 1, runs InventorySpec$WhenSoldOut#refusesOrders",
                "InventorySpec.WhenSoldOut#sellEverything BEFORE_EACH method in InventorySpec$WhenSoldOut, used by 1,"
                        + " runs InventorySpec$WhenSoldOut#refusesOrders",
                "OuterOnlySpec#startOuter BEFORE_ALL class in OuterOnlySpec, used by 2,"
                        + " runs OuterOnlySpec$Inner#innerWorks",
                "OuterOnlySpec#prepare() BEFORE_EACH method in OuterOnlySpec, used by 2,"
                        + " runs OuterOnlySpec$Inner#innerWorks",
                "OuterOnlySpec#prepare(TestInfo) BEFORE_EACH method in OuterOnlySpec, used by 2,"
                        + " runs OuterOnlySpec$Inner#innerWorks",
                "PerClassSpec#openOnce BEFORE_ALL class in PerClassSpec, used by 3, runs PerClassSpec#runs",
                "PlainBaseSpec#recorder EXTENSION_FIELD class in PlainBaseSpec, used by 3, runs PerClassSpec#runs",
                "PlainBaseSpec#scratch TEMP_DIR method in PlainBaseSpec, used by 3, runs PerClassSpec#runs"),
                scannedFixtures().stream().map(SuiteScannerTest::describe).toList());
        scannedFixtures().forEach(f -> {
            assertEquals(FixtureType.JUNIT, f.info().type(), f.info().name());
            assertEquals("", f.info().category(), f.info().name());
            assertEquals(List.of(), f.info().dependsOn(), f.info().name());
        });
    }

    @Test
    void countsInheritedAndNestedLifecycleMethodsOnceUnderTheirDeclaringClass() {
        List<NativeFixture> connect = scannedFixtures().stream()
                .filter(f -> f.info().name().endsWith("#connectBase")).toList();
        assertEquals(1, connect.size(), "one fixture, though AuditSpec, InventorySpec and its @Nested class run it");
        assertEquals(PKG + "BaseSuiteSpec", connect.get(0).info().declaredIn());
        assertEquals(2 + 5 + 1, connect.get(0).usedBy());
        assertEquals(PKG + "AuditSpec", connect.get(0).runClass(), "the first concrete subclass");

        NativeFixture outer = fixture("OuterOnlySpec#startOuter");
        assertEquals(PKG + "OuterOnlySpec", outer.info().declaredIn());
        assertEquals(PKG + "OuterOnlySpec$Inner", outer.runClass(), "the outer class has no tests of its own");
    }

    @Test
    void namesOverloadsByTheirParameterTypesAndKeysThemByFullSignature() {
        assertEquals("prepare()", fixture("OuterOnlySpec#prepare()").signature());
        assertEquals("prepare(org.junit.jupiter.api.TestInfo)", fixture("OuterOnlySpec#prepare(TestInfo)").signature());
        assertEquals("startOuter()", fixture("OuterOnlySpec#startOuter").signature(), "not overloaded: a plain name");
        assertEquals(null, fixture("InventorySpec#workDir").signature(), "a field has no signature");
    }

    @Test
    void takesTheScopeOfAnInstanceMemberFromTheLifecycleOfTheClassThatRunsIt() {
        assertEquals(FixtureScope.CLASS, fixture("PlainBaseSpec#recorder").info().scope(),
                "declared in a plain class, run by a @TestInstance(PER_CLASS) subclass");
        assertEquals(FixtureScope.METHOD, fixture("PlainBaseSpec#scratch").info().scope(),
                "JUnit fills an instance @TempDir field before each test, whatever the lifecycle");
        assertEquals(FixtureScope.METHOD, fixture("InventorySpec#workDir").info().scope(), "an instance field of a per-test class");
    }

    @Test
    void runsAClassOnATestNoConditionCanSwitchOff() {
        assertEquals("runs", fixture("PerClassSpec#openOnce").runMethod(),
                "not the @Disabled test, nor the one enabled only on Windows");
    }

    @Test
    void findsExtensionsRegisteredThroughComposedAnnotationsFieldsAndEnclosingClasses() {
        // ClassGraph lists one class's annotations sorted by name, so two @ExtendWith of one class come in that order
        assertEquals(Set.of(PKG + "RecordingExtension", PKG + "ClockResolver"),
                Set.copyOf(fixture("AuditSpec#<extensions>").extensions()),
                "@IntegrationSpecification is meta-annotated with both");
        List<String> inventory = List.of("dev.fixturebench.api.FixtureExtension", PKG + "ClockResolver",
                PKG + "RecordingExtension");
        assertEquals(inventory, fixture("InventorySpec#<extensions>").extensions(),
                "@ExtendWith twice, then the static @RegisterExtension field's type");
        assertEquals(inventory, fixture("InventorySpec.WhenSoldOut#<extensions>").extensions(),
                "a @Nested class runs with its enclosing class's extensions");
        assertEquals(List.of(PKG + "RecordingExtension"), fixture("InventorySpec#perTest").extensions());
    }

    @Test
    void collectsUseNamesOfTestConstructorAndLifecycleParameters() {
        assertEquals(List.of("warehouse", "inventory_cfg", "base_db"), uses("InventorySpec", "countsStock"));
        assertEquals(List.of("inventory_cfg", "base_db"), uses("InventorySpec", "reservesStock"));
        assertEquals(List.of("inventory_cfg", "sold_out_policy", "base_db", "sold_out"),
                uses("InventorySpec$WhenSoldOut", "refusesOrders"));
        assertEquals(List.of("base_db"), uses("AuditSpec", "audits"));
    }

    @Test
    void listsTestsOfConcreteClassesOnlyWithInheritedOnesForEachSubclass() {
        assertEquals(List.of("AuditSpec#baseWorks", "AuditSpec#audits", "ExplodingSpec#neverRuns",
                        "InventorySpec#baseWorks", "InventorySpec#countsStock", "InventorySpec#reservesStock",
                        "InventorySpec#rejectsAmount", "InventorySpec#repeats", "InventorySpec$WhenSoldOut#refusesOrders",
                        "OuterOnlySpec$Inner#innerWorks", "OuterOnlySpec$Inner#innerWorksAgain",
                        "PerClassSpec#disabledFirst", "PerClassSpec#onlyOnWindows", "PerClassSpec#runs"),
                structure.tests().stream().filter(t -> t.className().startsWith(PKG))
                        .map(t -> t.className().substring(PKG.length()) + "#" + t.method()).toList());
    }

    @Test
    void readsClassesWithoutInitialisingThem() {
        NativeFixture prepare = fixture("ExplodingSpec#prepare");
        assertEquals(NativeFixture.Kind.BEFORE_ALL, prepare.kind());
        assertEquals(PKG + "ExplodingSpec", prepare.runClass());
        // the guard is real: initialising the class fails. It fails with ExceptionInInitializerError only on the
        // first attempt (later ones get NoClassDefFoundError), so this also shows the scan did not initialise it here.
        ExceptionInInitializerError error = assertThrows(ExceptionInInitializerError.class,
                () -> Class.forName(PKG + "ExplodingSpec", true, getClass().getClassLoader()));
        assertEquals("initialised!", error.getCause().getMessage());
    }

    private static List<NativeFixture> scannedFixtures() {
        return structure.fixtures().stream().filter(f -> f.info().declaredIn().startsWith(PKG)).toList();
    }

    private static NativeFixture fixture(String name) {
        return scannedFixtures().stream().filter(f -> f.info().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no fixture " + name + " in "
                        + scannedFixtures().stream().map(f -> f.info().name()).toList()));
    }

    private static List<String> uses(String simpleClass, String method) {
        return structure.tests().stream()
                .filter(t -> t.className().equals(PKG + simpleClass) && t.method().equals(method))
                .findFirst().orElseThrow().uses();
    }

    private static String describe(NativeFixture f) {
        FixtureInfo info = f.info();
        return info.name() + " " + f.kind() + " " + info.scope().label() + " in " + info.declaredIn().substring(PKG.length())
                + ", used by " + f.usedBy() + ", runs " + f.runClass().substring(PKG.length()) + "#" + f.runMethod();
    }

    /** This JVM's class path; under Surefire's manifest-only jar, the entries its manifest names. */
    static List<Path> testClasspath() throws IOException {
        List<Path> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).map(Path::of).toList();
        if (entries.size() == 1 && entries.get(0).getFileName().toString().startsWith("surefirebooter")) {
            try (JarFile booter = new JarFile(entries.get(0).toFile())) {
                URI base = entries.get(0).toUri();
                String classPath = booter.getManifest().getMainAttributes().getValue("Class-Path");
                return Arrays.stream(classPath.trim().split(" +")).map(url -> Path.of(base.resolve(url))).toList();
            }
        }
        return entries;
    }
}
