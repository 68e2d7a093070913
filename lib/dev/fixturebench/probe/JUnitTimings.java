package dev.fixturebench.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Figure;
import dev.fixturebench.probe.ProbeProtocol.Key;

/**
 * What one native-fixture fork saw: each lifecycle call with the thread's counters around it, and the edges of the
 * measured class's set-up and teardown windows. Heap is read (a full collection) only where the figure asked for
 * needs it, and the probe's own readings are spans of their own, taken out of every window they fall in.
 */
final class JUnitTimings {

    private static final String GAUGE = "gauge";
    /** The kind of a span that closes a fixture begun under the same key: a rule's work after its statement. */
    static final String TEARDOWN = "teardown";
    private static final double MIB = 1024 * 1024;

    /** User code that JUnit calls, as an interceptor's invocation. */
    interface Call<T> {
        T run() throws Throwable;
    }

    /** One span of the running thread: a lifecycle call (its kind) or a reading of the probe's own. */
    private record Span(String key, String kind, Counters start, Counters end, Long heapRetainedBytes) {
    }

    /** An edge of a window: the counters there and, where the figure needs it, the live heap. */
    private record Edge(Counters at, Long liveHeapBytes) {
    }

    private static volatile boolean active;
    private static String target = "";
    private static final List<Span> SPANS = new ArrayList<>();
    private static Edge classStart;
    private static Edge firstTestStart;
    private static Edge firstBodyOrEachStart;
    private static Edge lastTestFinished;
    private static Edge classFinished;
    private static String skipReason;
    private static Integer variants;
    private static BuildProfiler profiler;
    private static boolean profiling;
    private static String profileError;

    private JUnitTimings() {
    }

    /** Switches the timers on for this fork, measuring {@code figure}. */
    static synchronized void activate(String figure) {
        active = true;
        target = figure;
    }

    static boolean active() {
        return active;
    }

    /** Profiles this run's measured window (the last run's, not a warm-up's) when the fork's properties ask. */
    static synchronized void profileThisRun() {
        profiler = BuildProfiler.requested();
        // a profiling fork's figures are not kept: it reads no heap, so the profile shows none of the probe's work
        profiling = profiler != null;
        profileError = null;
    }

    private static synchronized void startProfile() {
        if (profiler != null) {
            profiler.start();
        }
    }

    private static synchronized void stopProfile() {
        if (profiler != null) {
            profiler.stop();
            profileError = profiler.error();
            profiler = null;
        }
    }

    /** Forgets everything seen, before a new launcher run. */
    static synchronized void reset() {
        SPANS.clear();
        classStart = null;
        firstTestStart = null;
        firstBodyOrEachStart = null;
        lastTestFinished = null;
        classFinished = null;
        skipReason = null;
        variants = null;
    }

    /** Runs one call of user code under {@code key}, with the heap read around it when the figure needs that. */
    static <T> T time(String key, String kind, Call<T> call) throws Throwable {
        Open open = begin(key, kind);
        try {
            return call.run();
        } finally {
            end(open);
        }
    }

    /** A span of user code begun by {@link #begin} and not yet ended. */
    static final class Open {
        private final String key;
        private final String kind;
        private final boolean profiled;
        private final boolean gauged;
        private final long heapBefore;
        private final Counters start;
        private boolean ended;

        private Open(String key, String kind, boolean profiled, boolean gauged, long heapBefore, Counters start) {
            this.key = key;
            this.kind = kind;
            this.profiled = profiled;
            this.gauged = gauged;
            this.heapBefore = heapBefore;
            this.start = start;
        }
    }

    /**
     * Begins a span of user code under {@code key} that does not fit one call, such as a rule's work before the
     * statement it wraps; {@link #end} closes it. A {@link #TEARDOWN} span is the same fixture's closing work.
     */
    static Open begin(String key, String kind) {
        boolean measured = !kind.equals(TEARDOWN) && gauged(key);
        boolean profiled = measured && key.equals(Figure.lifecycleKey(target));
        boolean gauged = measured && readsHeap();
        long heapBefore = gauged ? liveHeap() : 0;
        if (profiled) {
            startProfile();
        }
        return new Open(key, kind, profiled, gauged, heapBefore, Counters.atStart());
    }

