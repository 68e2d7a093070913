package dev.fixturebench.wholesuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.model.Advice;
import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.AdviceListing;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.WholeSuite;
import dev.fixturebench.probe.RecordedSuiteRun;

/**
 * The whole suite's figures from what the real recorder records: small suites run in this JVM by the real launcher
 * and recorder, their result read as the tool reads a fork's ({@link WholeSuiteFiguresTest} covers, with hand-written
 * results, what a run here cannot produce: Spring's contexts, several runs, a fork stopped midway). Sleeps are real,
 * so times are checked within what a sleep overshoots on a busy 2-core machine (a few ms; 25 % allowed here).
 */
class WholeSuiteRecordedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SET_UP_MS = 30;

    /** A 30 ms {@code @BeforeEach} before each of three tests. */
    static class DbTest {
        @BeforeEach
        void setUp() throws InterruptedException {
            Thread.sleep(SET_UP_MS);
        }

        @Test
        void reads() {
        }

        @Test
        void writes() {
        }

        @Test
        void locks() {
        }
    }

    /** A habit: each of three classes has its own 30 ms {@code @BeforeEach connect()} before each of two tests. */
    abstract static class Client {
        @Test
        void gets() {
        }

        @Test
        void puts() {
        }
    }

    static class OrdersClientTest extends Client {
        @BeforeEach
        void connect() throws InterruptedException {
            Thread.sleep(SET_UP_MS);
        }
    }

    static class UsersClientTest extends Client {
        @BeforeEach
        void connect() throws InterruptedException {
            Thread.sleep(SET_UP_MS);
        }
    }

    static class BillingClientTest extends Client {
        @BeforeEach
        void connect() throws InterruptedException {
            Thread.sleep(SET_UP_MS);
        }
    }

    /** A 30 ms {@code @BeforeEach} inherited by two classes of two tests each. */
    abstract static class RepositoryBase {
        @BeforeEach
        void openConnection() throws InterruptedException {
            Thread.sleep(SET_UP_MS);
        }
    }

    static class OrdersRepositoryTest extends RepositoryBase {
        @Test
        void saves() {
        }

        @Test
        void finds() {
        }
    }

    static class UsersRepositoryTest extends RepositoryBase {
        @Test
        void saves() {
        }

        @Test
        void finds() {
        }
    }

    /** One test passes, one fails, one aborts, one is disabled. */
    static class GreetingTest {
        @Test
        void greets() {
        }

        @Test
        void greetsAda() {
            assertEquals("Hi, Ada", "Hello, Ada");
        }

        @Test
        void onLinux() {
            Assumptions.assumeTrue(false, "not on Linux");
        }

        @Test
        @Disabled("later")
        void later() {
        }
    }

    /** An enclosing class whose {@code @BeforeEach} also runs before its nested class's tests. */
    static class AccountTest {
        @BeforeEach
        void openLedger() throws InterruptedException {
            Thread.sleep(SET_UP_MS);
        }

        @Test
        void opens() {
        }

        @Nested
        class WhenOverdrawn {
            @Test
            void refuses() {
            }

            @Test
            void charges() {
            }
        }
    }

    @Test
    void aBeforeEachRunBeforeEachTestIsAdvisedToRunOncePerClass() throws Exception {
        WholeSuite suite = assemble(List.of(lifecycle("DbTest#setUp", DbTest.class, DbTest.class, "setUp()")),
                DbTest.class);
        InSuite figures = suite.of("DbTest#setUp");
        assertEquals(3, figures.builds());
        assertEquals(3, figures.tests());
        assertEquals(1, figures.classes());
        assertNear(3 * SET_UP_MS, figures.totalMs());
        Advice advice = WholeSuiteFiguresTest.only(suite.advice());
        assertEquals(FixtureScope.METHOD, advice.fromScope());
        assertEquals(FixtureScope.CLASS, advice.toScope());
        assertNear(2 * SET_UP_MS, advice.savingMs());
        assertTrue(advice.reason().contains("@BeforeEach"), advice.reason());
    }

    @Test
    void anInheritedBeforeEachIsOneRowRunOncePerTestOfEachClass() throws Exception {
        WholeSuite suite = assemble(List.of(lifecycle("RepositoryBase#openConnection", OrdersRepositoryTest.class,
                RepositoryBase.class, "openConnection()")), OrdersRepositoryTest.class, UsersRepositoryTest.class);
        InSuite figures = suite.of("RepositoryBase#openConnection");
        assertEquals(4, figures.builds());
        assertEquals(2, figures.classes());
        assertNear(4 * SET_UP_MS, figures.totalMs());
        Advice advice = WholeSuiteFiguresTest.only(suite.advice());
        assertEquals("RepositoryBase#openConnection", advice.fixture());
        assertNear(2 * SET_UP_MS, advice.savingMs()); // once per class is still needed
        assertNull(advice.pattern(), "one method run in many classes is not a habit of many methods");
        AdviceListing.Row row = WholeSuiteFiguresTest.only(suite.adviceListing().rows());
        assertEquals("RepositoryBase#openConnection", row.name());
        assertFalse(row.pattern());
    }

    @Test
    void theSameBeforeEachInThreeClassesIsOnePatternRowWithTheirTotalSaving() throws Exception {
        List<Class<?>> classes = List.of(BillingClientTest.class, OrdersClientTest.class, UsersClientTest.class);
        WholeSuite suite = assemble(classes.stream().map(c -> lifecycle(c.getSimpleName() + "#connect", c, c,
                "connect()")).toList(), classes.toArray(Class<?>[]::new));
        assertEquals(3, suite.advice().size(), "every piece is kept: " + suite.advice());
        assertTrue(suite.advice().stream().allMatch(a -> "*#connect (@BeforeEach)".equals(a.pattern()) && a.listed()),
                suite.advice().toString());
        AdviceListing listing = suite.adviceListing();
        AdviceListing.Row row = WholeSuiteFiguresTest.only(listing.rows());
        assertTrue(row.pattern());
        assertEquals("*#connect (@BeforeEach)", row.name());
        assertEquals(List.of("BillingClientTest#connect", "OrdersClientTest#connect", "UsersClientTest#connect"),
                row.members().stream().map(Advice::fixture).sorted().toList());
        assertEquals(suite.advice().stream().mapToDouble(Advice::savingMs).sum(), row.savingMs(), 1e-9);
        assertNear(3 * SET_UP_MS, row.savingMs()); // one of each class's two builds
        assertTrue(row.reason().startsWith("@BeforeEach connect in 3 classes ran before each of their 6 tests; as"
                + " @BeforeAll each would run once per class (3 in all)"), row.reason());
        assertEquals(0, listing.moreFixtures());
    }

    @Test
    void countsTheSuitesOwnResultsAndNamesItsFailures() throws Exception {
        WholeSuite suite = assemble(List.of(), GreetingTest.class);
        assertEquals(1, suite.tests().passed());
        assertEquals(1, suite.tests().failed());
        assertEquals(1, suite.tests().aborted());
        assertEquals(1, suite.tests().skipped());
        assertEquals(1, suite.tests().failures().size(), suite.tests().failures().toString());
        String failure = suite.tests().failures().get(0);
        assertTrue(failure.startsWith(GreetingTest.class.getName() + "#greetsAda(): ")
                && failure.contains("expected: <Hi, Ada> but was: <Hello, Ada>"), failure);
    }

    @Test
    void aNestedClassesTestsCountForTheEnclosingClasssSetUp() throws Exception {
        WholeSuite suite = assemble(List.of(lifecycle("AccountTest#openLedger", AccountTest.class, AccountTest.class,
                "openLedger()")), AccountTest.class);
        InSuite figures = suite.of("AccountTest#openLedger");
        assertEquals(3, figures.builds(), "before the enclosing class's test and each of its nested class's two");
        assertEquals(3, figures.tests());
    }

    private static WholeSuite assemble(List<DiscoveredFixture> fixtures, Class<?>... testClasses) throws Exception {
        SuiteRecording recording = SuiteRecording.read(JSON.readTree(RecordedSuiteRun.of(false, testClasses)));
        return WholeSuiteBenchmark.assemble(testClasses.length, List.of(recording), fixtures, AdviceFloor.DEFAULT,
                List.of());
    }

    /** A method-scoped lifecycle method as discovery lists it, run by a test of {@code runClass}. */
    private static DiscoveredFixture lifecycle(String name, Class<?> runClass, Class<?> declaringClass,
                                               String signature) {
        return WholeSuiteFiguresTest.lifecycle(name, FixtureScope.METHOD, runClass.getName(), declaringClass.getName(),
                signature);
    }

    private static void assertNear(double expectedMs, double measuredMs) {
        assertTrue(measuredMs >= expectedMs && measuredMs <= expectedMs * 1.25,
                "expected about " + expectedMs + " ms, measured " + measuredMs);
    }
}
