package dev.fixturebench.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.SpringContext;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.SuiteFixture;
import dev.fixturebench.model.SuiteTests;
import dev.fixturebench.model.WholeSuite;

/**
 * The results' {@code whole_suite} ({@code --whole-suite}): the suite's runs, its fixtures, classes and contexts.
 * Its advice is a top-level field of the file ({@link AdviceRow}); {@code fixture_share} is derived again on reading.
 */
record WholeSuiteSection(int runs, int testClasses, Stats wallMs, Double fixtureBuildMs, Double fixtureShare,
                         SuiteTests tests, List<SuiteFixtureRow> fixtures, List<ClassRow> classes,
                         List<SpringContext> applicationContexts, List<String> notes) {

    static WholeSuiteSection of(WholeSuite suite) {
        return new WholeSuiteSection(suite.runs(), suite.testClasses(), suite.wallMs(), suite.buildMs(),
                suite.buildShare(), suite.tests(), suite.fixtures().stream().map(SuiteFixtureRow::of).toList(),
                suite.classes().stream().map(ClassRow::of).toList(), suite.contexts(), suite.notes());
    }

    /** The whole suite with {@code advice}; a fixture the catalog lacks is described by what the row has. */
    WholeSuite wholeSuite(List<AdviceRow> advice, Map<String, FixtureInfo> catalog) {
        return new WholeSuite(runs, testClasses, wallMs, fixtureBuildMs, tests,
                fixtures.stream().map(f -> f.suiteFixture(catalog)).toList(),
                classes.stream().map(ClassRow::timing).toList(), applicationContexts,
                advice == null ? List.of() : advice.stream().map(AdviceRow::advice).toList(), notes);
    }

    /**
     * A fixture the suite's run built: {@code in_suite} holds its figures. Read back, a fixture the catalog lacks has
     * only the name, type and scope the row holds (no category, declaring class or dependencies).
     */
    record SuiteFixtureRow(String name, String type, String scope, String measuredAs, InSuite inSuite) {

        static SuiteFixtureRow of(SuiteFixture fixture) {
            return new SuiteFixtureRow(fixture.fixture().name(), fixture.fixture().type().label(),
                    fixture.fixture().scope().label(), fixture.measuredAs(), fixture.inSuite());
        }

        SuiteFixture suiteFixture(Map<String, FixtureInfo> catalog) {
            FixtureInfo info = catalog.getOrDefault(name, new FixtureInfo(name, FixtureType.of(type),
                    FixtureScope.of(scope), "", null, List.of()));
            return new SuiteFixture(info, inSuite, measuredAs);
        }
    }

    /** A test class's set-up, tests and teardown in the suite's run. */
    record ClassRow(@JsonProperty("class") String className, double setupMs, double testsMs, double teardownMs,
                    int tests, String context) {

        static ClassRow of(ClassTiming timing) {
            return new ClassRow(timing.className(), timing.setupMs(), timing.testsMs(), timing.teardownMs(),
                    timing.tests(), timing.context());
        }

        ClassTiming timing() {
            return new ClassTiming(className, setupMs, testsMs, teardownMs, tests, context);
        }
    }

    /** A scope change the suite's run suggests; {@code to_scope} is {@code none} where the fixture could go. */
    record AdviceRow(String fixture, String fromScope, String toScope, double savingMs, String reason) {

        private static final String NONE = "none";

        static AdviceRow of(Advice advice) {
            return new AdviceRow(advice.fixture(), advice.fromScope().label(), advice.toLabel(), advice.savingMs(),
                    advice.reason());
        }

        Advice advice() {
            return new Advice(fixture, FixtureScope.of(fromScope), NONE.equals(toScope) ? null
                    : FixtureScope.of(toScope), savingMs, reason);
        }
    }
}
