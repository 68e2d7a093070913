package dev.fixturebench.probe;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * Catches a fixture calling {@code System.exit}: a shutdown hook that, when the JVM exits before the probe has
 * reported, writes an {@code exit} result with the stack of the thread that asked to exit — or, in a whole-suite
 * run, what the suite's recorder saw until then, with the exit as the reason it stopped.
 */
final class ExitWatch {

    private final Path resultFile;
    private final java.util.concurrent.atomic.AtomicBoolean reported = new java.util.concurrent.atomic.AtomicBoolean();

    private ExitWatch(Path resultFile) {
        this.resultFile = resultFile;
    }

    static ExitWatch install(Path resultFile) {
        ExitWatch watch = new ExitWatch(resultFile);
        Runtime.getRuntime().addShutdownHook(new Thread(watch::onExit, "fixture-bench-exit-watch"));
        return watch;
    }

    /**
     * Claims the result file for the probe's own report; false when an exit in progress has claimed it already.
     * Only one of the two ever writes the file.
     */
    boolean claim() {
        return reported.compareAndSet(false, true);
    }

    private void onExit() {
        if (!claim()) {
            return;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        SuiteRecorder suite = SuiteRecorder.active();
        if (suite != null) {
            // a whole-suite run keeps what it saw before the exit: the tests that ran are results all the same
            result.put(Key.STATUS, Result.OK);
            result.putAll(suite.stopped("the JVM was asked to exit while the suite ran; the caller:\n"
                    + exitingStack()));
        } else {
            result.put(Key.STATUS, Result.EXIT);
            result.put(Key.ERROR, "the JVM was asked to exit while the fixture was being built or closed; the caller:\n"
                    + exitingStack());
        }
        try {
            ProbeMain.write(resultFile, JsonOut.write(result));
        } catch (IOException e) {
            e.printStackTrace();
        }
    }

    private static String exitingStack() {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            StackTraceElement[] frames = entry.getValue();
            for (int i = 0; i < frames.length; i++) {
                if (frames[i].getClassName().equals("java.lang.Runtime") && frames[i].getMethodName().equals("exit")) {
                    StringBuilder stack = new StringBuilder("Thread \"" + entry.getKey().getName() + "\"\n");
                    for (int j = i; j < frames.length; j++) {
                        stack.append("\tat ").append(frames[j]).append('\n');
                    }
                    return stack.toString();
                }
            }
        }
        return "(no thread in Runtime.exit was found: a signal, or the last non-daemon thread ended)";
    }
}
