package dev.fixturebench.probe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Suite;


/**
 * What a whole-suite fork saw while the tests ran for real: every fixture build and close with the test (or class)
 * that caused it, each class's set-up, tests and teardown, and the extension work of each class and test, less the
 * timed calls inside it. Each framework's listener ({@link PlatformSuiteListener}, {@link JUnit4SuiteListener},
 * {@link TestNGTimer}) tells it where classes and tests start and end. Assumes one test at a time runs.
 */
final class SuiteRecorder {

    /** The status of a test or class that passed, as the whole-suite figures read it. */
    static final String SUCCESSFUL = "successful";
    /** Class windows, by framework: Jupiter's extensions, JUnit 4's runner, TestNG's own set-up. */
    static final String EXTENSIONS = "<extensions>";
    static final String RUNNER = "<runner>";
    static final String SET_UP = "<set-up>";

    private static volatile SuiteRecorder active;

    /** A timed span of the thread that no other timed span encloses: windows leave it out. */
    private record Span(long start, long end) {
    }

    /** A class being run: the edges of its set-up and teardown windows, and the spans recorded so far at each. */
    private static final class ClassRun {
        final String name;
        final String window;
        final long start = System.nanoTime();
        final int spansAtStart;
        long setupEnd = -1;
        long lastChildEnd = -1;
        int spansAtLastChild;
        int testsRun;
        /** Spring's context-cache misses when it started (-1: unknown), and those of its nested classes since. */
        int springMissesAtStart = -1;
        int nestedMisses;

        ClassRun(String name, String window, int spansAtStart) {
            this.name = name;
            this.window = window;
            this.spansAtStart = spansAtStart;
        }
    }

    /**
     * A test being run, with its extension window while open: from the end of the class's previous child (JUnit
     * creates and post-processes the test instance before it reports the test started) to its first
     * {@code @BeforeEach} or body.
     */
    private static final class TestRun {
        final String id;
        final String className;
        final long start = System.nanoTime();
        final long windowStart;
        final int spansAtWindowStart;
        boolean windowClosed;

        TestRun(String id, String className, long windowStart, int spansAtWindowStart) {
            this.id = id;
            this.className = className;
            this.windowStart = windowStart;
            this.spansAtWindowStart = spansAtWindowStart;
        }
    }

    private final long started = System.nanoTime();
    private final SetupShow show;
    private final SpringContexts contexts = new SpringContexts();
    private final ApplicationStarts applications = new ApplicationStarts();
    private final List<Span> spans = new ArrayList<>();
    private final Deque<ClassRun> classes = new ArrayDeque<>();
    private final List<Object> events = new ArrayList<>();
    private final List<Object> resolves = new ArrayList<>();
    private final List<Object> tests = new ArrayList<>();
    private final List<Object> classRecords = new ArrayList<>();
    private TestRun test;
    private int depth;

    SuiteRecorder(SetupShow show) {
        this.show = show;
    }

    /** The recorder of this fork's suite run, or null when the fork runs no suite. */
    static SuiteRecorder active() {
        return active;
    }

    static void activate(SuiteRecorder recorder) {
        active = recorder;
    }

    /** Runs one lifecycle call under {@code key} ({@code Class#method(types)}), recording it as a build of it. */
    <T> T time(String key, String kind, JUnitTimings.Call<T> call) throws Throwable {
        if ("BeforeEach".equals(kind) || "Before".equals(kind) || JUnit3Steps.SET_UP.equals(kind)) {
            methodWorkStarted(); // Jupiter's, JUnit 4's or JUnit 3's first per-test call ends the test's set-up window
        }
        long start;
        synchronized (this) {
            depth++;
            start = System.nanoTime();
        }
        try {
            return call.run();
        } finally {
            long end = System.nanoTime();
            synchronized (this) {
                depth--;
            }
            record(key, kind, start, end);
        }
    }

