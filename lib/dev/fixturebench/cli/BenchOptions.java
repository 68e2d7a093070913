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
 * @param wholeSuite       how to run the whole suite in context (--whole-suite), or null for not at all
 * @param resume           whether to finish the interrupted run in {@code out} (--resume)
 * @param compare          earlier results to set this run against (--compare), or null
 * @param failIfSlowerPct  with compare: the % slower beyond the noise that makes the run exit 3, or null
 */
record BenchOptions(SuiteTarget target, Selection selection, Path out, int repeat, int baselineRuns,
                    Duration timeout, List<String> forkJvmArgs, int warmup, int jobs, boolean classDataSharing,
                    boolean startupProfile, boolean fixtureProfiles, Path site, WholeSuiteOptions wholeSuite,
                    boolean resume, Path compare, Double failIfSlowerPct) {

    /**
     * The whole-suite run's settings.
     *
     * @param runs      fresh JVMs, one suite run each
     * @param classes   the test classes to run, by a pattern found in the binary name; null for Surefire's default
     * @param timeout   limit per suite run
     * @param setupShow whether to print each set-up and teardown as the first run goes
     */
    record WholeSuiteOptions(int runs, java.util.regex.Pattern classes, Duration timeout, boolean setupShow) {
    }

    BenchOptions {
        forkJvmArgs = List.copyOf(forkJvmArgs);
    }
}
