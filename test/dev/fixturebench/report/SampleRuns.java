package dev.fixturebench.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.fixturebench.model.Advice;
import dev.fixturebench.model.AdviceFloor;
import dev.fixturebench.model.AdvicePattern;
import dev.fixturebench.model.Baseline;
import dev.fixturebench.model.ClassDataSharing;
import dev.fixturebench.model.ClassTiming;
import dev.fixturebench.model.Environment;
import dev.fixturebench.model.FixtureInfo;
import dev.fixturebench.model.FixtureResult;
import dev.fixturebench.model.ForkSettings;
import dev.fixturebench.model.FixtureScope;
import dev.fixturebench.model.FixtureType;
import dev.fixturebench.model.Gpu;
import dev.fixturebench.model.InSuite;
import dev.fixturebench.model.Memory;
import dev.fixturebench.model.Outcome;
import dev.fixturebench.model.RunResult;
import dev.fixturebench.model.RunSettings;
import dev.fixturebench.model.SpringContext;
import dev.fixturebench.model.Stats;
import dev.fixturebench.model.Status;
import dev.fixturebench.model.SuiteCatalog;
import dev.fixturebench.model.SuiteFixture;
import dev.fixturebench.model.SuiteTests;
import dev.fixturebench.model.Timings;
import dev.fixturebench.model.WholeSuite;

/** A small run with every kind of row (ok, error, skipped, a fixture never measured), for the formats' tests. */
public final class SampleRuns {

    private SampleRuns() {
    }

    static final String LONG_ERROR = "dev.fixturebench.api.FixtureCreationException: Fixture 'broken_model'"
            + " failed to build: java.io.IOException: weights file truncated after 4096 bytes\n\tat Loader.load(Loader.java:42)";

    public static Stats stats(double... readings) {
        return Stats.of(java.util.Arrays.stream(readings).boxed().toList()).orElseThrow();
    }

    public static FixtureResult ok(String name, String category, double initMs, double heapMib) {
        FixtureInfo info = new FixtureInfo(name, FixtureType.STATIC, FixtureScope.METHOD, category, "example.Holder", List.of("dep"), 4);
        return new FixtureResult(info, Outcome.OK,
                new Timings(stats(initMs, initMs + 2, initMs - 1), stats(initMs), stats(0), stats(initMs / 2), null,
                        stats(900 + initMs, 905 + initMs, 899 + initMs), stats(initMs + 10, initMs + 15, initMs + 9)),
                new Memory(heapMib, heapMib + 1, 12.0, heapMib + 20, null), null, null);
    }

    /** Fork settings with a limit of {@code timeoutSeconds}. */
    public static ForkSettings forks(int repeat, int baselineRuns, double timeoutSeconds, int warmup, int jobs,
                                     List<String> jvmArgs) {
        return new ForkSettings(repeat, baselineRuns, java.time.Duration.ofMillis(Math.round(timeoutSeconds * 1000)),
                warmup, jobs, jvmArgs);
    }

    public static RunResult run() {
        FixtureInfo brokenInfo = new FixtureInfo("broken_model", FixtureType.DYNAMIC, FixtureScope.SESSION, "Real Model", "example.Source",
                List.of(), 0);
        FixtureInfo gpuInfo = new FixtureInfo("gpu_device_buffer", FixtureType.STATIC, FixtureScope.CLASS, "GPU", "example.Holder", List.of(),
                1);
        FixtureInfo unmeasured = new FixtureInfo("never_measured", FixtureType.STATIC, FixtureScope.METHOD, "Static", "example.Holder",
                List.of(), 0);
        List<FixtureResult> results = List.of(ok("z_static", "Static", 12.0, 0.5),
                ok("calib_sleep_250ms", "Calibration", 250.4, 0.0),
                FixtureResult.failed(brokenInfo, Status.ERROR, LONG_ERROR, stats(700), null),
                FixtureResult.failed(gpuInfo, Status.SKIPPED, "no GPU: libcuda.so.1 not found", stats(700), null));
        List<FixtureInfo> catalog = new java.util.ArrayList<>(results.stream().map(FixtureResult::fixture).toList());
        catalog.add(unmeasured);
        return RunResult.of(Instant.parse("2026-11-26T12:00:00Z"),
                new Environment("Debian 17.0.15", "Linux", "Test CPU, 2 logical cores",
                        Gpu.unavailable("CUDA driver not loadable")),
                new RunSettings("/suite", "JUnit Platform 1.11.4", forks(3, 5, 120, 0, 1, List.of()),
                        new ClassDataSharing(true, "982 classes")),
                new SuiteCatalog(catalog, 7, List.of("get_it_session__template")),
                new Baseline(stats(800, 850, 790, 810, 820), 120.0, stats(1100, 1150, 1090, 1110, 1120)), results);
    }

