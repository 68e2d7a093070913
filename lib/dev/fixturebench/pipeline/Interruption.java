package dev.fixturebench.pipeline;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import dev.fixturebench.fork.Forker;
import dev.fixturebench.model.Outcome;

/**
 * Ctrl-C (SIGINT) and SIGTERM during a run: instead of dying at once, the run stops its forks (whole process trees),
 * starts no more, notes the signal, and lets the pipeline write what finished and exit 130 or 143. Any later signal
 * while it writes is ignored (SIGKILL, as ever, is not caught). The JDK's signal handling ({@code sun.misc.Signal}, in
 * {@code jdk.unsupported}) is reached by reflection, so compiling the tool prints no internal-API warning.
 */
final class Interruption {

    /** The signal caught, as {@code INT} or {@code TERM}, or null. */
    private volatile String signal;
    private volatile int number;

    private Interruption() {
    }

    /** Catches SIGINT and SIGTERM from now on, telling {@code err} what happens. */
    static Interruption install(PrintWriter err) {
        Interruption interruption = new Interruption();
        Class<?> signalClass;
        Class<?> handlerClass;
        try {
            signalClass = Class.forName("sun.misc.Signal");
            handlerClass = Class.forName("sun.misc.SignalHandler");
        } catch (ClassNotFoundException | LinkageError absent) {
            return interruption; // a JVM without it: its default handling stays
        }
        InvocationHandler onSignal = (proxy, method, arguments) -> {
            if (method.getName().equals("handle") && arguments != null && arguments.length == 1) {
                interruption.caught(arguments[0], signalClass, err);
                return null;
            }
            return objectMethod(proxy, method, arguments);
        };
        Object handler = Proxy.newProxyInstance(Interruption.class.getClassLoader(), new Class<?>[] {handlerClass},
                onSignal);
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Object signal = signalClass.getConstructor(String.class).newInstance(name);
                signalClass.getMethod("handle", signalClass, handlerClass).invoke(null, signal, handler);
            } catch (ReflectiveOperationException | IllegalArgumentException unsupported) {
                // a platform without this signal: the JVM's default handling stays
            }
        }
        return interruption;
    }

    /** What a handler proxy answers for {@code equals}, {@code hashCode} and {@code toString}. */
    private static Object objectMethod(Object proxy, Method method, Object[] arguments) {
        switch (method.getName()) {
            case "equals": return proxy == arguments[0];
            case "hashCode": return System.identityHashCode(proxy);
            default: return "fixture-bench signal handler";
        }
    }

    private void caught(Object caught, Class<?> signalClass, PrintWriter err) {
        if (signal != null) {
            return;
        }
        try {
            number = (Integer) signalClass.getMethod("getNumber").invoke(caught);
            signal = (String) signalClass.getMethod("getName").invoke(caught);
        } catch (ReflectiveOperationException e) {
            number = 2;
            signal = "INT";
        }
        synchronized (err) {
            err.println();
            err.println("Interrupted (SIG" + signal + "): stopping the forks and starting no more, then"
                    + " writing the fixtures that finished, the rest skipped (interrupted).");
            err.flush();
        }
        Forker.stopAll();
    }

    /** Whether a signal came. */
    boolean happened() {
        return signal != null;
    }

    /** What the skipped fixtures' reason says. */
    String reason() {
        return Outcome.interruptedReason(signal);
    }

    /** 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM. */
    int exitCode() {
        return 128 + number;
    }
}
