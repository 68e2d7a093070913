package dev.fixturebench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite run for real in one JVM ({@code --whole-suite}): what each fixture cost it, each class's set-up, tests and
 * teardown, the application contexts (Spring, Quarkus, Micronaut), the suite's own results, and advice on scopes.
 *
 * @param runs        suite runs that finished, each in a fresh JVM
 * @param testClasses test classes selected to run
 * @param wallMs      the launcher's run of the suite, per run; null when no run finished
 * @param buildMs     time spent building fixtures in one run (median), each fixture's own build counted once
 * @param tests       how the suite's tests ended
 * @param fixtures    every fixture built in the run, costliest first
 * @param classes     every test class that ran, in run order
 * @param contexts    the application contexts (Spring, Quarkus, Micronaut), empty where none runs
 * @param advice      scope changes ranked by saving, every one, each flagged whether it is listed
 * @param advicePatterns the habits among them: one method of one kind advised alike in several classes
 * @param adviceFloor the floor under which advice is not listed one by one; null in results recorded before there
 *                    was one, where every piece is listed
 * @param notes       what went wrong with a run, or what could not be read; empty when nothing did
 */
public record WholeSuite(int runs, int testClasses, Stats wallMs, Double buildMs, SuiteTests tests,
                         List<SuiteFixture> fixtures, List<ClassTiming> classes, List<SpringContext> contexts,
                         List<Advice> advice, List<AdvicePattern> advicePatterns, AdviceFloor adviceFloor,
                         List<String> notes) {

    public WholeSuite {
        fixtures = List.copyOf(fixtures);
        classes = List.copyOf(classes);
        contexts = List.copyOf(contexts);
        advice = List.copyOf(advice);
        advicePatterns = List.copyOf(advicePatterns);
        notes = List.copyOf(notes);
    }

    /** Share of the suite's wall time spent building fixtures, or null when unknown. */
    public Double buildShare() {
        return wallMs == null || buildMs == null || wallMs.median() <= 0 ? null : buildMs / wallMs.median();
    }

    /** The in-suite figures of fixture {@code name}, or null when the run never built it. */
    public InSuite of(String name) {
        return fixtures.stream().filter(f -> f.fixture().name().equals(name)).map(SuiteFixture::inSuite)
                .findFirst().orElse(null);
    }

    /** Every fixture the run built, by name: for a report looking up many. */
    public Map<String, SuiteFixture> byName() {
        Map<String, SuiteFixture> byName = new HashMap<>();
        fixtures.forEach(f -> byName.put(f.fixture().name(), f));
        return byName;
    }

    /** The advice as every format lists it: the rows above the floor, patterns as one row, and a line for the rest. */
    public AdviceListing adviceListing() {
        return AdviceListing.of(advice, advicePatterns, adviceFloor);
    }

    /** The advice for each fixture that has some, by name. */
    public Map<String, List<Advice>> adviceByName() {
        Map<String, List<Advice>> byName = new HashMap<>();
        advice.forEach(a -> byName.computeIfAbsent(a.fixture(), k -> new ArrayList<>()).add(a));
        return byName;
    }
}
