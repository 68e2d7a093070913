package dev.fixturebench.wholesuite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.InSuite;

/**
 * Suggests scope changes from what a suite run built: a fixture built for every test could be built once per class,
 * an API fixture built in many classes once per session, and one that no test used not at all. Each saving is the
 * in-suite total less what the new scope would still build; every suggestion holds only if the tests leave the
 * fixture's state alone, which the tool cannot prove.
 */
final class ScopeAdvisor {

    /** Savings below this are noise, not advice. */
    static final double MIN_SAVING_MS = 1.0;

    /** A fixture's in-suite figures and the kind of call that builds it ({@code api}, {@code BeforeEach}, …). */
    record Candidate(FixtureInfo fixture, String kind, InSuite inSuite) {
    }

    private ScopeAdvisor() {
    }

    /** Advice for {@code candidates}, the largest saving first; a fixture gets at most one entry. */
    static List<Advice> advise(List<Candidate> candidates) {
        List<Advice> advice = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Advice entry = advise(candidate);
            if (entry != null && entry.savingMs() >= MIN_SAVING_MS) {
                advice.add(entry);
            }
        }
        advice.sort(Comparator.comparingDouble((Advice a) -> -a.savingMs()).thenComparing(Advice::fixture));
        return advice;
    }

    private static Advice advise(Candidate candidate) {
        FixtureInfo fixture = candidate.fixture();
        InSuite run = candidate.inSuite();
        if (run.builds() == 0) {
            return null;
        }
        if (run.tests() == 0) {
            return new Advice(fixture.name(), fixture.scope(), null, run.totalMs(), String.format(Locale.ROOT,
                    "built %d time(s) in the run (%.1f ms) while no test that ran used it", run.builds(),
                    run.totalMs()));
        }
        boolean api = !fixture.type().isNative();
        int classes = Math.max(1, run.classes());
        if (api && fixture.scope() == FixtureScope.METHOD && run.builds() > 1
                && (run.builds() > classes || classes >= 2)) {
            if (classes >= 2) {
                return new Advice(fixture.name(), FixtureScope.METHOD, FixtureScope.SESSION,
                        run.totalMs() - run.medianMs(), String.format(Locale.ROOT, "built %d times for the tests of"
                                + " %d classes; session-scoped it would be built once, if no test changes its state",
                                run.builds(), classes));
            }
            return new Advice(fixture.name(), FixtureScope.METHOD, FixtureScope.CLASS,
                    run.totalMs() - classes * run.medianMs(), String.format(Locale.ROOT, "built for each of its %d"
                            + " tests in one class; class-scoped it would be built once, if no test changes its state",
                            run.builds()));
        }
        if (api && fixture.scope() == FixtureScope.CLASS && classes >= 2 && run.builds() > 1) {
            return new Advice(fixture.name(), FixtureScope.CLASS, FixtureScope.SESSION,
                    run.totalMs() - run.medianMs(), String.format(Locale.ROOT, "built once in each of %d classes;"
                            + " session-scoped it would be built once, if no class changes its state", classes));
        }
        String[] move = PER_TEST_TO_PER_CLASS.get(String.valueOf(candidate.kind()));
        if (move != null && run.builds() > classes) {
            return new Advice(fixture.name(), FixtureScope.METHOD, FixtureScope.CLASS,
                    run.totalMs() - classes * run.medianMs(), String.format(Locale.ROOT, "%s ran before each"
                            + " of %d tests; as %s it would run once per class (%d), if no test changes what"
                            + " it sets up", move[0], run.builds(), move[1], classes));
        }
        return null;
    }

    /**
     * By the kind of call that builds a fixture before each test, in each framework: what it is and what would build
     * it once per class instead.
     */
    private static final Map<String, String[]> PER_TEST_TO_PER_CLASS = Map.of(
            "BeforeEach", new String[] {"@BeforeEach", "@BeforeAll"},
            "Before", new String[] {"@Before", "@BeforeClass"},
            "Rule", new String[] {"@Rule", "@ClassRule"},
            "BeforeMethod", new String[] {"@BeforeMethod", "@BeforeClass"},
            "setUp", new String[] {"setUp()", "a JUnit 4 @BeforeClass"});
}
