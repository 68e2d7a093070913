package dev.fixturebench.e2e;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The probe forks of one run of the tool, watched from outside among the run's own descendants (every 20 ms until it
 * ends), so a check that no fork outlived the run sees this run's forks only, never another run's on the machine.
 * Closing stops the watch and kills the run's process tree if it is still alive (a failed test leaves nothing).
 */
final class OwnForks implements AutoCloseable {

    private static final String PROBE = "dev.fixturebench.probe.ProbeMain";

    private final Process run;
    private final Set<Long> seen = ConcurrentHashMap.newKeySet();
    private final Thread watcher;

    private OwnForks(Process run) {
        this.run = run;
        this.watcher = new Thread(this::watch, "own-forks-" + run.pid());
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Starts watching {@code run}'s descendants. */
    static OwnForks watch(Process run) {
        return new OwnForks(run);
    }

    private void watch() {
        while (run.isAlive()) {
            snapshot();
            try {
                Thread.sleep(20);
            } catch (InterruptedException stop) {
                return;
            }
        }
    }

    /** Records the run's probe forks alive now (the watcher does so every 20 ms; call it before a signal too). */
    void snapshot() {
        run.descendants().filter(p -> p.info().commandLine().orElse("").contains(PROBE))
                .forEach(p -> seen.add(p.pid()));
    }

    /** How many distinct forks the watch saw. */
    int seen() {
        return seen.size();
    }

    /** The forks seen that are still alive. */
    List<Long> alive() {
        return seen.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList();
    }

    @Override
    public void close() {
        watcher.interrupt();
        if (run.isAlive()) {
            run.descendants().forEach(ProcessHandle::destroyForcibly);
            run.destroyForcibly();
        }
    }
}
