package dev.fixturebench.wholesuite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.fixturebench.discovery.DiscoveredFixture;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.Stats;
import dev.fixturebench.probe.ProbeProtocol.Suite;

/**
 * Turns the events of one or more suite runs into each fixture's in-suite figures: builds, total and median build,
 * teardown, the tests that used it and the classes it was built for. Figures are per run, the median over the runs.
 */
final class InSuiteFigures {

    /** A fixture's figures, with its event key and the kind of call that builds it ({@code api}, {@code BeforeEach}…). */
    record Figured(DiscoveredFixture fixture, String key, String kind, InSuite inSuite) {
    }

    /** One run's tally of one key. */
    private static final class Tally {
        final List<Double> builds = new ArrayList<>();
        double teardownMs;
        final Set<String> tests = new LinkedHashSet<>();
        final Set<String> classes = new LinkedHashSet<>();
        String kind;
    }

    private final List<Figured> figured;
    private final Double buildMs;

    private InSuiteFigures(List<Figured> figured, Double buildMs) {
        this.figured = figured;
        this.buildMs = buildMs;
    }

    /** Figures of every fixture of {@code fixtures} that some run of {@code runs} built, costliest first. */
    static InSuiteFigures of(List<SuiteRecording> runs, List<DiscoveredFixture> fixtures) {
        Map<String, List<DiscoveredFixture>> byKey = new LinkedHashMap<>();
        for (DiscoveredFixture fixture : fixtures) {
            String key = EventKeys.of(fixture);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(fixture);
            }
        }
        List<Map<String, Tally>> tallies = new ArrayList<>();
        List<Double> buildTotals = new ArrayList<>();
        for (SuiteRecording run : runs) {
            Map<String, Tally> tally = tally(run, fixtures);
            tallies.add(tally);
            buildTotals.add(tally.entrySet().stream().filter(e -> byKey.containsKey(e.getKey()))
                    .mapToDouble(e -> sum(e.getValue().builds)).sum());
        }
        List<Figured> figured = new ArrayList<>();
        for (Map.Entry<String, List<DiscoveredFixture>> entry : byKey.entrySet()) {
            if (tallies.stream().map(t -> t.get(entry.getKey()))
                    .noneMatch(t -> t != null && (!t.builds.isEmpty() || t.teardownMs > 0))) {
                continue;
            }
            // every run counts, one that never built it with nothing: a median is over all of them
            List<Tally> seen = tallies.stream().map(t -> t.getOrDefault(entry.getKey(), new Tally())).toList();
            String kind = seen.stream().map(t -> t.kind).filter(k -> k != null).findFirst().orElse(null);
            List<Double> every = new ArrayList<>();
            seen.forEach(t -> every.addAll(t.builds));
            InSuite inSuite = new InSuite((int) Math.round(median(seen.stream().map(t -> (double) t.builds.size()))),
                    median(seen.stream().map(t -> sum(t.builds))), median(every.stream()),
                    median(seen.stream().map(t -> t.teardownMs)),
                    (int) Math.round(median(seen.stream().map(t -> (double) t.tests.size()))),
                    (int) Math.round(median(seen.stream().map(t -> (double) t.classes.size()))));
            for (DiscoveredFixture fixture : entry.getValue()) {
                figured.add(new Figured(fixture, entry.getKey(), kind, inSuite));
            }
        }
        figured.sort(Comparator.comparingDouble((Figured f) -> -f.inSuite().totalMs())
                .thenComparing(f -> f.fixture().info().name()));
        return new InSuiteFigures(figured, buildTotals.isEmpty() ? null : median(buildTotals.stream()));
    }

    List<Figured> figured() {
        return figured;
    }

    /** Time spent building fixtures in one run (median), each key counted once; null without runs. */
    Double buildMs() {
        return buildMs;
    }

    private static Map<String, Tally> tally(SuiteRecording run, List<DiscoveredFixture> fixtures) {
        Map<String, Tally> tallies = new HashMap<>();
        Map<String, List<String>> testsByClass = run.testsByClass();
        for (SuiteRecording.Event event : run.events()) {
            Tally tally = tallies.computeIfAbsent(event.key(), k -> new Tally());
            if (tally.kind == null) {
                tally.kind = event.key().startsWith(Suite.API) ? "api" : event.kind();
            }
            if (event.build()) {
                tally.builds.add(event.ms());
                if (event.className() != null) {
                    tally.classes.add(event.className());
                }
            } else {
                tally.teardownMs += event.ms();
            }
            tally.tests.addAll(users(testsByClass, event.test(), event.className(),
                    event.build() && SUITE_LEVEL.contains(event.kind())));
        }
        for (SuiteRecording.Resolve resolve : run.resolves()) {
            tallies.computeIfAbsent(Suite.API + resolve.fixture(), k -> new Tally()).tests
                    .addAll(users(testsByClass, resolve.test(), resolve.className(), false));
        }
        spreadToDependencies(tallies, fixtures);
        return tallies;
    }

    /** A fixture built for another is used by every test that uses the other. */
    private static void spreadToDependencies(Map<String, Tally> tallies, List<DiscoveredFixture> fixtures) {
        List<DiscoveredFixture> api = fixtures.stream().filter(f -> !f.info().type().isNative()).toList();
        boolean changed = true;
        for (int pass = 0; changed && pass <= api.size(); pass++) {
            changed = false;
            for (DiscoveredFixture fixture : api) {
                Tally user = tallies.get(Suite.API + fixture.info().name());
                if (user == null) {
                    continue;
                }
                for (String dependency : fixture.info().dependsOn()) {
                    Tally used = tallies.computeIfAbsent(Suite.API + dependency, k -> new Tally());
                    changed |= used.tests.addAll(user.tests);
                }
            }
        }
    }

    /** The tests an event or request served: its test, or every test of its class that ran when it was class-level. */
    /** Kinds of call that build for every test after them, outside every class: TestNG's suite and test set-up. */
    private static final java.util.Set<String> SUITE_LEVEL = java.util.Set.of("BeforeSuite", "BeforeTest");

    /**
     * The tests that used what was built for {@code test}, else for every test of {@code className}, else, for a
     * {@code suiteLevel} build, every test of the run.
     */
    private static Collection<String> users(Map<String, List<String>> testsByClass, String test, String className,
                                            boolean suiteLevel) {
        if (test != null) {
            return List.of(test);
        }
        if (className == null) {
            return suiteLevel ? testsByClass.values().stream().flatMap(List::stream).toList() : List.of();
        }
        return testsByClass.getOrDefault(className, List.of());
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The median of {@code values}, 0 when there are none: the figure of a run that had nothing of it. */
    static double median(java.util.stream.Stream<Double> values) {
        return Stats.of(values.toList()).map(Stats::median).orElse(0.0);
    }
}
