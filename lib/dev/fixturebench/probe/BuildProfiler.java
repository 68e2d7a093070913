package dev.fixturebench.probe;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import dev.fixturebench.probe.ProbeProtocol.Profiling;

/**
 * Profiles one fixture build with async-profiler's Java API, loaded by reflection from the jar the tool names, in a
 * class loader of its own, so neither the probe nor the suite ever has it on its class path. A profile that cannot be
 * recorded leaves the build alone and says why in {@link #error()}.
 */
final class BuildProfiler {

    private static final String API = "one.profiler.AsyncProfiler";

    private final String event;
    private final String intervalMs;
    private final String file;
    private final String library;
    private final String jar;
    private Object profiler;
    private Method execute;
    private String error;

    private BuildProfiler(String event, String intervalMs, String file, String library, String jar) {
        this.event = event;
        this.intervalMs = intervalMs;
        this.file = file;
        this.library = library;
        this.jar = jar;
    }

    /** The profiler this fork's system properties ask for, or null when they ask for none. */
    static BuildProfiler requested() {
        String event = System.getProperty(Profiling.EVENT);
        if (event == null) {
            return null;
        }
        return new BuildProfiler(event, System.getProperty(Profiling.INTERVAL_MS, "1"),
                System.getProperty(Profiling.FILE), System.getProperty(Profiling.LIBRARY),
                System.getProperty(Profiling.JAR));
    }

    /** Starts sampling {@link #event} on the calling thread (for {@code wall}, that thread alone). */
    void start() {
        if (file == null || library == null || jar == null) {
            error = "the profiling fork lacks " + Profiling.FILE + ", " + Profiling.LIBRARY + " or " + Profiling.JAR;
            return;
        }
        try {
            // no parent but the bootstrap loader: the API's classes come from its jar alone
            URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, null);
            Class<?> api = loader.loadClass(API);
            profiler = api.getMethod("getInstance", String.class).invoke(null, library);
            execute = api.getMethod("execute", String.class);
            boolean wall = Profiling.WALL.equals(event);
            execute.invoke(profiler, "start,event=" + event + ",interval=" + intervalMs + "ms" + (wall ? ",filter" : ""));
            if (wall) {
                api.getMethod("addThread", Thread.class).invoke(profiler, Thread.currentThread());
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError | java.io.IOException e) {
            profiler = null;
            error = "async-profiler did not start (event=" + event + "): " + reason(e);
        }
    }

    /** Stops sampling and writes the collapsed stacks to the file the tool named. */
    void stop() {
        if (profiler == null) {
            return;
        }
        try {
            execute.invoke(profiler, "stop,collapsed,ann,file=" + file);
        } catch (ReflectiveOperationException | RuntimeException e) {
            error = "async-profiler did not stop (event=" + event + "): " + reason(e);
        } finally {
            profiler = null;
        }
    }

    /** Why no profile was recorded, or null when one was. */
    String error() {
        return error;
    }

    private static String reason(Throwable e) {
        Throwable cause = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
