package dev.fixturebench.model;

/**
 * The times one fixture took over its fresh forks, each the summary of one reading per fork, in ms.
 * A figure is null when no fork gave it: a fixture that never built has its fork's wall-clock alone.
 *
 * @param initMs              build time inside the fork, dependencies included
 * @param ownInitMs           build time of the fixture's own factory call, dependencies excluded
 * @param dependenciesInitMs  build time of the dependencies it needed first
 * @param initCpuMs           CPU time the building thread spent, dependencies included
 * @param teardownMs          close time at the end of its scope, or null when it is not closeable
 * @param wallMs              wall-clock of the whole fork
 * @param wallMinusBaselineMs the pytest tool's method: fork wall-clock minus the median baseline start-up
 */
public record Timings(Stats initMs, Stats ownInitMs, Stats dependenciesInitMs, Stats initCpuMs, Stats teardownMs,
                      Stats wallMs, Stats wallMinusBaselineMs) {

    /** Spread above which the init figure is flagged noisy: a MAD over 10 % of the median and over 1 ms. */
    public static final double NOISY_FRACTION = 0.10;
    public static final double NOISY_FLOOR_MS = 1.0;

    /** The times of a fixture that never built: its fork's wall-clock, or nothing (null) when no fork ran. */
    public static Timings wallOnly(Stats wallMs) {
        return new Timings(null, null, null, null, null, wallMs, null);
    }

    /** These times with {@code newWallMinusBaselineMs} for the pytest tool's figure. */
    public Timings withWallMinusBaseline(Stats newWallMinusBaselineMs) {
        return new Timings(initMs, ownInitMs, dependenciesInitMs, initCpuMs, teardownMs, wallMs,
                newWallMinusBaselineMs);
    }

    /** Whether the init readings spread too much to trust their median alone. */
    public boolean noisy() {
        return initMs != null && initMs.n() > 1 && initMs.mad() > NOISY_FRACTION * initMs.median()
                && initMs.mad() > NOISY_FLOOR_MS;
    }
}
