package dev.fixturebench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.fixturebench.discovery.Selection;

/**
 * A validated command line.
 *
 * @param target           which suite
 * @param selection        which of its fixtures
 * @param out              where the report and results go
 * @param repeat           fresh forks per fixture
 * @param baselineRuns     baseline forks
 * @param timeout          limit per fork
 * @param forkJvmArgs      JVM options of every fork
 * @param warmup           in-fork builds discarded before the measured one
 * @param jobs             forks at the same time
 * @param classDataSharing whether to start forks from a class-data sharing archive where that is safe (not --no-cds)
 * @param startupProfile   whether to profile one extra baseline fork from JVM start (not --no-profile)
 * @param fixtureProfiles  whether to profile each measured fixture's build in extra forks (--profile)
 * @param site             the site's folder, or null for none (--no-site)
 */
record BenchOptions(SuiteTarget target, Selection selection, Path out, int repeat, int baselineRuns,
                    Duration timeout, List<String> forkJvmArgs, int warmup, int jobs, boolean classDataSharing,
                    boolean startupProfile, boolean fixtureProfiles, Path site) {

    BenchOptions {
        forkJvmArgs = List.copyOf(forkJvmArgs);
    }
}
