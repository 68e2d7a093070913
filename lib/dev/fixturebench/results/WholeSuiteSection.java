package dev.fixturebench.results;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.AdvicePattern;
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
 * Its advice and patterns are top-level fields of the file ({@link AdviceRow}, {@link PatternRow}); {@code
 * fixture_share} is derived again on reading. {@code advice_floor} is absent in files written before advice had a
 * floor, and so are each row's {@code listed} and the {@code advice_patterns}: their advice is all listed.
 */
record WholeSuiteSection(int runs, int testClasses, Stats wallMs, Double fixtureBuildMs, Double fixtureShare,
                         SuiteTests tests, List<SuiteFixtureRow> fixtures, List<ClassRow> classes,
                         List<SpringContext> applicationContexts, List<String> notes,
                         @JsonInclude(JsonInclude.Include.NON_NULL) AdviceFloor adviceFloor) {

    static WholeSuiteSection of(WholeSuite suite) {
        return new WholeSuiteSection(suite.runs(), suite.testClasses(), suite.wallMs(), suite.buildMs(),
                suite.buildShare(), suite.tests(), suite.fixtures().stream().map(SuiteFixtureRow::of).toList(),
                suite.classes().stream().map(ClassRow::of).toList(), suite.contexts(), suite.notes(),
                suite.adviceFloor());
    }

    /** The file's {@code advice} for {@code suite}: every row, flagged listed where the suite has a floor. */
    static List<AdviceRow> advice(WholeSuite suite) {
        return suite.advice().stream().map(a -> AdviceRow.of(a, suite.adviceFloor() != null)).toList();
    }

    /** The file's {@code advice_patterns} for {@code suite}; null (absent) where it has no floor, as files before. */
    static List<PatternRow> patterns(WholeSuite suite) {
        return suite.adviceFloor() == null ? null : suite.advicePatterns().stream().map(PatternRow::of).toList();
    }

    /**
     * The whole suite with {@code advice} and {@code patterns} (null where the file has none); a fixture the catalog
     * lacks is described by what the row has.
     */
    WholeSuite wholeSuite(List<AdviceRow> advice, List<PatternRow> patterns, Map<String, FixtureInfo> catalog) {
        return new WholeSuite(runs, testClasses, wallMs, fixtureBuildMs, tests,
                fixtures.stream().map(f -> f.suiteFixture(catalog)).toList(),
                classes.stream().map(ClassRow::timing).toList(), applicationContexts,
                advice == null ? List.of() : advice.stream().map(AdviceRow::advice).toList(),
                patterns == null ? List.of() : patterns.stream().map(PatternRow::toPattern).toList(), adviceFloor,
                notes);
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

    /**
     * A scope change the suite's run suggests; {@code to_scope} is {@code none} where the fixture could go. {@code
     * pattern} names the pattern it is a member of (absent when it stands alone); {@code listed}, absent in files
     * written before advice had a floor, reads as listed.
     */
    record AdviceRow(String fixture, String fromScope, String toScope, double savingMs, String reason,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String pattern,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Boolean listed) {

        static AdviceRow of(Advice advice, boolean flagged) {
            return new AdviceRow(advice.fixture(), advice.fromScope().label(), advice.toLabel(), advice.savingMs(),
                    advice.reason(), advice.pattern(), flagged ? advice.listed() : null);
        }

        Advice advice() {
            return new Advice(fixture, FixtureScope.of(fromScope), FixtureScope.ofTarget(toScope), savingMs, reason,
                    pattern, listed == null || listed);
        }
    }

    /** A habit advised as one row: the same method of the same kind in {@code fixtures} classes. */
    record PatternRow(String pattern, String fromScope, String toScope, int fixtures, double savingMs, String reason,
                      boolean listed) {

        static PatternRow of(AdvicePattern pattern) {
            return new PatternRow(pattern.name(), pattern.fromScope().label(), pattern.toLabel(), pattern.fixtures(),
                    pattern.savingMs(), pattern.reason(), pattern.listed());
        }

        AdvicePattern toPattern() {
            return new AdvicePattern(pattern, FixtureScope.of(fromScope), FixtureScope.ofTarget(toScope), fixtures,
                    savingMs, reason, listed);
        }
    }
}