    /**
     * Records user code under {@code key} that ran from {@code start} to {@code end} ({@code System.nanoTime()}):
     * a close where {@code kind} begins with {@code After}, else a build.
     */
    synchronized void record(String key, String kind, long start, long end) {
        span(start, end);
        boolean teardown = kind.startsWith("After") || JUnit3Steps.TEAR_DOWN.equals(kind);
        event(Suite.CALL + key, teardown ? Suite.CLOSE : Suite.BUILD, kind, end - start, null, currentClass());
        if (!"<init>".equals(kind)) {
            show.fixture(teardown ? "TEARDOWN" : "SETUP", scopeLetter(kind), shortName(key), (end - start) / 1e6,
                    test != null);
        }
    }

    /** A fixture of the API was built: {@code ownNanos} its factory call, {@code totalNanos} with its dependencies. */
    synchronized void built(String name, String scope, long totalNanos, long ownNanos) {
        long end = System.nanoTime();
        if (depth == 0) {
            span(end - totalNanos, end);
        }
        event(Suite.API + name, Suite.BUILD, scope, ownNanos, totalNanos, currentClass());
        show.fixture("SETUP", scopeLetterOf(scope), name, ownNanos / 1e6, test != null);
    }

    synchronized void closed(String name, String scope, long nanos) {
        long end = System.nanoTime();
        if (depth == 0) {
            span(end - nanos, end);
        }
        event(Suite.API + name, Suite.CLOSE, scope, nanos, null, currentClass());
        show.fixture("TEARDOWN", scopeLetterOf(scope), name, nanos / 1e6, test != null);
    }

    synchronized void resolved(String name) {
        Map<String, Object> resolve = new LinkedHashMap<>();
        resolve.put(Suite.FIXTURE, name);
        resolve.put(Suite.TEST, test == null ? null : test.id);
        resolve.put(Suite.CLASS, currentClass());
        resolves.add(resolve);
    }

    /** A test's first {@code @BeforeEach} or body begins: its extensions' set-up is over. */
    synchronized void methodWorkStarted() {
        if (test != null && !test.windowClosed) {
            test.windowClosed = true;
            long end = System.nanoTime();
            long used = end - test.windowStart - spansSince(test.spansAtWindowStart);
            event(Suite.TEST_WINDOW + test.className, Suite.BUILD, "test", used, null, test.className);
            if (used >= 1_000_000) {
                show.fixture("SETUP", "M", simpleName(test.className) + "#<test " + testWindow() + ">",
                        used / 1e6, true);
            }
        }
    }

    /**
     * A test class starts (a {@code @Nested} one inside its enclosing class's run); {@code window} names the work of
     * its own set-up that no timed call covers, as the set-up lines show it: {@code <extensions>} (Jupiter's
     * extensions), {@code <runner>} (JUnit 4's runner), {@code <set-up>} (TestNG's).
     */
    synchronized void classStarted(String className, String window) {
        long now = System.nanoTime();
        closeSetup(classes.peek(), now);
        ClassRun run = new ClassRun(className, window, spans.size());
        classes.push(run);
        // Spring's context-cache misses, read now and again at its end: did this class build its context? Inside
        // the window: the first read initialises spring-test, as the class's own extension would
        run.springMissesAtStart = contexts.missCount();
        show.classStarted(className);
    }

    /** A test starts: {@code id} unique in the run, {@code display} as reports name it. */
    synchronized void testStarted(String id, String className, String display) {
        long now = System.nanoTime();
        ClassRun parent = classes.peek();
        closeSetup(parent, now);
        boolean after = parent != null && parent.lastChildEnd >= 0;
        test = new TestRun(id, className, after ? parent.lastChildEnd : now,
                after ? parent.spansAtLastChild : spans.size());
        show.test(display);
    }

    /**
     * A test finished with {@code status} ({@code successful}, {@code failed} or {@code aborted}) and the failure, if
     * any.
     */
    synchronized void testFinished(String id, String className, String display, String status, Throwable failure) {
        long now = System.nanoTime();
        if (test != null) {
            methodWorkStarted();
            tests.add(testRecord(id, className, display, status, failure, (now - test.start) / 1e6));
            show.testFinished(status.toUpperCase(Locale.ROOT), (now - test.start) / 1e6);
            test = null;
        }
        childFinished(now);
        if (!classes.isEmpty()) {
            classes.peek().testsRun++;
        }
    }