    /** The name a fixture of the formats' tests takes to break a page or report that does not escape it. */
    static final String HOSTILE = "<script>alert(1)</script>";

    /** The sample's advice floor, as --advice-floor-ms=5 sets it: every piece of its advice is listed. */
    static final AdviceFloor LOW_FLOOR = new AdviceFloor(5, 1);

    /** The sample run with the whole suite run for real ({@code --whole-suite}) attached. */
    public static RunResult withWholeSuite() {
        return withWholeSuite(run());
    }

    /**
     * {@code run} with a whole suite's run attached: three suite runs of two Spring test classes, each with a context
     * of its own; fixtures the run measured in isolation and some it did not (extension work timed as a whole, with what
     * it covers), a fixture named {@code <script>alert(1)</script>} where {@code run} has one; advice, one piece
     * saying a fixture could go; one failed test whose message holds markup, and a note.
     */
    public static RunResult withWholeSuite(RunResult run) {
        String service = "example.GreetingServiceTest";
        String controller = "example.GreetingControllerTest";
        List<SuiteFixture> fixtures = new ArrayList<>();
        fixtures.add(new SuiteFixture(catalogued(run, "calib_sleep_250ms"), new InSuite(4, 1002.4, 250.6, 0.0, 4, 2),
                null));
        fixtures.add(new SuiteFixture(catalogued(run, "z_static"), new InSuite(4, 49.0, 12.2, 1.5, 4, 2), null));
        fixtures.add(new SuiteFixture(catalogued(run, "never_measured"), new InSuite(1, 20.0, 20.0, 0.0, 0, 1), null));
        fixtures.add(new SuiteFixture(new FixtureInfo(controller + "#<extensions>", FixtureType.JUNIT,
                FixtureScope.CLASS, "JUnit", controller, List.of()), new InSuite(1, 1835.0, 1835.0, 3.1, 2, 1),
                "SpringExtension and MockitoExtension, the application context included, timed as a whole"));
        fixtures.add(new SuiteFixture(new FixtureInfo(service + "#<extensions>", FixtureType.JUNIT,
                FixtureScope.CLASS, "JUnit", service, List.of()), new InSuite(1, 1660.0, 1660.0, 0.8, 2, 1),
                "SpringExtension, the application context included, timed as a whole"));
        List<Advice> advice = new ArrayList<>();
        advice.add(new Advice("calib_sleep_250ms", FixtureScope.METHOD, FixtureScope.SESSION, 751.8,
                "Built 4 times for 4 tests in 2 classes; once for the run would do.", null, true));
        advice.add(new Advice("never_measured", FixtureScope.METHOD, null, 20.0,
                "Built once and used by no test.", null, true));
        if (run.suite().fixtures().stream().anyMatch(f -> f.name().equals(HOSTILE))) {
            fixtures.add(new SuiteFixture(catalogued(run, HOSTILE), new InSuite(2, 11.0, 5.5, 0.0, 2, 1),
                    "<i>both</i> calls timed as one"));
            advice.add(new Advice(HOSTILE, FixtureScope.METHOD, FixtureScope.CLASS, 5.5,
                    "Built twice in one class: <em>once</em> would do.", null, true));
        }
        fixtures.sort(Comparator.comparingDouble((SuiteFixture f) -> f.inSuite().totalMs()).reversed());
        advice.sort(Comparator.comparingDouble(Advice::savingMs).reversed());
        List<ClassTiming> classes = List.of(
                new ClassTiming(service, 1702.5, 530.2, 1.1, 2, "context-1"),
                new ClassTiming(controller, 1880.0, 612.3, 3.4, 2, "context-2"));
        List<SpringContext> contexts = List.of(
                new SpringContext("context-1", List.of(service), List.of(service), 1650.0, 1, 0,
                        List.of("configuration example.GreetingApp", "property greeting.prefix=Hello"), "context-2",
                        List.of("+ property greeting.prefix=Hello", "− property greeting.prefix=Hi",
                                "− customizer MockMvc")),
                new SpringContext("context-2", List.of(controller), List.of(controller), 1790.0, 1, 0,
                        List.of("configuration example.GreetingApp", "property greeting.prefix=Hi",
                                "customizer MockMvc"), "context-1",
                        List.of("+ property greeting.prefix=Hi", "+ customizer MockMvc",
                                "− property greeting.prefix=Hello")));
        SuiteTests tests = new SuiteTests(5, 1, 0, 1, List.of(controller
                + "#greets: expected: <b>Hi, Ada</b> but was: <b>Hello, Ada</b>"));
        double buildMs = fixtures.stream().mapToDouble(f -> f.inSuite().totalMs()).sum();
        WholeSuite wholeSuite = new WholeSuite(3, 2, stats(6120, 6050, 6310), buildMs, tests, fixtures, classes,
                contexts, advice, List.of(), LOW_FLOOR,
                List.of("Run 3: the Spring context cache's statistics could not be read."));
        return RunResult.of(run.generated(), run.environment(), run.settings(), run.suite(), run.baseline(),
                run.fixtures())
                .withStartupProfile(run.startupProfile())
                .withWholeSuite(wholeSuite);
    }

