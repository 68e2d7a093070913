package dev.fixturebench.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;

class FixtureExtensionTest {

    @BeforeEach
    void clearEvents() {
        LifecycleFixtures.EVENTS.clear();
    }

    @Test
    void buildsEachValueOncePerScopeAndClosesDependentsFirst() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(FirstClass.class), selectClass(SecondClass.class))
                .execute().testEvents().assertStatistics(stats -> stats.succeeded(4).failed(0));
        assertEquals(List.of(
                "build lifecycle_session", "build lifecycle_class", "build lifecycle_method", "close lifecycle_method",
                "build lifecycle_method", "close lifecycle_method", "close lifecycle_class",
                "build lifecycle_class", "build lifecycle_method", "close lifecycle_method",
                "build lifecycle_method", "close lifecycle_method", "close lifecycle_class",
                "close lifecycle_session"), LifecycleFixtures.EVENTS);
    }

    @Test
    void failsAnUnknownNameWithTheClosestKnownOnes() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Misspelt.class)).execute().testEvents()
                .assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(m -> m.contains(
                        "No fixture named 'lifecycle_clas'; closest known: lifecycle_class")))));
    }

    @Test
    void failsWithTheFactorysOwnException() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Broken.class)).execute().testEvents()
                .assertThatEvents().haveExactly(1, event(test(), finishedWithFailure(message(m -> m.contains(
                        "Fixture 'lifecycle_broken' failed to build: java.io.IOException: model file is corrupt")))));
    }

    @Test
    void skipsTestsWhoseFixtureAborts() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Aborting.class)).execute().testEvents()
                .assertThatEvents().haveExactly(2, event(test(), abortedWithReason(message(
                        "no GPU: the test machine has none"))));
    }

    @Test
    void buildsNoTestParameterWhereTheProbeSaysItsBodyIsSkipped() {
        System.setProperty(FixtureExtension.UNBUILT_TEST_PARAMETERS_PROPERTY, "true");
        try {
            EngineTestKit.engine("junit-jupiter").selectors(selectClass(UnbuiltTestParameters.class)).execute()
                    .testEvents().assertStatistics(stats -> stats.succeeded(1).aborted(0).failed(0));
        } finally {
            System.clearProperty(FixtureExtension.UNBUILT_TEST_PARAMETERS_PROPERTY);
        }
        // the constructor and @BeforeEach get their fixtures; the test's own (one aborts, one fails when built) are not
        // (lifecycle_class needs lifecycle_session)
        assertEquals(List.of("build lifecycle_session", "build lifecycle_class", "build lifecycle_method",
                "close lifecycle_method", "close lifecycle_class", "close lifecycle_session"),
                LifecycleFixtures.EVENTS);
    }

    @ExtendWith(FixtureExtension.class)
    static class UnbuiltTestParameters {
        UnbuiltTestParameters(@Use("lifecycle_class") LifecycleFixtures.Tracked perClass) {
            assertEquals("lifecycle_class", perClass.name());
        }

        @BeforeEach
        void setUp(@Use("lifecycle_method") LifecycleFixtures.Tracked value) {
            assertEquals("lifecycle_method", value.name());
        }

        @Test
        void test(@Use("lifecycle_aborting") Object aborting, @Use("lifecycle_broken") Object broken) {
            assertEquals(null, aborting);
            assertEquals(null, broken);
        }
    }

    @ExtendWith(FixtureExtension.class)
    static class FirstClass {
        static LifecycleFixtures.Tracked firstMethodValue;

        @Test
        void one(@Use("lifecycle_method") LifecycleFixtures.Tracked value,
                 @Use("lifecycle_class") LifecycleFixtures.Tracked perClass) {
            firstMethodValue = value;
            assertEquals("lifecycle_class", perClass.name());
        }

        @Test
        void two(@Use("lifecycle_method") LifecycleFixtures.Tracked value,
                 @Use("lifecycle_session") LifecycleFixtures.Tracked session) {
            assertEquals("lifecycle_session", session.name());
            assertNotSame(firstMethodValue == null ? new Object() : firstMethodValue, value);
        }
    }

    @ExtendWith(FixtureExtension.class)
    static class SecondClass {
        private final LifecycleFixtures.Tracked perClass;

        SecondClass(@Use("lifecycle_class") LifecycleFixtures.Tracked perClass) {
            this.perClass = perClass;
        }

        @Test
        void three(@Use("lifecycle_method") LifecycleFixtures.Tracked value,
                   @Use("lifecycle_class") LifecycleFixtures.Tracked again) {
            assertSame(perClass, again);
        }

        @Test
        void four(@Use("lifecycle_method") LifecycleFixtures.Tracked value) {
            assertEquals("lifecycle_method", value.name());
        }
    }

    @ExtendWith(FixtureExtension.class)
    static class Misspelt {
        @Test
        void misspelt(@Use("lifecycle_clas") Object value) {
        }
    }

    @ExtendWith(FixtureExtension.class)
    static class Aborting {
        @Test
        void inATest(@Use("lifecycle_aborting") Object value) {
        }

        @Nested
        class InALifecycleMethod {
            @BeforeEach
            void setUp(@Use("lifecycle_aborting") Object value) {
            }

            @Test
            void test() {
            }
        }
    }

    @ExtendWith(FixtureExtension.class)
    static class Broken {
        @Test
        void broken(@Use("lifecycle_broken") Object value) {
        }
    }
}
