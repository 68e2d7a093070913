package dev.fixturebench.model;

/**
 * What measuring one fixture in fresh JVMs gave. Figures are null when the fixture never built.
 *
 * @param fixture            the fixture measured
 * @param status             how measuring it ended
 * @param error              the full error text, or the skip reason; null when ok
 * @param initMs             build time inside the fork, dependencies included
 * @param ownInitMs          build time of the fixture's own factory call, dependencies excluded
 * @param dependenciesInitMs build time of the dependencies it needed first
 * @param initCpuMs          CPU time the building thread spent, dependencies included
 * @param teardownMs         close time at the end of its scope, or null when it is not closeable
 * @param wallMs             wall-clock of the whole fork
 * @param wallMinusBaselineMs the pytest tool's method: fork wall-clock minus the median baseline start-up
 * @param heapRetainedMib    used heap after GC with the fixture alive, minus before it (median)
 * @param allocatedMib       bytes allocated by the building thread (median)
 * @param classesLoaded      classes loaded while building it (median)
 * @param rssDeltaMib        peak fork RSS above the baseline forks' peak (median)
 * @param gpuDeltaMib        peak device memory used during the fork above before it; null without a GPU
 * @param measuredAs         what the init figure covers when it is more than the fixture's own call (extension
 *                           work timed as a whole), else null
 * @param profile            its build's profiles with {@code --fixture-profiles}, else null
 */
public record FixtureResult(FixtureInfo fixture, Status status, String error, Stats initMs, Stats ownInitMs,
                            Stats dependenciesInitMs, Stats initCpuMs, Stats teardownMs, Stats wallMs, Stats wallMinusBaselineMs,
                            Double heapRetainedMib, Double allocatedMib, Double classesLoaded, Double rssDeltaMib,
                            Double gpuDeltaMib, String measuredAs, FixtureProfile profile) {

    /** A result without profiles. */
    public FixtureResult(FixtureInfo fixture, Status status, String error, Stats initMs, Stats ownInitMs,
                         Stats dependenciesInitMs, Stats initCpuMs, Stats teardownMs, Stats wallMs,
                         Stats wallMinusBaselineMs, Double heapRetainedMib, Double allocatedMib, Double classesLoaded,
                         Double rssDeltaMib, Double gpuDeltaMib, String measuredAs) {
        this(fixture, status, error, initMs, ownInitMs, dependenciesInitMs, initCpuMs, teardownMs, wallMs,
                wallMinusBaselineMs, heapRetainedMib, allocatedMib, classesLoaded, rssDeltaMib, gpuDeltaMib, measuredAs,
                null);
    }

    /** This result with {@code profile} attached. */
    public FixtureResult withProfile(FixtureProfile profile) {
        return new FixtureResult(fixture, status, error, initMs, ownInitMs, dependenciesInitMs, initCpuMs, teardownMs,
                wallMs, wallMinusBaselineMs, heapRetainedMib, allocatedMib, classesLoaded, rssDeltaMib, gpuDeltaMib,
                measuredAs, profile);
    }

    /** Spread above which a figure is flagged noisy: a MAD over 10 % of the median and over 1 ms. */
    public static final double NOISY_FRACTION = 0.10;
    public static final double NOISY_FLOOR_MS = 1.0;

    public boolean ok() {
        return status == Status.OK;
    }

    /** Whether the init readings spread too much to trust their median alone. */
    public boolean noisy() {
        return initMs != null && initMs.n() > 1 && initMs.mad() > NOISY_FRACTION * initMs.median()
                && initMs.mad() > NOISY_FLOOR_MS;
    }

    /** A result for a fixture whose first failing fork ended its measurement. */
    public static FixtureResult failed(FixtureInfo fixture, Status status, String error, Stats wallMs,
                                       String measuredAs) {
        return new FixtureResult(fixture, status, error, null, null, null, null, null, wallMs, null, null, null, null,
                null, null, measuredAs);
    }
}
