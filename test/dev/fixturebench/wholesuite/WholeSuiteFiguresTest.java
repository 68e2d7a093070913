package dev.fixturebench.wholesuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.fork.ProbeCall;
import dev.fixturebench.model.Advice;
import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.AdviceListing;
import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.SpringContext;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.view.AdviceLines;
import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Mode;
import dev.fixturebench.probe.ProbeProtocol.Suite;

import org.junit.jupiter.api.Test;

/**
 * What {@code --whole-suite} makes of a suite fork's result: the JSON a fork writes (the keys of
 * {@link Suite}), read as {@link SuiteRecording}, assembled with the suite's discovered fixtures into the figures,
 * advice and application contexts a user reads in the report. The inputs here are written by hand, for what a run in
 * this JVM cannot produce or not to the millisecond: Spring's context cache (no Spring on this class path), several
 * runs and their medians, a fork stopped midway or none finished, every key of the result, exact savings for the
 * ranking; and, not converted yet, the fixture API's builds and resolutions. {@link WholeSuiteRecordedTest} takes
 * its inputs from the real recorder: lifecycle methods per test, inherited and nested, and the suite's own results.
 */
class WholeSuiteFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double DELTA = 1e-9;

    // ---- a method-scoped API fixture, built for every test -------------------------------------------------------

    @Test
    void aMethodScopedFixtureBuiltForEachTestOfOneClassIsAdvisedClassScope() {
        Fork fork = new Fork(2400);
        String perTest = "example.PerTestFixtureTest";
        fork.classRecord(perTest, 12, 520, 1, 5, null);
        double[] builds = {98, 100, 100, 102, 100};
        for (int i = 0; i < builds.length; i++) {
            fork.testUsing(perTest, "test" + i, "calib_sleep_100ms", "method", builds[i]);
        }
        WholeSuite suite = assemble(1, List.of(fork.read()), List.of(api("calib_sleep_100ms", FixtureScope.METHOD)));

        InSuite calib = suite.of("calib_sleep_100ms");
        assertNotNull(calib, suite.toString());
        assertEquals(5, calib.builds());
        assertEquals(500, calib.totalMs(), DELTA);
        assertEquals(100, calib.medianMs(), DELTA);
        assertEquals(5, calib.tests());
        assertEquals(1, calib.classes());
        assertEquals(0, calib.teardownMs(), DELTA, "nothing was closed");

        assertEquals(1, suite.advice().size(), suite.advice().toString());
        Advice advice = suite.advice().get(0);
        assertEquals("calib_sleep_100ms", advice.fixture());
        assertEquals(FixtureScope.METHOD, advice.fromScope());
        assertEquals(FixtureScope.CLASS, advice.toScope());
        assertEquals("class", advice.toLabel());
        assertEquals(500 - 1 * 100, advice.savingMs(), DELTA, "one build per class is still needed");
        assertTrue(advice.reason().contains("5 tests in one class"), advice.reason());

        assertEquals(1, suite.runs());
        assertEquals(1, suite.testClasses());
        assertEquals(500, suite.buildMs(), DELTA);
        assertEquals(500 / 2400.0, suite.buildShare(), DELTA);
        assertEquals(5, suite.tests().passed());
        assertEquals(0, suite.tests().failed());
        assertTrue(suite.notes().isEmpty(), suite.notes().toString());
    }

    @Test
    void aMethodScopedFixtureBuiltInTwoClassesIsAdvisedSessionScope() {
        Fork fork = new Fork(3100);
        String first = "example.OrdersTest";
        String second = "example.InvoicesTest";
        fork.classRecord(first, 10, 310, 1, 3, null);
        fork.testUsing(first, "creates", "database", "method", 99);
        fork.testUsing(first, "updates", "database", "method", 101);
        fork.testUsing(first, "deletes", "database", "method", 100);
        fork.classRecord(second, 9, 205, 1, 2, null);
        fork.testUsing(second, "bills", "database", "method", 100);
        fork.testUsing(second, "refunds", "database", "method", 100);

        WholeSuite suite = assemble(2, List.of(fork.read()), List.of(api("database", FixtureScope.METHOD)));

        InSuite database = suite.of("database");
        assertEquals(5, database.builds());
        assertEquals(500, database.totalMs(), DELTA);
        assertEquals(100, database.medianMs(), DELTA);
        assertEquals(5, database.tests());
        assertEquals(2, database.classes());
        Advice advice = only(suite.advice());
        assertEquals(FixtureScope.METHOD, advice.fromScope());
        assertEquals(FixtureScope.SESSION, advice.toScope());
        assertEquals(500 - 100, advice.savingMs(), DELTA, "session scope still builds it once");
        assertTrue(advice.reason().contains("built 5 times for the tests of 2 classes"), advice.reason());
    }

    @Test
    void aClassScopedFixtureBuiltOnceInEachOfThreeClassesIsAdvisedSessionScope() {
        Fork fork = new Fork(2000);
        double[] builds = {200, 210, 190};
        for (int c = 0; c < builds.length; c++) {
            String testClass = "example.Repository" + c + "Test";
            fork.classRecord(testClass, builds[c] + 5, 40, 2, 2, null);
            // requested by the class's @BeforeAll: built and resolved at class level, no test running
            fork.event(Suite.API + "schema", Suite.BUILD, "class", builds[c], null, testClass);
            fork.resolve("schema", null, testClass);
            fork.test(testClass, "finds", "successful");
            fork.test(testClass, "saves", "successful");
            fork.event(Suite.API + "schema", Suite.CLOSE, "class", 3, null, testClass);
        }
        WholeSuite suite = assemble(3, List.of(fork.read()), List.of(api("schema", FixtureScope.CLASS)));

        InSuite schema = suite.of("schema");
        assertEquals(3, schema.builds());
        assertEquals(600, schema.totalMs(), DELTA);
        assertEquals(200, schema.medianMs(), DELTA);
        assertEquals(9, schema.teardownMs(), DELTA, "three closes of 3 ms");
        assertEquals(6, schema.tests(), "a class-level build serves every test of its class that ran");
        assertEquals(3, schema.classes());
        Advice advice = only(suite.advice());
        assertEquals(FixtureScope.CLASS, advice.fromScope());
        assertEquals(FixtureScope.SESSION, advice.toScope());
        assertEquals(600 - 200, advice.savingMs(), DELTA);
        assertTrue(advice.reason().contains("3 classes"), advice.reason());
    }

    @Test
    void aSessionFixtureBuiltOnceCountsEveryTestThatResolvedItAndGetsNoAdvice() {
        Fork fork = new Fork(1500);
        String first = "example.SearchTest";
        String second = "example.IndexTest";
        fork.classRecord(first, 5, 900, 1, 2, null);
        String firstTest = fork.test(first, "findsWords", "successful");
        fork.event(Suite.API + "text_corpus", Suite.BUILD, "session", 800, firstTest, first);
        fork.resolve("text_corpus", firstTest, first);
        fork.resolve("text_corpus", fork.test(first, "findsPhrases", "successful"), first);
        fork.classRecord(second, 5, 60, 1, 2, null);
        fork.resolve("text_corpus", fork.test(second, "indexes", "successful"), second);
        fork.resolve("text_corpus", fork.test(second, "reindexes", "successful"), second);

        WholeSuite suite = assemble(2, List.of(fork.read()), List.of(api("text_corpus", FixtureScope.SESSION)));

        InSuite corpus = suite.of("text_corpus");
        assertEquals(1, corpus.builds());
        assertEquals(800, corpus.totalMs(), DELTA);
        assertEquals(4, corpus.tests(), "every test that asked for it used it, though only one built it");
        assertEquals(1, corpus.classes());
        assertTrue(suite.advice().isEmpty(), "a session fixture built once has nothing to save: " + suite.advice());
    }

    @Test
    void aFixtureBuiltForAnotherIsUsedByEveryTestThatUsesTheOther() {
        Fork fork = new Fork(1200);
        String testClass = "example.CheckoutTest";
        fork.classRecord(testClass, 5, 400, 1, 3, null);
        for (String method : List.of("pays", "refunds", "cancels")) {
            String test = fork.test(testClass, method, "successful");
            if (method.equals("pays")) {
                // the session-scoped dependency is built once, for the first test that needs the cart
                fork.event(Suite.API + "catalog", Suite.BUILD, "session", 150, test, testClass);
            }
            fork.event(Suite.API + "cart", Suite.BUILD, "method", 20, test, testClass);
            fork.resolve("cart", test, testClass);
        }
        List<DiscoveredFixture> fixtures = List.of(api("cart", FixtureScope.METHOD, "catalog"),
                api("catalog", FixtureScope.SESSION));

        WholeSuite suite = assemble(1, List.of(fork.read()), fixtures);

        assertEquals(3, suite.of("cart").tests());
        InSuite catalog = suite.of("catalog");
        assertEquals(1, catalog.builds());
        assertEquals(150, catalog.totalMs(), DELTA, "its own build, not the cart's");
        assertEquals(3, catalog.tests(), "no test asked for the catalog, but each used it through its cart");
        assertEquals(60, suite.of("cart").totalMs(), DELTA);
        assertEquals(210, suite.buildMs(), DELTA, "each build counted once");
        assertEquals(List.of("catalog", "cart"), names(suite), "costliest first");
    }

    @Test
    void aDependencyOfADependencyIsUsedByTheTestsAtTheTopOfTheChain() {
        Fork fork = new Fork(900);
        String testClass = "example.ReportTest";
        fork.classRecord(testClass, 5, 300, 1, 2, null);
        for (String method : List.of("renders", "exports")) {
            String test = fork.test(testClass, method, "successful");
            if (method.equals("renders")) {
                // both built once, for the first test: their events name that test alone
                fork.event(Suite.API + "connection", Suite.BUILD, "session", 10, test, testClass);
                fork.event(Suite.API + "repository", Suite.BUILD, "session", 5, test, testClass);
            }
            fork.event(Suite.API + "report", Suite.BUILD, "method", 30, test, testClass);
            fork.resolve("report", test, testClass);
        }
        // each listed before what depends on it, so one pass over the fixtures is not enough
        List<DiscoveredFixture> fixtures = List.of(api("connection", FixtureScope.SESSION),
                api("repository", FixtureScope.SESSION, "connection"),
                api("report", FixtureScope.METHOD, "repository"));

        WholeSuite suite = assemble(1, List.of(fork.read()), fixtures);

        assertEquals(2, suite.of("report").tests());
        assertEquals(2, suite.of("repository").tests());
        assertEquals(2, suite.of("connection").tests());
    }

    // ---- native JUnit fixtures -----------------------------------------------------------------------------------

    @Test
    void theExtensionsOfAClassWhoseTestsWereAllSkippedCouldGo() {
        Fork fork = new Fork(700);
        String skipped = "example.LegacyImportTest";
        fork.test(skipped, "importsCsv", "skipped");
        fork.test(skipped, "importsXml", "skipped");
        // the class's extensions set it up all the same: its window closes at the class's end, no test ran
        fork.event(Suite.CLASS_WINDOW + skipped, Suite.BUILD, "class", 420, null, skipped);
        fork.classRecord(skipped, 421, 0, 0, 0, null);
        // as discovery lists a class's extension work: the <extensions> row, and a class-level @TempDir timed with it
        DiscoveredFixture extensions = new DiscoveredFixture(new FixtureInfo("LegacyImportTest#<extensions>",
                FixtureType.JUNIT, FixtureScope.CLASS, "JUnit", skipped, List.of()),
                ProbeCall.nativeFixture(Mode.JUNIT, skipped, "importsCsv", Figure.CLASS_EXTENSIONS),
                "the class's set-up (container start to first test) less its timed lifecycle methods: time, CPU,"
                        + " allocation and classes of that work, heap it holds at the first test, teardown from the"
                        + " last test to the class's end less @AfterAll methods; extensions registered:"
                        + " SpringExtension");
        DiscoveredFixture tempDir = new DiscoveredFixture(new FixtureInfo("LegacyImportTest#folder",
                FixtureType.JUNIT, FixtureScope.CLASS, "JUnit", skipped, List.of()),
                ProbeCall.nativeFixture(Mode.JUNIT, skipped, "importsCsv", Figure.CLASS_EXTENSIONS),
                "all extension work of LegacyImportTest before its first test (LegacyImportTest#<extensions>)");

        WholeSuite suite = assemble(1, List.of(fork.read()), List.of(extensions, tempDir));

        InSuite window = suite.of("LegacyImportTest#<extensions>");
        assertEquals(1, window.builds());
        assertEquals(420, window.totalMs(), DELTA);
        assertEquals(0, window.tests(), "skipped tests use nothing");
        assertEquals(2, suite.tests().skipped());
        assertEquals(420, suite.buildMs(), DELTA, "one window, counted once for its two rows");
        Advice advice = only(suite.advice());
        assertEquals("LegacyImportTest#<extensions>", advice.fixture(), "the class's set-up row takes the advice");
        assertEquals(FixtureScope.CLASS, advice.fromScope());
        assertNull(advice.toScope());
        assertEquals("none", advice.toLabel());
        assertEquals(420, advice.savingMs(), DELTA);
        assertTrue(advice.reason().contains("no test that ran used it"), advice.reason());
    }

    @Test
    void aBeforeAllOfAClassWhoseTestsWereAllSkippedCouldGo() {
        Fork fork = new Fork(700);
        String skipped = "example.LegacyImportTest";
        fork.event(Suite.CALL + skipped + "#loadFixtures()", Suite.BUILD, "BeforeAll", 75, null, skipped);
        fork.test(skipped, "importsCsv", "skipped");
        fork.classRecord(skipped, 80, 0, 0, 0, null);

        WholeSuite suite = assemble(1, List.of(fork.read()), List.of(lifecycle("LegacyImportTest#loadFixtures",
                FixtureScope.CLASS, skipped, skipped, "loadFixtures()")));

        Advice advice = only(suite.advice());
        assertEquals("LegacyImportTest#loadFixtures", advice.fixture());
        assertEquals(FixtureScope.CLASS, advice.fromScope());
        assertEquals("none", advice.toLabel());
        assertEquals(75, advice.savingMs(), DELTA);
    }

    // ---- several runs --------------------------------------------------------------------------------------------

    @Test
    void twoRunsGiveMediansOverTheRunsAndTheSuiteTimeOverBoth() {
        List<SuiteRecording> runs = new ArrayList<>();
        double[][] builds = {{100, 100, 100, 100, 100}, {110, 110, 110, 110, 110}};
        double[] walls = {4000, 4400};
        double[] setups = {30, 50};
        for (int run = 0; run < 2; run++) {
            Fork fork = new Fork(walls[run]);
            String testClass = "example.PerTestFixtureTest";
            fork.classRecord(testClass, setups[run], 560, 2, 5, null);
            for (int i = 0; i < 5; i++) {
                fork.testUsing(testClass, "test" + i, "calib_sleep_100ms", "method", builds[run][i]);
            }
            runs.add(fork.read());
        }
        WholeSuite suite = assemble(1, runs, List.of(api("calib_sleep_100ms", FixtureScope.METHOD)));

        assertEquals(2, suite.runs());
        assertEquals(2, suite.wallMs().n());
        assertEquals(4200, suite.wallMs().median(), DELTA);
        assertEquals(4000, suite.wallMs().min(), DELTA);
        assertEquals(4400, suite.wallMs().max(), DELTA);
        InSuite calib = suite.of("calib_sleep_100ms");
        assertEquals(5, calib.builds(), "builds per run, not over both");
        assertEquals(525, calib.totalMs(), DELTA, "the median of 500 and 550 per run");
        assertEquals(105, calib.medianMs(), DELTA, "the median build over all ten");
        assertEquals(5, calib.tests());
        assertEquals(525, suite.buildMs(), DELTA);
        assertEquals(525 / 4200.0, suite.buildShare(), DELTA);
        ClassTiming timing = only(suite.classes());
        assertEquals(40, timing.setupMs(), DELTA, "set-up is the median over the runs");
        assertEquals(5, timing.tests());
        assertEquals(5, suite.tests().passed(), "the suite's outcome is one run's, not the sum");
        assertEquals(525 - 105, only(suite.advice()).savingMs(), DELTA);
    }

    // ---- Spring --------------------------------------------------------------------------------------------------

    @Test
    void groupsClassesBySpringContextAndNamesWhatSetsThemApart() {
        List<SuiteRecording> runs = new ArrayList<>();
        double[][] builds = {{1500, 900, 700}, {1700, 1100, 700}};
        for (double[] build : builds) {
            Fork fork = new Fork(9000);
            fork.context("context-1", "configuration example.App", "property x=1");
            fork.context("context-2", "configuration example.App", "profile slow");
            fork.context("context-3", "configuration example.Other", "property y=2", "profile fast",
                    "customizer MockMvc");
            springClass(fork, "example.ApplicationTest", "context-1", build[0]);
            springClass(fork, "example.SlowProfileTest", "context-2", build[1]);
            springClass(fork, "example.ApplicationEndpointsTest", "context-1", 4);
            springClass(fork, "example.OtherAppTest", "context-3", build[2]);
            springClass(fork, "example.ApplicationAgainTest", "context-1", 3);
            runs.add(fork.read());
        }
        WholeSuite suite = assemble(5, runs, List.of());

        assertEquals(List.of("context-1", "context-2", "context-3"),
                suite.contexts().stream().map(SpringContext::id).toList(), "in the order the run met them");
        SpringContext shared = suite.contexts().get(0);
        assertEquals(List.of("example.ApplicationTest", "example.ApplicationEndpointsTest",
                "example.ApplicationAgainTest"), shared.classes(), "in run order, the first built it");
        assertEquals(1, shared.misses());
        assertEquals(2, shared.hits());
        assertEquals(1600, shared.buildMs(), DELTA, "the builder's set-up window, median over the runs");
        assertEquals(List.of("configuration example.App", "property x=1"), shared.facets());
        assertEquals("context-2", shared.closest(), "two differences from context-2, six from context-3");
        assertEquals(List.of("+ property x=1", "\u2212 profile slow"), shared.differences());

        SpringContext slow = suite.contexts().get(1);
        assertEquals(List.of("example.SlowProfileTest"), slow.classes());
        assertEquals(1, slow.misses());
        assertEquals(0, slow.hits());
        assertEquals(1000, slow.buildMs(), DELTA);
        assertEquals("context-1", slow.closest());
        assertEquals(List.of("+ profile slow", "\u2212 property x=1"), slow.differences());

        SpringContext other = suite.contexts().get(2);
        assertEquals(700, other.buildMs(), DELTA);
        assertEquals("context-1", other.closest(), "on a tie, the context met first");
        assertEquals(6, other.differences().size(), other.differences().toString());

        assertEquals("context-2", suite.classes().get(1).context());
        assertEquals(5, suite.classes().size());
    }

    @Test
    void springsCacheSaysWhichClassesBuiltAContextAgainAfterADirtiesContext() {
        Fork fork = new Fork(6000);
        fork.context("context-1", "configuration example.App");
        fork.context("context-2", "configuration example.App", "property x=1");
        String[][] classes = {{"example.ApplicationTest", "context-1", "false", "1500"},
                {"example.PrefixTest", "context-2", "false", "800"},
                {"example.ApplicationDirtiesContextTest", "context-1", "true", "4"},
                // the class before it closed the shared context: this one builds it again
                {"example.ApplicationEndpointsTest", "context-1", "false", "1400"},
                {"example.ApplicationAgainTest", "context-1", "true", "3"}};
        for (String[] c : classes) {
            fork.event(Suite.CLASS_WINDOW + c[0], Suite.BUILD, "class", Double.parseDouble(c[3]), null, c[0]);
            fork.test(c[0], "contextLoads", "successful");
            fork.classRecord(c[0], Double.parseDouble(c[3]) + 1, 15, 1, 1, c[1], Boolean.valueOf(c[2]));
        }
        WholeSuite suite = assemble(5, List.of(fork.read()), List.of());

        SpringContext shared = suite.contexts().get(0);
        assertEquals(4, shared.classes().size());
        assertEquals(2, shared.misses(), "built by the first class and again after the @DirtiesContext");
        assertEquals(2, shared.hits());
        assertEquals(List.of("example.ApplicationTest", "example.ApplicationEndpointsTest"), shared.builtBy());
        assertEquals((1500 + 1400) / 2.0, shared.buildMs(), DELTA, "the median of its two builds");
        SpringContext prefix = suite.contexts().get(1);
        assertEquals(1, prefix.misses());
        assertEquals(0, prefix.hits());
        assertEquals(800, prefix.buildMs(), DELTA);
    }

    @Test
    void whenTheCacheSaysTheFirstClassFoundItTheFirstClassThatBuiltItIsTheBuilder() {
        Fork fork = new Fork(3000);
        fork.context("context-1", "configuration example.App");
        fork.event(Suite.CLASS_WINDOW + "example.FirstTest", Suite.BUILD, "class", 5, null, "example.FirstTest");
        fork.classRecord("example.FirstTest", 6, 10, 1, 1, "context-1", true);
        fork.event(Suite.CLASS_WINDOW + "example.SecondTest", Suite.BUILD, "class", 1200, null, "example.SecondTest");
        fork.classRecord("example.SecondTest", 1201, 10, 1, 1, "context-1", false);

        SpringContext context = only(assemble(2, List.of(fork.read()), List.of()).contexts());
        assertEquals(1, context.misses());
        assertEquals(1, context.hits());
        assertEquals(1200, context.buildMs(), DELTA, "the set-up of the class whose start found no cached context");
    }

    @Test
    void withoutSpringThereAreNoContextsAndAContextErrorIsANote() {
        Fork plain = new Fork(300);
        plain.classRecord("example.PlainTest", 1, 10, 0, 1, null);
        plain.test("example.PlainTest", "works", "successful");
        assertTrue(assemble(1, List.of(plain.read()), List.of()).contexts().isEmpty());

        Fork broken = new Fork(300);
        broken.classRecord("example.PlainTest", 1, 10, 0, 1, null);
        broken.contextError = "the Spring test context cache could not be read: NoSuchFieldException: contextMap";
        WholeSuite suite = assemble(1, List.of(broken.read()), List.of());
        assertEquals(List.of(broken.contextError), suite.notes());
    }

    // ---- ranking -------------------------------------------------------------------------------------------------

    @Test
    void ranksAdviceByTheSavingLargestFirstAndDropsNoise() {
        Fork fork = new Fork(5000);
        String orders = "example.OrdersTest";
        String invoices = "example.InvoicesTest";
        String users = "example.UsersTest";
        for (String testClass : List.of(orders, invoices, users)) {
            fork.classRecord(testClass, 105, 100, 1, 2, null);
            fork.event(Suite.API + "schema", Suite.BUILD, "class", 100, null, testClass);
            fork.resolve("schema", null, testClass);
            fork.test(testClass, "a", "successful");
            fork.test(testClass, "b", "successful");
        }
        for (String method : List.of("c", "d", "e", "f")) {
            fork.testUsing(orders, method, "database", "method", 50);
        }
        for (String method : List.of("g", "h", "i")) {
            String test = fork.test(users, method, "successful");
            fork.event(Suite.CALL + users + "#setUp()", Suite.BUILD, "BeforeEach", 20, test, users);
        }
        double tiny = ScopeAdvisor.MIN_SAVING_MS / 2;
        fork.testUsing(invoices, "j", "clock", "method", tiny);
        fork.testUsing(invoices, "k", "clock", "method", tiny);

        WholeSuite suite = assemble(3, List.of(fork.read()), List.of(api("clock", FixtureScope.METHOD),
                api("database", FixtureScope.METHOD), api("schema", FixtureScope.CLASS),
                lifecycle("UsersTest#setUp", FixtureScope.METHOD, users, users, "setUp()")));

        assertEquals(List.of("schema", "database", "UsersTest#setUp"),
                suite.advice().stream().map(Advice::fixture).toList(), suite.advice().toString());
        assertEquals(List.of(200.0, 150.0, 40.0), suite.advice().stream().map(Advice::savingMs).toList());
        assertNotNull(suite.of("clock"), "a saving under the floor costs the advice, not the fixture's row");
        assertEquals(List.of("schema", "database", "UsersTest#setUp", "clock"), names(suite), "costliest first");
    }

    @Test
    void adviceBelowTheFloorIsKeptButCountedInOneLineInsteadOfListed() {
        Fork fork = new Fork(10_000); // 1 % of it: 100 ms
        double[] setUps = {150, 40, 20}; // saved: one of each class's two builds
        String[] classes = {"example.ImportTest", "example.ExportTest", "example.AuditTest"};
        String[] methods = {"loadFixtures", "openFile", "clock"};
        List<DiscoveredFixture> fixtures = new ArrayList<>();
        for (int i = 0; i < classes.length; i++) {
            for (String test : List.of("a", "b")) {
                String id = fork.test(classes[i], test, "successful");
                fork.event(Suite.CALL + classes[i] + "#" + methods[i] + "()", Suite.BUILD, "BeforeEach", setUps[i], id,
                        classes[i]);
            }
            String simple = classes[i].substring(classes[i].lastIndexOf('.') + 1);
            fixtures.add(lifecycle(simple + "#" + methods[i], FixtureScope.METHOD, classes[i], classes[i],
                    methods[i] + "()"));
        }

        WholeSuite suite = WholeSuiteBenchmark.assemble(3, List.of(fork.read()), fixtures, AdviceFloor.DEFAULT,
                List.of());
        assertEquals(List.of(true, false, false), suite.advice().stream().map(Advice::listed).toList(),
                "150 ms is listed; 40 and 20 ms are under 50 ms and under 1 % of 10 s: " + suite.advice());
        AdviceListing listing = suite.adviceListing();
        assertEquals(List.of("ImportTest#loadFixtures"), listing.rows().stream().map(AdviceListing.Row::name).toList());
        assertEquals(2, listing.moreFixtures());
        assertEquals(60, listing.moreSavingMs(), DELTA);
        assertEquals("2 more below the floor (under 50 ms and under 1 % of the suite's wall time), 60.0 ms in all",
                AdviceLines.more(listing));

        WholeSuite everything = WholeSuiteBenchmark.assemble(3, List.of(fork.read()), fixtures, new AdviceFloor(0, 1),
                List.of());
        assertEquals(3, everything.adviceListing().rows().size(), "--advice-floor-ms=0 lists every piece");
        assertNull(AdviceLines.more(everything.adviceListing()));
        WholeSuite byShare = WholeSuiteBenchmark.assemble(3, List.of(fork.read()), fixtures, new AdviceFloor(50, 0.3),
                List.of());
        assertEquals(2, byShare.adviceListing().rows().size(), "40 ms is 0.4 % of the wall time, over 0.3 %");
    }

    @Test
    void twoClassesWithTheSameMethodAreNoHabitYetAndAnApiFixtureNeverIs() {
        Fork fork = new Fork(1000);
        List<DiscoveredFixture> fixtures = new ArrayList<>();
        for (String testClass : List.of("example.OneTest", "example.TwoTest")) {
            for (String test : List.of("a", "b")) {
                String id = fork.test(testClass, test, "successful");
                fork.event(Suite.CALL + testClass + "#setUp()", Suite.BUILD, "BeforeEach", 30, id, testClass);
            }
            fixtures.add(lifecycle(testClass.substring(8) + "#setUp", FixtureScope.METHOD, testClass, testClass,
                    "setUp()"));
        }
        WholeSuite suite = WholeSuiteBenchmark.assemble(2, List.of(fork.read()), fixtures, AdviceFloor.DEFAULT,
                List.of());
        assertEquals(2, suite.adviceListing().rows().size(), suite.advice().toString());
        assertTrue(suite.advice().stream().allMatch(a -> a.pattern() == null), suite.advice().toString());
        assertTrue(suite.advicePatterns().isEmpty());
    }

    @Test
    void equalSavingsAreRankedByName() {
        Fork fork = new Fork(1000);
        String testClass = "example.PairTest";
        fork.classRecord(testClass, 1, 100, 1, 2, null);
        for (String method : List.of("one", "two")) {
            String test = fork.test(testClass, method, "successful");
            for (String fixture : List.of("zebra", "aardvark")) {
                fork.event(Suite.API + fixture, Suite.BUILD, "method", 10, test, testClass);
                fork.resolve(fixture, test, testClass);
            }
        }
        WholeSuite suite = assemble(1, List.of(fork.read()), List.of(api("zebra", FixtureScope.METHOD),
                api("aardvark", FixtureScope.METHOD)));
        assertEquals(List.of("aardvark", "zebra"), suite.advice().stream().map(Advice::fixture).toList());
    }

    // ---- the suite's own outcome, and runs that did not finish ---------------------------------------------------

    @Test
    void aRunStoppedByTheSuiteKeepsWhatRanBeforeTheStop() throws JsonProcessingException {
        Fork fork = new Fork(1250);
        String testClass = "example.ExitingTest";
        fork.testUsing(testClass, "first", "calib_sleep_100ms", "method", 100);
        String second = fork.test(testClass, "exits", "successful");
        fork.event(Suite.API + "calib_sleep_100ms", Suite.BUILD, "method", 100, second, testClass);
        fork.stopped = "the JVM was asked to exit while the suite ran; the caller:\n\tat java.lang.System.exit";
        String json = fork.json();
        SuiteRecording recording = SuiteRecording.read(JSON.readTree(json));
        assertEquals(fork.stopped, recording.stopped(), json);
        assertNull(new Fork(100).read().stopped(), "a run that finished was not stopped");

        WholeSuite suite = assemble(1, List.of(recording), List.of(api("calib_sleep_100ms", FixtureScope.METHOD)));
        assertEquals(1, suite.notes().size(), suite.notes().toString());
        assertTrue(suite.notes().get(0).startsWith("a suite run stopped early") && suite.notes().get(0)
                .contains("System.exit"), suite.notes().get(0));

        assertEquals(1, suite.runs(), "a stopped run still counts: its tests ran");
        assertEquals(1250, suite.wallMs().median(), DELTA, "up to the stop");
        assertEquals(2, suite.of("calib_sleep_100ms").builds());
        assertEquals(2, suite.tests().passed());
    }

    @Test
    void noRunThatFinishedGivesNoFiguresButKeepsItsNotes() {
        WholeSuite suite = assemble(4, List.of(), List.of(api("database", FixtureScope.METHOD)),
                List.of("suite run 1 of 1 gave no figures: it passed the time limit and was stopped (--suite-timeout)"));
        assertEquals(0, suite.runs());
        assertEquals(4, suite.testClasses());
        assertNull(suite.wallMs());
        assertNull(suite.buildMs());
        assertNull(suite.buildShare());
        assertTrue(suite.fixtures().isEmpty() && suite.advice().isEmpty() && suite.contexts().isEmpty());
        assertEquals(1, suite.notes().size());
    }

    @Test
    void aNestedClassesTestsServeItsEnclosingClassesSetUp() {
        Fork fork = new Fork(500);
        String outer = "example.AccountTest";
        String inner = outer + "$WhenOverdrawn";
        fork.event(Suite.API + "ledger", Suite.BUILD, "class", 40, null, outer);
        fork.resolve("ledger", null, outer);
        fork.test(outer, "opens", "successful");
        fork.test(inner, "refuses", "successful");
        fork.test(inner, "charges", "successful");
        fork.classRecord(inner, 1, 20, 0, 2, null);
        fork.classRecord(outer, 41, 30, 0, 1, null);

        WholeSuite suite = assemble(1, List.of(fork.read()), List.of(api("ledger", FixtureScope.CLASS)));

        assertEquals(3, suite.of("ledger").tests(), "the outer class's tests and its nested class's");
    }

    @Test
    void readsEveryKeyOfTheForksResult() {
        Fork fork = new Fork(321.5);
        String testClass = "example.ReadTest";
        String test = fork.test(testClass, "reads", "successful");
        fork.event(Suite.API + "clock", Suite.BUILD, "method", 2.5, test, testClass);
        fork.event(Suite.API + "clock", Suite.CLOSE, "method", 0.5, test, testClass);
        fork.resolve("clock", test, testClass);
        fork.classRecord(testClass, 7, 8, 9, 1, "context-1", false);
        fork.context("context-1", "configuration example.App");
        SuiteRecording recording = fork.read();

        assertEquals(321.5, recording.wallMs(), DELTA);
        assertEquals(List.of(new SuiteRecording.Event("api:clock", true, "method", 2.5, test, testClass),
                new SuiteRecording.Event("api:clock", false, "method", 0.5, test, testClass)), recording.events());
        assertEquals(List.of(new SuiteRecording.Resolve("clock", test, testClass)), recording.resolves());
        assertEquals(List.of(new SuiteRecording.ClassRecord(testClass, 7, 8, 9, 1, "context-1", false)),
                recording.classes());
        Fork unknown = new Fork(1);
        unknown.classRecord(testClass, 7, 8, 9, 1, null);
        assertNull(unknown.read().classes().get(0).contextCached(), "null where the cache could not be asked");
        assertEquals(Map.of("context-1", List.of("configuration example.App")), recording.contexts());
        assertEquals(Map.of(testClass, List.of(test)), recording.testsByClass());
        assertNull(recording.contextError());
        assertNull(recording.stopped());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static WholeSuite assemble(int testClasses, List<SuiteRecording> runs, List<DiscoveredFixture> fixtures) {
        return assemble(testClasses, runs, fixtures, List.of());
    }

    private static WholeSuite assemble(int testClasses, List<SuiteRecording> runs, List<DiscoveredFixture> fixtures,
                                       List<String> notes) {
        return WholeSuiteBenchmark.assemble(testClasses, runs, fixtures, AdviceFloor.DEFAULT, notes);
    }

    private static void springClass(Fork fork, String testClass, String context, double setupMs) {
        fork.event(Suite.CLASS_WINDOW + testClass, Suite.BUILD, "class", setupMs, null, testClass);
        fork.test(testClass, "contextLoads", "successful");
        fork.classRecord(testClass, setupMs + 1, 15, 1, 1, context);
    }

    private static DiscoveredFixture api(String name, FixtureScope scope, String... dependsOn) {
        return new DiscoveredFixture(new FixtureInfo(name, FixtureType.STATIC, scope, "Static", "example.Fixtures",
                Arrays.asList(dependsOn)), ProbeCall.apiFixture(name, List.of()), null);
    }

    /** A lifecycle method as discovery lists it: run by a test of {@code runClass}, timed by its call key. */
    static DiscoveredFixture lifecycle(String name, FixtureScope scope, String runClass, String declaringClass,
                                               String signature) {
        return new DiscoveredFixture(new FixtureInfo(name, FixtureType.JUNIT, scope, "JUnit", declaringClass,
                List.of()), ProbeCall.nativeFixture(Mode.JUNIT, runClass, "first", Figure.lifecycle(declaringClass, signature)),
                null);
    }

    private static List<String> names(WholeSuite suite) {
        return suite.fixtures().stream().map(f -> f.fixture().name()).toList();
    }

    static <T> T only(List<T> items) {
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    /** The result object of one suite fork, written as the probe writes it, keys and all. */
    private static final class Fork {

        private final double wallMs;
        private final List<String> tests = new ArrayList<>();
        private final List<String> classes = new ArrayList<>();
        private final List<String> events = new ArrayList<>();
        private final List<String> resolves = new ArrayList<>();
        private final List<String> contexts = new ArrayList<>();
        String contextError;
        String stopped;

        Fork(double wallMs) {
            this.wallMs = wallMs;
        }

        /** JUnit's unique id of test {@code method} of {@code testClass}. */
        static String id(String testClass, String method) {
            StringBuilder id = new StringBuilder("[engine:junit-jupiter]");
            String[] parts = testClass.split("\\$");
            id.append("/[class:").append(parts[0]).append(']');
            for (int i = 1; i < parts.length; i++) {
                id.append("/[nested-class:").append(parts[i]).append(']');
            }
            return id.append("/[method:").append(method).append("()]").toString();
        }

        /** Adds a test that ended with {@code status}; returns its id. */
        String test(String testClass, String method, String status) {
            return testRecord(testClass, method, status, "skipped".equals(status) ? "@Disabled" : null);
        }

        String testRecord(String testClass, String method, String status, String message) {
            String id = id(testClass, method);
            tests.add(object(Suite.ID, id, Suite.CLASS, testClass, Suite.DISPLAY, method + "()", Suite.STATUS, status,
                    Suite.MESSAGE, message, Suite.MS, "skipped".equals(status) ? 0.0 : 3.5));
            return id;
        }

        /** A passing test that asked for API fixture {@code fixture}, built for it in {@code ms}. */
        void testUsing(String testClass, String method, String fixture, String scope, double ms) {
            String test = test(testClass, method, "successful");
            event(Suite.API + fixture, Suite.BUILD, scope, ms, test, testClass);
            resolve(fixture, test, testClass);
        }

        void event(String key, String phase, String kind, double ms, String test, String testClass) {
            if (key.startsWith(Suite.API) && phase.equals(Suite.BUILD)) {
                events.add(object(Suite.FIXTURE, key, Suite.PHASE, phase, Suite.KIND, kind, Suite.MS, ms,
                        Suite.TOTAL_MS, ms, Suite.TEST, test, Suite.CLASS, testClass));
            } else {
                events.add(object(Suite.FIXTURE, key, Suite.PHASE, phase, Suite.KIND, kind, Suite.MS, ms,
                        Suite.TEST, test, Suite.CLASS, testClass));
            }
        }

        void resolve(String fixture, String test, String testClass) {
            resolves.add(object(Suite.FIXTURE, fixture, Suite.TEST, test, Suite.CLASS, testClass));
        }

        void classRecord(String testClass, double setupMs, double testsMs, double teardownMs, int testsRun,
                         String context) {
            classRecord(testClass, setupMs, testsMs, teardownMs, testsRun, context, null);
        }

        /** {@code cached}: whether Spring's cache held the class's context at its start; null where unknown. */
        void classRecord(String testClass, double setupMs, double testsMs, double teardownMs, int testsRun,
                         String context, Boolean cached) {
            classes.add(object(Suite.CLASS, testClass, Suite.SETUP_MS, setupMs, Suite.TESTS_MS, testsMs,
                    Suite.TEARDOWN_MS, teardownMs, Suite.TESTS_RUN, testsRun, Suite.CONTEXT, context,
                    Suite.CONTEXT_CACHED, cached));
        }

        void context(String id, String... facets) {
            List<String> quoted = Arrays.stream(facets).map(Fork::value).toList();
            contexts.add("{" + value(Suite.ID) + ":" + value(id) + "," + value(Suite.FACETS) + ":["
                    + String.join(",", quoted) + "]}");
        }

        String json() {
            StringBuilder json = new StringBuilder("{\"status\":\"ok\",\"jvm_uptime_ms\":2210.5");
            json.append(',').append(value(Suite.WALL_MS)).append(':').append(value(wallMs));
            json.append(',').append(value(Suite.TESTS)).append(":[").append(String.join(",", tests)).append(']');
            json.append(',').append(value(Suite.CLASSES)).append(":[").append(String.join(",", classes)).append(']');
            json.append(',').append(value(Suite.EVENTS)).append(":[").append(String.join(",", events)).append(']');
            json.append(',').append(value(Suite.RESOLVES)).append(":[").append(String.join(",", resolves))
                    .append(']');
            json.append(',').append(value(Suite.CONTEXTS)).append(":[").append(String.join(",", contexts))
                    .append(']');
            json.append(',').append(value(Suite.CONTEXT_ERROR)).append(':').append(value(contextError));
            if (stopped != null) {
                json.append(',').append(value(Suite.STOPPED)).append(':').append(value(stopped));
            }
            return json.append('}').toString();
        }

        SuiteRecording read() {
            try {
                return SuiteRecording.read(JSON.readTree(json()));
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + json(), e);
            }
        }

        private static String object(Object... keysAndValues) {
            StringBuilder json = new StringBuilder("{");
            for (int i = 0; i < keysAndValues.length; i += 2) {
                json.append(i == 0 ? "" : ",").append(value(keysAndValues[i])).append(':')
                        .append(value(keysAndValues[i + 1]));
            }
            return json.append('}').toString();
        }

        private static String value(Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
