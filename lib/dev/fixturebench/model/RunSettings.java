package dev.fixturebench.model;

import java.util.List;

/**
 * How a run measured.
 *
 * @param suite            the suite's project directory or class path description
 * @param frameworks       the test frameworks the forks ran, with their versions ({@code JUnit Platform 1.11.4},
 *                         {@code JUnit 4.13.2 + TestNG 7.10.2})
 * @param repeat           fresh forks per fixture
 * @param baselineRuns     baseline forks
 * @param timeoutSeconds   limit per fork
 * @param warmup           in-fork builds run and discarded before the measured one (0: init is the cold build)
 * @param jobs             forks run at the same time
 * @param classDataSharing whether the forks started from a class-data sharing archive, and why or why not
 * @param forkJvmArgs      the JVM options every fork got ({@code --fork-jvm-args})
 * @param classPath        a fingerprint of the forks' class path (its entries, in order), or null when unknown
 * @param selection        which fixtures were selected, as the options said it ({@code --filter=…}), "" for all
 * @param shard            {@code I/N} when the run measured shard I of N ({@code --shard}), else null
 */
public record RunSettings(String suite, String frameworks, int repeat, int baselineRuns, double timeoutSeconds,
                          int warmup, int jobs, ClassDataSharing classDataSharing, List<String> forkJvmArgs,
                          String classPath, String selection, String shard) {

    public RunSettings {
        forkJvmArgs = List.copyOf(forkJvmArgs);
    }

    /** Settings of a run that records no fingerprint, selection or shard. */
    public RunSettings(String suite, String frameworks, int repeat, int baselineRuns, double timeoutSeconds,
                       int warmup, int jobs, ClassDataSharing classDataSharing) {
        this(suite, frameworks, repeat, baselineRuns, timeoutSeconds, warmup, jobs, classDataSharing, List.of(),
                null, "", null);
    }

    /** How {@link #shard} begins for the results of the merge command: they name the shards they were merged from. */
    public static final String MERGED = "merged from ";

    /** Whether these are the settings of merged shards' results, not of one shard or a whole run. */
    public boolean merged() {
        return shard != null && shard.startsWith(MERGED);
    }

    /** These settings for shard {@code shard} ({@code I/N}) or, with null, for the whole selection. */
    public RunSettings withShard(String newShard) {
        return new RunSettings(suite, frameworks, repeat, baselineRuns, timeoutSeconds, warmup, jobs,
                classDataSharing, forkJvmArgs, classPath, selection, newShard);
    }
}
