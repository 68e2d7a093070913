package dev.fixturebench.model;

/**
 * Launcher start-up in fresh JVMs running one empty test: what every fixture fork pays before its fixture.
 *
 * @param startupMs   wall-clock of the whole baseline fork, in ms
 * @param peakRssMib  peak resident set size of the baseline forks, in MiB (median), or null when not sampled
 */
public record Baseline(Stats startupMs, Double peakRssMib) {
}
