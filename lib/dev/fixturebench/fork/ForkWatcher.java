package dev.fixturebench.fork;

/**
 * Watches a forked JVM from outside while it runs, such as sampling its memory.
 * {@link #watch(long)} is called right after the start; the returned watch is stopped once the fork has ended.
 */
public interface ForkWatcher {

    /** Starts watching the process {@code pid}. */
    Watch watch(long pid);

    /** A running watch. */
    interface Watch {

        /** Stops watching; called once, after the fork ended. */
        void stop();
    }

    /** A watcher that does nothing. */
    ForkWatcher NONE = pid -> () -> { };
}