    /** The pattern of {@link #atScale}'s habit: every generated class's own {@code @BeforeEach setUp}. */
    public static final String HABIT = "*#setUp (@BeforeEach)";

    /**
     * The sample run with a whole suite as the generated lifecycle suite gives it, at the default floor: {@code classes}
     * classes each with a {@code @BeforeEach setUp} (2.1 ms before each of 2 tests) and a {@code @BeforeAll setUpClass},
     * 2 fixtures per class; a base class's {@code @BeforeEach} inherited by 30 classes (90 builds of 20 ms), and two
     * small pieces of advice below the floor of a 12 s suite.
     */
    public static RunResult atScale(int classes) {
        RunResult run = run();
        List<SuiteFixture> fixtures = new ArrayList<>();
        List<ClassTiming> timings = new ArrayList<>();
        List<Advice> advice = new ArrayList<>();
        fixtures.add(new SuiteFixture(junit("RepositoryBase#openConnection", FixtureScope.METHOD),
                new InSuite(90, 1800, 20, 0, 90, 30), null));
        advice.add(new Advice("RepositoryBase#openConnection", FixtureScope.METHOD, FixtureScope.CLASS, 1200,
                "@BeforeEach ran before each of 90 tests; as @BeforeAll it would run once per class (30), if no test"
                        + " changes what it sets up", null, true));
        for (int i = 1; i <= classes; i++) {
            String name = String.format("Gen%05dTest", i);
            double setUp = 2.0 + (i % 10) / 50.0;
            fixtures.add(new SuiteFixture(junit(name + "#setUp", FixtureScope.METHOD),
                    new InSuite(2, 2 * setUp, setUp, 0, 2, 1), null));
            fixtures.add(new SuiteFixture(junit(name + "#setUpClass", FixtureScope.CLASS),
                    new InSuite(1, 5.1, 5.1, 0, 2, 1), null));
            timings.add(new ClassTiming("dev.fixturebench.generated." + name, 6.2, 4.6, 0.3, 2, null));
            advice.add(new Advice(name + "#setUp", FixtureScope.METHOD, FixtureScope.CLASS, setUp, "@BeforeEach ran"
                    + " before each of 2 tests; as @BeforeAll it would run once per class (1), if no test changes what"
                    + " it sets up", HABIT, true));
        }
        fixtures.add(new SuiteFixture(junit("AuditTest#openFile", FixtureScope.METHOD), new InSuite(2, 60, 30, 0, 2, 1),
                null));
        advice.add(new Advice("AuditTest#openFile", FixtureScope.METHOD, FixtureScope.CLASS, 30, "@BeforeEach ran"
                + " before each of 2 tests; as @BeforeAll it would run once per class (1), if no test changes what it"
                + " sets up", null, false));
        fixtures.add(new SuiteFixture(junit("ClockTest#clock", FixtureScope.METHOD), new InSuite(2, 25, 12.5, 0, 2, 1),
                null));
        advice.add(new Advice("ClockTest#clock", FixtureScope.METHOD, FixtureScope.CLASS, 12.5, "@BeforeEach ran"
                + " before each of 2 tests; as @BeforeAll it would run once per class (1), if no test changes what it"
                + " sets up", null, false));
        double habit = advice.stream().filter(a -> HABIT.equals(a.pattern())).mapToDouble(Advice::savingMs).sum();
        List<AdvicePattern> patterns = List.of(new AdvicePattern(HABIT, FixtureScope.METHOD, FixtureScope.CLASS,
                classes, habit, "@BeforeEach setUp in " + classes + " classes ran before each of their " + 2 * classes
                + " tests; as @BeforeAll each would run once per class (" + classes + " in all), if no test changes"
                + " what it sets up", true));
        fixtures.sort(Comparator.comparingDouble((SuiteFixture f) -> f.inSuite().totalMs()).reversed());
        advice.sort(Comparator.comparingDouble(Advice::savingMs).reversed());
        double buildMs = fixtures.stream().mapToDouble(f -> f.inSuite().totalMs()).sum();
        WholeSuite wholeSuite = new WholeSuite(1, classes + 32, stats(12_000), buildMs,
                new SuiteTests(2 * classes + 94, 0, 0, 0, List.of()), fixtures, timings, List.of(), advice, patterns,
                AdviceFloor.DEFAULT, List.of());
        return RunResult.of(run.generated(), run.environment(), run.settings(), run.suite(), run.baseline(),
                run.fixtures()).withWholeSuite(wholeSuite);
    }

