package dev.fixturebench.model;


/**
 * How a run measured: the suite, its frameworks, the forks' settings, whether they started from a class-data sharing
 * archive, the class path's fingerprint, the selection and the shard.
 *
 * @param suite            the suite's project directory or class path description
 * @param frameworks       the test frameworks the forks ran, with their versions ({@code JUnit Platform 1.11.4},
 *                         {@code JUnit 4.13.2 + TestNG 7.10.2})
 * @param forks            how the forks measured: repeats, baseline forks, limit, warm-up, jobs, JVM options
 * @param classDataSharing whether the forks started from a class-data sharing archive, and why or why not
 * @param classPath        a fingerprint of the forks' class path (its entries, in order), or null when unknown
 * @param selection        which fixtures were selected, as the options said it ({@code --filter=…}), "" for all
 * @param shard            {@code I/N} when the run measured shard I of N ({@code --shard}), else null
 */
public record RunSettings(String suite, String frameworks, ForkSettings forks, ClassDataSharing classDataSharing,
                          String classPath, String selection, String shard) {

    /** Settings of a run that records no fingerprint, selection or shard. */
    public RunSettings(String suite, String frameworks, ForkSettings forks, ClassDataSharing classDataSharing) {
        this(suite, frameworks, forks, classDataSharing, null, "", null);
    }

    /** How {@link #shard} begins for the results of the merge command: they name the shards they were merged from. */
    public static final String MERGED = "merged from ";

    /** Whether these are the settings of merged shards' results, not of one shard or a whole run. */
    public boolean merged() {
        return shard != null && shard.startsWith(MERGED);
    }

    /** These settings for shard {@code shard} ({@code I/N}) or, with null, for the whole selection. */
    public RunSettings withShard(String newShard) {
        return new RunSettings(suite, frameworks, forks, classDataSharing, classPath, selection, newShard);
    }
}
