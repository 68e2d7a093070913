package dev.fixturebench.model;

/**
 * Launcher start-up in fresh JVMs running one empty test: what every fixture fork pays before its fixture.
 *
 * @param startupMs                wall-clock of the whole baseline fork, started as the fixture forks are, in ms
 * @param peakRssMib               peak resident set size of the baseline forks, in MiB (median), or null when not
 *                                 sampled
 * @param startupWithoutArchiveMs  the same wall-clock in forks started without the run's class-data sharing
 *                                 archive, in ms, or null when not measured (the forks used no archive)
 * @param runsBetweenFixtures      how many of the baseline forks ran between the fixtures' forks rather than before
 *                                 them, so that the baseline is read over the same minutes as the fixtures; null in
 *                                 results from before the tool spread them (all ran before)
 */
public record Baseline(Stats startupMs, Double peakRssMib, Stats startupWithoutArchiveMs,
                       Integer runsBetweenFixtures) {

    /** A baseline whose forks all ran before the fixtures. */
    public Baseline(Stats startupMs, Double peakRssMib, Stats startupWithoutArchiveMs) {
        this(startupMs, peakRssMib, startupWithoutArchiveMs, 0);
    }
}