    /** Ends {@code open} (once; later calls do nothing), with the heap read after it when it was read before. */
    static void end(Open open) {
        if (open == null || open.ended) {
            return;
        }
        open.ended = true;
        Counters end = Counters.atEnd();
        if (open.profiled) {
            stopProfile();
        }
        Long retained = open.gauged ? liveHeap() - open.heapBefore : null;
        synchronized (JUnitTimings.class) {
            SPANS.add(new Span(open.key, open.kind, open.start, end, retained));
        }
    }

    private static synchronized boolean gauged(String key) {
        if (key.equals(Figure.lifecycleKey(target))) {
            return SPANS.stream().noneMatch(span -> span.key().equals(key));
        }
        return target.equals(Figure.CLASS_EXTENSIONS) && classStart != null && firstTestStart == null
                || target.equals(Figure.METHOD_EXTENSIONS) && firstTestStart != null && firstBodyOrEachStart == null;
    }

    /** Whether this fork reads the live heap: not when it profiles, nor when the tool asked for no heap figure. */
    private static boolean readsHeap() {
        return !profiling && JvmGauges.LIVE_HEAP;
    }

    /** Live heap bytes, the reading itself recorded as a span so windows leave its cost out. */
    private static long liveHeap() {
        Counters start = Counters.atStart();
        long bytes = JvmGauges.liveHeapBytes();
        Counters end = Counters.atEnd();
        synchronized (JUnitTimings.class) {
            SPANS.add(new Span(GAUGE, GAUGE, start, end, null));
        }
        return bytes;
    }

    /** A window opens: the heap is read (and a profile started) before the counters, which stay outside it. */
    private static Edge opening(boolean measured) {
        Long live = measured && readsHeap() ? liveHeap() : null;
        if (measured) {
            startProfile();
        }
        return new Edge(Counters.atEnd(), live);
    }

    /** A window closes: the counters are read before the profile stops and the heap is read. */
    private static Edge closing(boolean measured) {
        Counters at = Counters.atStart();
        if (measured) {
            stopProfile();
        }
        return new Edge(at, measured && readsHeap() ? liveHeap() : null);
    }

    static synchronized void classStarted() {
        if (classStart == null) {
            classStart = opening(target.equals(Figure.CLASS_EXTENSIONS));
        }
    }

    static synchronized void testStarted() {
        if (firstTestStart == null && classStart != null) {
            firstTestStart = target.equals(Figure.CLASS_EXTENSIONS) ? closing(true)
                    : opening(target.equals(Figure.METHOD_EXTENSIONS));
        }
    }

    /** The first {@code @BeforeEach} or test body of the first test begins: its set-up by extensions is over. */
    static synchronized void methodWorkStarted() {
        if (firstTestStart != null && firstBodyOrEachStart == null) {
            firstBodyOrEachStart = closing(target.equals(Figure.METHOD_EXTENSIONS));
        }
    }

    static synchronized void testFinished() {
        lastTestFinished = opening(false);
    }

    static synchronized void classFinished() {
        if (classFinished == null && lastTestFinished != null) {
            classFinished = closing(false);
        }
    }

    /** The fixture under {@code key} made {@code count} variants (rows of a table, test instances). */
    static synchronized void variants(String key, int count) {
        if (key.equals(Figure.lifecycleKey(target))) {
            variants = count;
        }
    }

    /** Adds one variant to the measured fixture, which generates the tests that ran (a TestNG data provider). */
    static synchronized void variantRan() {
        if (variants != null) {
            variants++;
        }
    }

    /** JUnit skipped the measured class, an enclosing class or the measured test, for {@code reason}. */
    static synchronized void skipped(String reason) {
        if (skipReason == null) {
            skipReason = reason;
        }
    }

    static synchronized String skipReason() {
        return skipReason;
    }

