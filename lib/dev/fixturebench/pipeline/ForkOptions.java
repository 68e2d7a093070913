package dev.fixturebench.pipeline;

import java.time.Duration;
import java.util.List;

import dev.fixturebench.model.ForkSettings;

/**
 * How every fork of a command starts: its time limit, the user's JVM options, the in-fork warm-up builds and whether it
 * may start from a class-data sharing archive. The results file records these, and {@code --resume} compares them.
 *
 * @param timeout          limit per fork
 * @param jvmArgs          JVM options of every fork, in order
 * @param warmup           in-fork builds discarded before the measured one
 * @param classDataSharing whether to start forks from a class-data sharing archive where that is safe (not --no-cds)
 */
public record ForkOptions(Duration timeout, List<String> jvmArgs, int warmup, boolean classDataSharing) {

    public ForkOptions {
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** How the forks of a run start, from how it measures and whether it may use an archive. */
    static ForkOptions of(ForkSettings settings, boolean classDataSharing) {
        return new ForkOptions(settings.timeout(), settings.jvmArgs(), settings.warmup(), classDataSharing);
    }

    /** The JVM options of every fork: the user's, then the probe's warm-up count when there is one. */
    List<String> forkJvmArgs(String warmupProperty) {
        if (warmup == 0) {
            return jvmArgs;
        }
        List<String> all = new java.util.ArrayList<>(jvmArgs);
        all.add("-D" + warmupProperty + "=" + warmup);
        return List.copyOf(all);
    }
}