    private static FixtureInfo junit(String name, FixtureScope scope) {
        return new FixtureInfo(name, FixtureType.JUNIT, scope, "JUnit", "dev.fixturebench.generated."
                + name.substring(0, name.indexOf('#')), List.of());
    }

    /**
     * A run that measured {@code count} fixtures alone, all ok, of three categories, two scopes and two types, with
     * figures that differ from row to row: the fixtures table at scale.
     */
    public static RunResult measured(int count) {
        RunResult run = run();
        List<String> categories = List.of("Calibration", "Real Model", "Static");
        List<FixtureResult> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FixtureResult ok = ok(String.format("fixture_%05d", i), categories.get(i % 3), 1 + (i * 7919 % 1000) / 10.0,
                    (i % 17) / 4.0);
            FixtureInfo info = new FixtureInfo(ok.fixture().name(), i % 2 == 0 ? FixtureType.STATIC : FixtureType.DYNAMIC,
                    i % 5 == 0 ? FixtureScope.SESSION : FixtureScope.METHOD, ok.fixture().category(),
                    ok.fixture().declaredIn(), List.of(), i % 7);
            results.add(new FixtureResult(info, ok.outcome(), ok.timings(), ok.memory(), null, null));
        }
        return RunResult.of(run.generated(), run.environment(), run.settings(), new SuiteCatalog(
                results.stream().map(FixtureResult::fixture).toList(), 2 * count, List.of()), run.baseline(), results);
    }

    private static FixtureInfo catalogued(RunResult run, String name) {
        return run.suite().fixtures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
