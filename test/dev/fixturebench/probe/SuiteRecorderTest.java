package dev.fixturebench.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Suite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * The whole-suite recorder's windows and records, on small classes run through the real launcher in this test JVM:
 * a class whose tests are all disabled, a {@code @BeforeAll} that throws, per-test instance work, nested classes and
 * {@code @AfterEach} as a close.
 */
class SuiteRecorderTest {

    /** Every test disabled: JUnit still runs the class's {@code @BeforeAll}. */
    @ExtendWith(LifecycleTimer.class)
    static class AllDisabled {
        @BeforeAll
        static void start() throws InterruptedException {
            Thread.sleep(20);
        }

        @Test
        @Disabled("switched off")
        void off() {
        }
    }

    @ExtendWith(LifecycleTimer.class)
    static class BeforeAllThrows {
        @BeforeAll
        static void start() {
            throw new IllegalStateException("no database");
        }

        @Test
        void never() {
        }
    }

    /** Builds a 30 ms "context" into every test instance, as Spring's dependency injection does. */
    static class SlowInjection implements TestInstancePostProcessor {
        @Override
        public void postProcessTestInstance(Object instance, ExtensionContext context) throws Exception {
            Thread.sleep(30);
        }
    }

    @ExtendWith({LifecycleTimer.class, SlowInjection.class})
    static class Injected {
        @Test
        void one() {
        }

        @Test
        void two() {
        }

        @Test
        void three() {
        }
    }

    @ExtendWith(LifecycleTimer.class)
    static class Outer {
        @BeforeEach
        void prepare() throws InterruptedException {
            Thread.sleep(5);
        }

        @AfterEach
        void clean() {
        }

        @Nested
        class Inner {
            @Test
            void first() {
            }

            @Test
            void second() {
            }
        }
    }

    @Test
    void aClassWhoseTestsAreAllDisabledStillHasItsSetUpWindowAndNoNegativeFigures() {
        Map<String, Object> figures = record(AllDisabled.class);
        Map<String, Object> record = classRecord(figures, AllDisabled.class);
        double setup = ((Number) record.get(Suite.SETUP_MS)).doubleValue();
        assertTrue(setup >= 20, "the class's whole run is set-up, its 20 ms @BeforeAll in it: " + record);
        assertTrue(((Number) record.get(Suite.TEARDOWN_MS)).doubleValue() >= 0, record.toString());
        assertEquals(0, record.get(Suite.TESTS_RUN));
        List<Map<String, Object>> window = events(figures, Suite.CLASS_WINDOW + AllDisabled.class.getName());
        assertEquals(1, window.size(), "one set-up window: " + figures.get(Suite.EVENTS));
        assertEquals(AllDisabled.class.getName(), window.get(0).get(Suite.CLASS));
        double extensions = ((Number) window.get(0).get(Suite.MS)).doubleValue();
        assertTrue(extensions >= 0 && extensions < setup - 15, "the @BeforeAll is left out of <extensions>: "
                + extensions + " of " + setup);
    }

    @Test
    void aBeforeAllThatThrowsIsTheSuitesFailure() {
        Map<String, Object> figures = record(BeforeAllThrows.class);
        List<Map<String, Object>> failed = list(figures, Suite.TESTS).stream()
                .filter(t -> "failed".equals(t.get(Suite.STATUS))).toList();
        assertEquals(1, failed.size(), figures.get(Suite.TESTS).toString());
        assertTrue(String.valueOf(failed.get(0).get(Suite.MESSAGE)).contains("no database"));
        assertEquals(BeforeAllThrows.class.getName(), failed.get(0).get(Suite.CLASS));
    }

    @Test
    void eachTestsInstanceWorkLandsInItsOwnWindowTheFirstInTheClasss() {
        Map<String, Object> figures = record(Injected.class);
        List<Double> perTest = events(figures, Suite.TEST_WINDOW + Injected.class.getName()).stream()
                .map(e -> ((Number) e.get(Suite.MS)).doubleValue()).filter(ms -> ms >= 28).toList();
        // each window holds one 30 ms injection, not two: a sleep overshoots by a few ms, even on two busy cores
        // (seen here: 30.1–36 ms), far from the 58 ms that a second injection leaking in would add up to
        assertEquals(2, perTest.size(), "tests two and three each inject for 30 ms in their own window: " + perTest);
        perTest.forEach(ms -> assertTrue(ms < 58, "one injection per window: " + perTest));
        double classWindow = ((Number) events(figures, Suite.CLASS_WINDOW + Injected.class.getName()).get(0)
                .get(Suite.MS)).doubleValue();
        assertTrue(classWindow >= 28, "the first test's instance is made in the class's set-up: " + classWindow);
    }

    @Test
    void nestedClassesHaveTheirOwnWindowsAndAfterEachIsAClose() {
        Map<String, Object> figures = record(Outer.class);
        String inner = Outer.Inner.class.getName();
        assertEquals(2, classRecord(figures, Outer.Inner.class).get(Suite.TESTS_RUN));
        assertTrue(((Number) classRecord(figures, Outer.class).get(Suite.SETUP_MS)).doubleValue() >= 0);
        List<Map<String, Object>> prepare = events(figures, Suite.CALL + Outer.class.getName() + "#prepare()");
        assertEquals(2, prepare.size(), "the outer @BeforeEach runs before each inner test");
        assertTrue(prepare.stream().allMatch(e -> inner.equals(e.get(Suite.CLASS)) && e.get(Suite.TEST) != null));
        List<Map<String, Object>> clean = events(figures, Suite.CALL + Outer.class.getName() + "#clean()");
        assertTrue(clean.stream().allMatch(e -> Suite.CLOSE.equals(e.get(Suite.PHASE))), clean.toString());
        assertEquals(inner, events(figures, Suite.CLASS_WINDOW + inner).get(0).get(Suite.CLASS),
                "a nested class's window is its own, not the enclosing class's");
    }

    private static Map<String, Object> record(Class<?> testClass) {
        SuiteRecorder recorder = new SuiteRecorder(SetupShowFor.none());
        SuiteRecorder.activate(recorder);
        try {
            Outcome.execute(List.of(DiscoverySelectors.selectClass(testClass)), Map.of(), null,
                    new PlatformSuiteListener(recorder));
        } finally {
            SuiteRecorder.activate(null);
        }
        return recorder.figures();
    }

    private static Map<String, Object> classRecord(Map<String, Object> figures, Class<?> testClass) {
        return list(figures, Suite.CLASSES).stream().filter(c -> testClass.getName().equals(c.get(Suite.CLASS)))
                .findFirst().orElseThrow(() -> new AssertionError("no record of " + testClass + ": " + figures));
    }

    private static List<Map<String, Object>> events(Map<String, Object> figures, String key) {
        return list(figures, Suite.EVENTS).stream().filter(e -> key.equals(e.get(Suite.FIXTURE))).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> figures, String key) {
        return new ArrayList<>((List<Map<String, Object>>) figures.get(key));
    }

    /** No set-up lines. */
    private static final class SetupShowFor {
        static SetupShow none() {
            try {
                return SetupShow.to(null);
            } catch (java.io.IOException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
