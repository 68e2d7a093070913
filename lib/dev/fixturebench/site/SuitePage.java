package dev.fixturebench.site;

import java.util.List;

import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.Stats;
import dev.fixturebench.view.HeaderLine;

/**
 * A run's whole-suite page ({@code --whole-suite}): the suite run for real in one JVM, what each fixture cost it, each
 * test class's set-up, tests and teardown, the application contexts, and advice on scopes.
 *
 * @param page     the run and the way back
 * @param header   the run's figures: suite runs, test classes, wall time, time building fixtures, the tests' outcomes
 * @param failures the failed tests named, {@code Class#method: message}
 * @param advice   the scope changes listed, ranked by saving: single fixtures and patterns
 * @param adviceMore the line for the advice below the floor, not listed one by one; null when none is
 * @param fixtures every fixture built in the run, costliest first; the same method in several classes one row that
 *                 opens to them
 * @param classes  every test class that ran, in run order
 * @param contexts the application contexts (Spring, Quarkus, Micronaut); empty where the suite has none
 * @param notes    what went wrong with a run, or what could not be read
 */
public record SuitePage(RunPage page, List<HeaderLine> header, List<String> failures, List<AdviceRow> advice,
                        String adviceMore, List<FixtureRow> fixtures, List<ClassRow> classes, List<ContextRow> contexts,
                        List<String> notes) {

    public SuitePage {
        header = List.copyOf(header);
        failures = List.copyOf(failures);
        advice = List.copyOf(advice);
        fixtures = List.copyOf(fixtures);
        classes = List.copyOf(classes);
        contexts = List.copyOf(contexts);
        notes = List.copyOf(notes);
    }

    /** The fixtures whose figures cover more than their own call: the table's † rows (a group once), explained under it. */
    public List<FixtureRow> measuredAs() {
        return fixtures.stream().filter(f -> f.measuredAs() != null).toList();
    }

    /**
     * One listed row of advice: a fixture, or a pattern that opens to its members.
     *
     * @param fixture  the fixture, linked to its page where the run measured it in isolation; or the pattern
     * @param from     its scope now
     * @param to       the scope suggested, or {@code none} where it could go
     * @param savingMs build time it would save per run (a pattern's members' added up)
     * @param reason   what the run showed
     * @param size     what a pattern holds ({@code 1000 fixtures, one per class}); null for a fixture
     * @param members  a pattern's members, the largest saving first; empty for a fixture
     */
    public record AdviceRow(Link fixture, String from, String to, double savingMs, String reason, String size,
                            List<Member> members) {

        public AdviceRow {
            members = List.copyOf(members);
        }
    }

    /** A pattern's member: the fixture (linked where measured alone) and what its own change would save. */
    public record Member(Link fixture, double savingMs) {
    }

    /**
     * One fixture as the whole suite's run saw it, or a group: the same method, type and scope in several classes.
     *
     * @param fixture    the fixture, linked to its page where the run measured it in isolation; a group's
     *                   {@code *#setUp}
     * @param type       its type's label
     * @param scope      its scope's label
     * @param inSuite    its figures in the run; a group's added up, but the median build, its members' median
     * @param isolated   its own init (its dependencies not included) in a fresh JVM of its own, where the run
     *                   measured it; else null
     * @param measuredAs what its figures cover when more than its own call, else null
     * @param members    a group's fixtures, costliest first; empty for one fixture
     */
    public record FixtureRow(Link fixture, String type, String scope, InSuite inSuite, Stats isolated,
                             String measuredAs, List<FixtureRow> members) {

        public FixtureRow {
            members = List.copyOf(members);
        }
    }

    /**
     * One test class.
     *
     * @param timing  its set-up, tests and teardown
     * @param context its Spring context, linked to the context's row on the page; null when it ran without one
     */
    public record ClassRow(ClassTiming timing, Link context) {
    }

    /**
     * One Spring context.
     *
     * @param id          {@code context-N}
     * @param classes     the test classes that ran with it, in run order, each marked when it built it
     * @param buildMs     what building it cost, or null when unknown
     * @param misses      classes that found no cached context and built it
     * @param hits        classes that found it cached
     * @param closest     the context most like it, or null when there is no other
     * @param differences the facets only it has ({@code + …}) and only the closest has ({@code − …})
     * @param facets      everything its configuration consists of
     */
    public record ContextRow(String id, List<ContextClass> classes, Double buildMs, int misses, int hits,
                             String closest, List<String> differences, List<String> facets) {

        public ContextRow {
            classes = List.copyOf(classes);
            differences = List.copyOf(differences);
            facets = List.copyOf(facets);
        }
    }

    /** A test class of a context: its name, and whether it built the context (found no cached one at its start). */
    public record ContextClass(String name, boolean built) {
    }
}
