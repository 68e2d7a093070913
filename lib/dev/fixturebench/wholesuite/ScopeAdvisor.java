package dev.fixturebench.wholesuite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.AdvicePattern;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.Stats;

/**
 * Suggests scope changes from what a suite run built: a fixture built for every test could be built once per class,
 * an API fixture built in many classes once per session, and one that no test used not at all. Each saving is the
 * in-suite total less what the new scope would still build; every suggestion holds only if the tests leave the
 * fixture's state alone, which the tool cannot prove. The same method of the same kind advised alike in
 * {@value AdvicePattern#MIN_FIXTURES} or more classes is a habit, one pattern row; a row whose saving is below the
 * floor is not listed one by one.
 */
final class ScopeAdvisor {

    /** Savings below this are noise, not advice (a pattern's members count together). */
    static final double MIN_SAVING_MS = 1.0;

    /** A fixture's in-suite figures and the kind of call that builds it ({@code api}, {@code BeforeEach}, …). */
    record Candidate(FixtureInfo fixture, String kind, InSuite inSuite) {
    }

    /** Every piece of advice, the largest saving first, and the patterns among them, the largest first. */
    record Advised(List<Advice> advice, List<AdvicePattern> patterns) {
    }

    private ScopeAdvisor() {
    }

    /**
     * Advice for {@code candidates}, a fixture getting at most one entry, each flagged listed or not by {@code floor}
     * against the suite's wall time {@code wallMs} (null: unknown); habits become patterns.
     */
    static Advised advise(List<Candidate> candidates, AdviceFloor floor, Stats wallMs) {
        Map<String, List<Draft>> habits = new LinkedHashMap<>();
        List<Draft> drafts = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Draft draft = advise(candidate);
            if (draft != null) {
                drafts.add(draft);
                String habit = habit(candidate, draft);
                if (habit != null) {
                    habits.computeIfAbsent(habit, k -> new ArrayList<>()).add(draft);
                }
            }
        }
        Map<Draft, AdvicePattern> patternOf = new IdentityHashMap<>();
        List<AdvicePattern> patterns = new ArrayList<>();
        habits.forEach((habit, members) -> {
            double total = members.stream().mapToDouble(Draft::savingMs).sum();
            if (members.size() >= AdvicePattern.MIN_FIXTURES && total >= MIN_SAVING_MS) {
                Draft first = members.get(0);
                AdvicePattern pattern = new AdvicePattern(habit, first.fromScope(), first.toScope(), members.size(),
                        total, patternReason(members), !floor.below(total, wallMs));
                patterns.add(pattern);
                members.forEach(member -> patternOf.put(member, pattern));
            }
        });
        List<Advice> advice = new ArrayList<>();
        for (Draft draft : drafts) {
            AdvicePattern pattern = patternOf.get(draft);
            if (pattern != null) {
                advice.add(draft.advice(pattern.name(), pattern.listed()));
            } else if (draft.savingMs() >= MIN_SAVING_MS) {
                advice.add(draft.advice(null, !floor.below(draft.savingMs(), wallMs)));
            }
        }
        advice.sort(Comparator.comparingDouble((Advice a) -> -a.savingMs()).thenComparing(Advice::fixture));
        patterns.sort(Comparator.comparingDouble((AdvicePattern p) -> -p.savingMs())
                .thenComparing(AdvicePattern::name));
        return new Advised(advice, patterns);
    }

    /** A piece of advice before the floor and the patterns are known, with the candidate it is for. */
    private record Draft(Candidate candidate, FixtureScope fromScope, FixtureScope toScope, double savingMs,
                         String reason) {

        Advice advice(String pattern, boolean listed) {
            return new Advice(candidate.fixture().name(), fromScope, toScope, savingMs, reason, pattern, listed);
        }
    }

    /**
     * The habit a native method's advice may be part of, {@code *#setUp (@BeforeEach)}: its method's name and kind,
     * and whether it could go; null for an API fixture, whose name is its own.
     */
    private static String habit(Candidate candidate, Draft draft) {
        String method = AdvicePattern.anyClass(candidate.fixture().name());
        if (!candidate.fixture().type().isNative() || method == null) {
            return null;
        }
        return method + " (" + kindLabel(candidate) + (draft.toScope() == null ? ", unused" : "") + ")";
    }

    /** {@code @BeforeEach}, {@code @Before}, {@code setUp()}: the kind of call as the advice names it. */
    private static String kindLabel(Candidate candidate) {
        String kind = candidate.kind();
        String[] move = kind == null ? null : PER_TEST_TO_PER_CLASS.get(kind);
        if (move != null) {
            return move[0];
        }
        if (kind == null || kind.isEmpty()) {
            return candidate.fixture().type().label();
        }
        return Character.isUpperCase(kind.charAt(0)) ? "@" + kind : kind;
    }

    /** What a pattern's members showed together, in a sentence like their own. */
    private static String patternReason(List<Draft> members) {
        Candidate first = members.get(0).candidate();
        int builds = members.stream().mapToInt(d -> d.candidate().inSuite().builds()).sum();
        int classes = members.stream().mapToInt(d -> Math.max(1, d.candidate().inSuite().classes())).sum();
        String method = first.fixture().name().substring(first.fixture().name().lastIndexOf('#') + 1);
        if (members.get(0).toScope() == null) {
            double total = members.stream().mapToDouble(d -> d.candidate().inSuite().totalMs()).sum();
            return String.format(Locale.ROOT, "%s in %d classes: built %d times in the run (%.1f ms) while no test"
                    + " that ran used them", named(kindLabel(first), method), members.size(), builds, total);
        }
        String[] move = PER_TEST_TO_PER_CLASS.get(String.valueOf(first.kind()));
        if (move == null) {
            return String.format(Locale.ROOT, "%s in %d classes: %s", named(kindLabel(first), method),
                    members.size(), members.get(0).reason());
        }
        return String.format(Locale.ROOT, "%s in %d classes ran before each of their %d tests; as %s each would"
                + " run once per class (%d in all), if no test changes what it sets up", named(move[0], method),
                members.size(), builds, move[1], classes);
    }

    /** {@code @BeforeEach setUp}; JUnit 3's {@code setUp()} names itself. */
    private static String named(String kind, String method) {
        return kind.equals(method + "()") ? kind : kind + " " + method;
    }

    private static Draft advise(Candidate candidate) {
        FixtureInfo fixture = candidate.fixture();
        InSuite run = candidate.inSuite();
        if (run.builds() == 0) {
            return null;
        }
        if (run.tests() == 0) {
            return new Draft(candidate, fixture.scope(), null, run.totalMs(), String.format(Locale.ROOT,
                    "built %d time(s) in the run (%.1f ms) while no test that ran used it", run.builds(),
                    run.totalMs()));
        }
        boolean api = !fixture.type().isNative();
        int classes = Math.max(1, run.classes());
        if (api && fixture.scope() == FixtureScope.METHOD && run.builds() > 1
                && (run.builds() > classes || classes >= 2)) {
            if (classes >= 2) {
                return new Draft(candidate, FixtureScope.METHOD, FixtureScope.SESSION,
                        run.totalMs() - run.medianMs(), String.format(Locale.ROOT, "built %d times for the tests of"
                                + " %d classes; session-scoped it would be built once, if no test changes its state",
                                run.builds(), classes));
            }
            return new Draft(candidate, FixtureScope.METHOD, FixtureScope.CLASS,
                    run.totalMs() - classes * run.medianMs(), String.format(Locale.ROOT, "built for each of its %d"
                            + " tests in one class; class-scoped it would be built once, if no test changes its state",
                            run.builds()));
        }
        if (api && fixture.scope() == FixtureScope.CLASS && classes >= 2 && run.builds() > 1) {
            return new Draft(candidate, FixtureScope.CLASS, FixtureScope.SESSION,
                    run.totalMs() - run.medianMs(), String.format(Locale.ROOT, "built once in each of %d classes;"
                            + " session-scoped it would be built once, if no class changes its state", classes));
        }
        String[] move = PER_TEST_TO_PER_CLASS.get(String.valueOf(candidate.kind()));
        if (move != null && run.builds() > classes) {
            return new Draft(candidate, FixtureScope.METHOD, FixtureScope.CLASS,
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