    /**
     * The figures of {@code figure} as the probe reports them for every fixture: init, CPU, allocated, classes,
     * heap retained and teardown, each null when it could not be taken; plus the calls seen, for diagnosis.
     */
    static synchronized Map<String, Object> figures(String figure) {
        Map<String, Object> figures = new LinkedHashMap<>();
        String key = Figure.lifecycleKey(figure);
        if (key != null) {
            Span call = SPANS.stream().filter(span -> span.key().equals(key) && !span.kind().equals(TEARDOWN))
                    .findFirst().orElse(null);
            Span closing = SPANS.stream().filter(span -> span.key().equals(key) && span.kind().equals(TEARDOWN))
                    .findFirst().orElse(null);
            put(figures, call == null ? null : call.end().minus(call.start()),
                    call == null ? null : call.heapRetainedBytes(),
                    closing == null ? null : closing.end().minus(closing.start()).nanos() / 1e6);
            // a lifecycle method has no dependencies to build first: its own call is its whole init
            figures.put(Key.OWN_INIT_MS, figures.get(Key.INIT_MS));
        } else if (figure.equals(Figure.CLASS_EXTENSIONS)) {
            Counters teardown = window(lastTestFinished, classFinished);
            put(figures, window(classStart, firstTestStart), heapWithin(classStart, firstTestStart),
                    teardown == null ? null : teardown.nanos() / 1e6);
        } else if (figure.equals(Figure.METHOD_EXTENSIONS)) {
            put(figures, window(firstTestStart, firstBodyOrEachStart),
                    heapWithin(firstTestStart, firstBodyOrEachStart), null);
        } else {
            throw new IllegalArgumentException("unknown figure '" + figure + "'");
        }
        List<Object> seen = new ArrayList<>();
        SPANS.stream().filter(span -> !span.kind().equals(GAUGE)).map(Span::key).distinct().forEach(seen::add);
        figures.put(Key.LIFECYCLE_CALLS, seen);
        if (profileError != null) {
            figures.put(Key.PROFILE_ERROR, profileError);
        }
        if (variants != null) {
            figures.put(Key.VARIANTS, variants);
        }
        return figures;
    }

    private static void put(Map<String, Object> figures, Counters used, Long heapBytes, Double teardownMs) {
        figures.put(Key.INIT_MS, used == null ? null : used.nanos() / 1e6);
        figures.put(Key.INIT_CPU_MS, used == null || used.cpuNanos() < 0 ? null : used.cpuNanos() / 1e6);
        figures.put(Key.ALLOCATED_MIB, used == null || used.allocatedBytes() < 0 ? null : used.allocatedBytes() / MIB);
        figures.put(Key.CLASSES_LOADED, used == null ? null : used.classes());
        figures.put(Key.HEAP_RETAINED_MIB, heapBytes == null ? null : heapBytes / MIB);
        figures.put(Key.TEARDOWN_MS, teardownMs);
    }

    /** What the thread used between two edges, less every span that lies wholly inside (calls and readings). */
    private static Counters window(Edge from, Edge to) {
        if (from == null || to == null) {
            return null;
        }
        Counters used = to.at().minus(from.at());
        for (Span span : within(from, to)) {
            used = used.minus(span.end().minus(span.start()));
        }
        return used;
    }

    /** Live heap gained between two edges, less what the calls inside retained themselves. */
    private static Long heapWithin(Edge from, Edge to) {
        if (from == null || to == null || from.liveHeapBytes() == null || to.liveHeapBytes() == null) {
            return null;
        }
        long gained = to.liveHeapBytes() - from.liveHeapBytes();
        for (Span span : within(from, to)) {
            if (span.heapRetainedBytes() != null) {
                gained -= span.heapRetainedBytes();
            }
        }
        return gained;
    }

    private static List<Span> within(Edge from, Edge to) {
        return SPANS.stream().filter(span -> span.start().nanos() >= from.at().nanos()
                && span.end().nanos() <= to.at().nanos()).toList();
    }
}
