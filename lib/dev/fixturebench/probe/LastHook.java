package dev.fixturebench.probe;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;

/**
 * Writes the {@link ProbeProtocol#EXITED_SUFFIX} file once the probe's own exit has run every shutdown hook, the
 * suite's included: a hook in the JDK's last shutdown slot, reached through {@code jdk.internal.access} where
 * {@link ProbeMain#JVM_OPTIONS} exported it. Without that export nothing is written and the tool waits for the exit.
 */
final class LastHook {

    /** The JDK's system hook slots are 0-9; its own use the first three. */
    private static final int LAST_SLOT = 9;
    private static final int FIRST_FREE_SLOT = 3;

    private static volatile Integer exitCode;
    /** The thread of the probe's own exit: system hooks run in the thread that asked to exit. */
    private static volatile Thread exiting;

    private LastHook() {
    }

    /** Registers the hook that marks {@code resultFile}'s fork as exited; false where the JDK does not allow it. */
    static boolean install(Path resultFile) {
        Path marker = resultFile.resolveSibling(resultFile.getFileName() + ProbeProtocol.EXITED_SUFFIX);
        Runnable hook = () -> mark(marker);
        try {
            Object access = Class.forName("jdk.internal.access.SharedSecrets").getMethod("getJavaLangAccess")
                    .invoke(null);
            Method register = Class.forName("jdk.internal.access.JavaLangAccess").getMethod("registerShutdownHook",
                    int.class, boolean.class, Runnable.class);
            for (int slot = LAST_SLOT; slot >= FIRST_FREE_SLOT; slot--) {
                try {
                    register.invoke(access, slot, false, hook);
                    return true;
                } catch (InvocationTargetException taken) {
                    // the slot is in use (a later JDK's own hook): the next lower one still runs after the suite's
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError notExported) {
            // the package is not exported to the probe: the tool waits for the JVM to end
        }
        return false;
    }

    /** Exits the JVM with {@code code}: the probe's own exit, which the hook marks once the hooks before it are done. */
    static void exit(int code) {
        exitCode = code;
        exiting = Thread.currentThread();
        System.exit(code);
    }

    private static void mark(Path marker) {
        Integer code = exitCode;
        if (code == null || Thread.currentThread() != exiting) {
            // the suite asked to exit (or a signal), not the probe, even if the probe then tried too: the tool reads
            // the exit code from the JVM itself
            return;
        }
        System.out.flush();
        System.err.flush();
        try {
            // whole or not at all, as the result file
            ProbeMain.write(marker, Integer.toString(code));
        } catch (IOException | RuntimeException e) {
            // no marker: the tool waits for the JVM to end, as without the hook
        }
    }
}