    /** A test class finished, {@code successful} unless its own set-up or teardown failed. */
    synchronized void classFinished(String className, String status, Throwable failure) {
        classFinished(className, status, failure, null);
    }

    /**
     * As {@link #classFinished(String, String, Throwable)}, with the class the engine ran ({@code loaded}, null when
     * unknown): what it ran against tells whether Quarkus started an application for it.
     */
    synchronized void classFinished(String className, String status, Throwable failure, Class<?> loaded) {
        if (!classes.isEmpty() && classes.peek().name.equals(className)) {
            ClassRun run = classes.pop();
            classFinished(run, System.nanoTime(), status, failure, loaded);
            childFinished(System.nanoTime());
        }
    }

    /** A test or class that did not run, for {@code reason}. */
    synchronized void skipped(String id, String className, String display, String reason) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(Suite.ID, id);
        record.put(Suite.CLASS, className);
        record.put(Suite.DISPLAY, display);
        record.put(Suite.STATUS, "skipped");
        record.put(Suite.MESSAGE, reason);
        record.put(Suite.MS, 0.0);
        tests.add(record);
    }

    private static Map<String, Object> testRecord(String id, String className, String display, String status,
                                                  Throwable failure, double ms) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(Suite.ID, id);
        record.put(Suite.CLASS, className);
        record.put(Suite.DISPLAY, display);
        record.put(Suite.STATUS, status);
        record.put(Suite.MESSAGE, failure == null ? null : String.valueOf(failure));
        record.put(Suite.MS, ms);
        return record;
    }

    /** The run's records, for the fork's result. */
    synchronized Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(Suite.TESTS, tests);
        figures.put(Suite.CLASSES, classRecords);
        figures.put(Suite.EVENTS, events);
        figures.put(Suite.RESOLVES, resolves);
        List<Object> described = new ArrayList<>(contexts.described());
        described.addAll(applications.described());
        figures.put(Suite.CONTEXTS, described);
        figures.put(Suite.CONTEXT_ERROR, contexts.error() != null ? contexts.error() : applications.error());
        return figures;
    }

    /** The run's records so far, for a run that ended early for {@code reason}: its wall time is up to now. */
    synchronized Map<String, Object> stopped(String reason) {
        Map<String, Object> figures = figures();
        figures.put(Suite.WALL_MS, (System.nanoTime() - started) / 1e6);
        figures.put(Suite.STOPPED, reason);
        return figures;
    }

    /** A class's set-up window closes at its first child (a test or a nested class), or at its end without one. */
    private void closeSetup(ClassRun run, long now) {
        if (run != null && run.setupEnd < 0) {
            run.setupEnd = now;
            long used = now - run.start - spansSince(run.spansAtStart);
            event(Suite.CLASS_WINDOW + run.name, Suite.BUILD, "class", used, null, run.name);
            show.fixture("SETUP", "C", simpleName(run.name) + "#" + run.window, used / 1e6, false);
        }
    }

    private void childFinished(long now) {
        ClassRun run = classes.peek();
        if (run != null) {
            run.lastChildEnd = now;
            run.spansAtLastChild = spans.size();
        }
    }

    private void classFinished(ClassRun run, long now, String status, Throwable failure, Class<?> loaded) {
        closeSetup(run, now); // a class without children: its whole run is set-up
        long testsEnd = run.lastChildEnd < 0 ? run.setupEnd : run.lastChildEnd;
        long teardown = now - testsEnd;
        if (run.lastChildEnd >= 0) {
            long used = teardown - spansSince(run.spansAtLastChild);
            event(Suite.CLASS_WINDOW + run.name, Suite.CLOSE, "class", used, null, run.name);
            show.fixture("TEARDOWN", "C", simpleName(run.name) + "#" + run.window, used / 1e6, false);
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(Suite.CLASS, run.name);
        record.put(Suite.SETUP_MS, (run.setupEnd - run.start) / 1e6);
        record.put(Suite.TESTS_MS, (testsEnd - run.setupEnd) / 1e6);
        record.put(Suite.TEARDOWN_MS, teardown / 1e6);
        record.put(Suite.TESTS_RUN, run.testsRun);
        if (!SUCCESSFUL.equals(status)) {
            // a @BeforeAll that threw, a class that failed to load: the suite's failure, counted with its tests'
            tests.add(testRecord(run.name + "#<class>", run.name, "(the class itself)", status, failure,
                    (now - run.start) / 1e6));
        }
        // the context is named after the class ran, when Spring's classes are warm, outside every window
        String context = contexts.contextOf(run.name);
        // else a Quarkus or Micronaut application, named as the frameworks decide on starts
        ApplicationStarts.Start application = context == null ? applications.of(run.name, loaded, run.testsRun)
                : null;
        if (application != null) {
            record.put(Suite.CONTEXT, application.id());
            record.put(Suite.CONTEXT_CACHED, !application.started());
            record.put(Suite.CONTEXT_STARTS, application.starts());
        }
        record.putIfAbsent(Suite.CONTEXT, context);
        int misses = contexts.missCount();
        if (misses >= 0 && run.springMissesAtStart >= 0) {
            int all = misses - run.springMissesAtStart;
            if (context != null) {
                record.put(Suite.CONTEXT_CACHED, all - run.nestedMisses == 0);
            }
            if (!classes.isEmpty()) {
                classes.peek().nestedMisses += all;
            }
        }
        classRecords.add(record);
    }

    private void event(String key, String phase, String kind, long nanos, Long totalNanos, String className) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put(Suite.FIXTURE, key);
        event.put(Suite.PHASE, phase);
        event.put(Suite.KIND, kind);
        event.put(Suite.MS, nanos / 1e6);
        if (totalNanos != null) {
            event.put(Suite.TOTAL_MS, totalNanos / 1e6);
        }
        event.put(Suite.TEST, test == null ? null : test.id);
        event.put(Suite.CLASS, className);
        events.add(event);
    }

    /** A top-level span: spans recorded earlier that it overlaps (a dependency's build) give way to it. */
    private void span(long start, long end) {
        while (!spans.isEmpty() && spans.get(spans.size() - 1).end() > start) {
            spans.remove(spans.size() - 1);
        }
        spans.add(new Span(start, end));
    }

    private long spansSince(int index) {
        long total = 0;
        for (int i = Math.min(index, spans.size()); i < spans.size(); i++) {
            total += spans.get(i).end() - spans.get(i).start();
        }
        return total;
    }

    /** What a test's own set-up window is called: its class's window's word ({@code extensions}, {@code set-up}). */
    private String testWindow() {
        ClassRun run = classes.peek();
        String window = run == null || run.window.equals(RUNNER) ? SET_UP : run.window;
        return window.substring(1, window.length() - 1);
    }

    private String currentClass() {
        if (test != null) {
            return test.className;
        }
        ClassRun run = classes.peek();
        return run == null ? null : run.name;
    }

    private static String scopeLetterOf(String scope) {
        return scope.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** The scope letter of a call of {@code kind}: S(ession), T(est), G(roup), C(lass) or M(ethod). */
    private static String scopeLetter(String kind) {
        if (kind.endsWith("Suite")) {
            return "S";
        }
        if (kind.endsWith("Test")) {
            return "T";
        }
        if (kind.endsWith("Groups")) {
            return "G";
        }
        return kind.endsWith("All") || kind.endsWith("Class") || kind.equals("ClassRule")
                || kind.equals("AfterClassRule") || kind.equals("Parameters") || kind.equals("Factory") ? "C" : "M";
    }

    private static String shortName(String key) {
        int hash = key.indexOf('#');
        return simpleName(key.substring(0, hash)) + key.substring(hash);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
