package dev.fixturebench.wholesuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        return WholeSuiteBenchmark.assemble(testClasses.length, List.of(recording), fixtures, List.of());
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
