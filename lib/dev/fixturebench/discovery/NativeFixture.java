package dev.fixturebench.discovery;

import java.util.List;

import dev.fixturebench.model.FixtureInfo;

/**
 * A fixture written with the test framework's own means (a JUnit lifecycle method, an extension, a temporary
 * directory, a resolved parameter, a JUnit 4 rule, a TestNG configuration method or data provider), found in bytecode,
 * with one test that runs it so a fork can build it alone.
 *
 * @param info       name, type ({@code junit}, {@code junit4} or {@code testng}), scope, category (left empty),
 *                   declaring class; no dependencies
 * @param kind       what JUnit feature the fixture is
 * @param runClass   a concrete test class that runs the fixture (binary name, {@code $} for nested classes)
 * @param runMethod  one of that class's test methods to run, preferably a plain {@code @Test}
 * @param signature  for a lifecycle method, its name and erased parameter types as binary names
 *                   ({@code prep(org.junit.jupiter.api.TestInfo)}), the key the probe times it under; else null
 * @param extensions for {@link Kind#CLASS_EXTENSIONS}, the class-level extension classes in registration order;
 *                   for {@link Kind#EXTENSION_FIELD}, the field's declared type; for {@link Kind#TEST_RESOURCE}, its
 *                   init arguments as key=value; otherwise empty
 * @param usedBy     how many test cases run the fixture
 */
public record NativeFixture(FixtureInfo info, Kind kind, String runClass, String runMethod, String signature,
                            List<String> extensions, int usedBy) {

    public NativeFixture {
        extensions = List.copyOf(extensions);
    }

    /** The JUnit feature a native fixture comes from. */
    public enum Kind {
        /** A {@code @BeforeAll} method. */
        BEFORE_ALL,
        /** An {@code @AfterAll} method. */
        AFTER_ALL,
        /** A {@code @BeforeEach} method. */
        BEFORE_EACH,
        /** An {@code @AfterEach} method. */
        AFTER_EACH,
        /** A {@code @RegisterExtension} field. */
        EXTENSION_FIELD,
        /** A {@code @TempDir} field or parameter. */
        TEMP_DIR,
        /** A parameter a {@code ParameterResolver} supplies. */
        RESOLVED_PARAMETER,
        /** The class-level extensions of a test class: {@code @ExtendWith}, also meta-annotated, and static fields. */
        CLASS_EXTENSIONS,
        /** A JUnit 4 {@code @BeforeClass} or TestNG {@code @BeforeClass} method. */
        BEFORE_CLASS,
        /** A JUnit 4 {@code @AfterClass} or TestNG {@code @AfterClass} method. */
        AFTER_CLASS,
        /** A JUnit 4 {@code @Before} method. */
        BEFORE,
        /** A JUnit 4 {@code @After} method. */
        AFTER,
        /** A JUnit 4 {@code @ClassRule} field or method. */
        CLASS_RULE,
        /** A JUnit 4 {@code @Rule} field or method. */
        RULE,
        /** The {@code @Parameters} method of a JUnit 4 {@code Parameterized} class: it generates the variants. */
        PARAMETERS,
        /** The set-up a JUnit 4 class's own {@code @RunWith} runner does, which the probe cannot time call by call. */
        RUNNER,
        /** A TestNG {@code @BeforeSuite} method. */
        BEFORE_SUITE,
        /** A TestNG {@code @AfterSuite} method. */
        AFTER_SUITE,
        /** A TestNG {@code @BeforeTest} method: once per {@code <test>} of the suite file. */
        BEFORE_TEST,
        /** A TestNG {@code @AfterTest} method. */
        AFTER_TEST,
        /** A TestNG {@code @BeforeGroups} method. */
        BEFORE_GROUPS,
        /** A TestNG {@code @AfterGroups} method. */
        AFTER_GROUPS,
        /** A TestNG {@code @BeforeMethod} method. */
        BEFORE_METHOD,
        /** A TestNG {@code @AfterMethod} method. */
        AFTER_METHOD,
        /** A TestNG {@code @DataProvider} method: it generates the variants of the tests that name it. */
        DATA_PROVIDER,
        /** A TestNG static {@code @Factory} method: it makes the test instances. */
        FACTORY,
        /**
         * A Quarkus test resource ({@code @WithTestResource}, {@code @QuarkusTestResource}): a lifecycle manager
         * Quarkus starts before the application; its init arguments are in {@code extensions}, as key=value.
         */
        TEST_RESOURCE
    }
}
