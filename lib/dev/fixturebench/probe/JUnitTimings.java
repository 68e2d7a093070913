package dev.fixturebench.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one native-fixture fork saw: each lifecycle call and constructor with its start and duration, and when the
 * measured class and its first test started. Filled by {@link LifecycleTimer} and {@link SetupWatch}.
 */
final class JUnitTimings {

    /** One timed call of user code. */
    record Call(String key, String kind, long start, long nanos) {
    }

    private static volatile boolean active;
    private static final List<Call> CALLS = new ArrayList<>();
    private static long classStart;
    private static long firstTestStart;
    private static long firstBodyOrEachStart;

    private JUnitTimings() {
    }

    static void activate() {
        active = true;
    }

    static boolean active() {
        return active;
    }

    /** Forgets everything seen, before a new launcher run. */
    static synchronized void reset() {
        CALLS.clear();
        classStart = 0;
        firstTestStart = 0;
        firstBodyOrEachStart = 0;
    }

    static synchronized void call(String key, String kind, long start, long nanos) {
        CALLS.add(new Call(key, kind, start, nanos));
    }

    static synchronized void classStarted(long now) {
        if (classStart == 0) {
            classStart = now;
        }
    }

    static synchronized void testStarted(long now) {
        if (firstTestStart == 0) {
            firstTestStart = now;
        }
    }

    static synchronized void methodWorkStarted(long now) {
        if (firstTestStart != 0 && firstBodyOrEachStart == 0) {
            firstBodyOrEachStart = now;
        }
    }

    /** The figures of the run: first call of each lifecycle method, set-up windows and what extensions took. */
    static synchronized Map<String, Object> figures() {
        Map<String, Object> lifecycle = new LinkedHashMap<>();
        for (Call call : CALLS) {
            lifecycle.putIfAbsent(call.key(), call.nanos() / 1e6);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("lifecycle_ms", lifecycle);
        if (classStart != 0 && firstTestStart != 0) {
            long setup = firstTestStart - classStart;
            figures.put("class_setup_ms", setup / 1e6);
            figures.put("class_extensions_ms", (setup - timedWithin(classStart, firstTestStart)) / 1e6);
        }
        if (firstTestStart != 0 && firstBodyOrEachStart != 0) {
            long setup = firstBodyOrEachStart - firstTestStart;
            figures.put("method_setup_ms", setup / 1e6);
            figures.put("method_extensions_ms", (setup - timedWithin(firstTestStart, firstBodyOrEachStart)) / 1e6);
        }
        return figures;
    }

    private static long timedWithin(long from, long to) {
        long timed = 0;
        for (Call call : CALLS) {
            if (call.start() >= from && call.start() + call.nanos() <= to) {
                timed += call.nanos();
            }
        }
        return timed;
    }
}
