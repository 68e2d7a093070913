package dev.fixturebench.model;

/**
 * What measuring one fixture in fresh JVMs gave: how it ended, its times, its memory, and its profiles.
 * A fixture that never built has {@link Timings#wallOnly} times and {@link Memory#NONE}.
 *
 * @param fixture    the fixture measured
 * @param outcome    how measuring it ended, with the error or skip reason
 * @param timings    its build, close and fork times
 * @param memory     what its build cost in memory and loaded classes
 * @param measuredAs what the init figure covers when it is more than the fixture's own call (extension work timed
 *                   as a whole), else null
 * @param profile    its build's profiles with {@code --fixture-profiles}, else null
 */
public record FixtureResult(FixtureInfo fixture, Outcome outcome, Timings timings, Memory memory, String measuredAs,
                            FixtureProfile profile) {

    /** A fixture that built, measured without profiles. */
    public static FixtureResult built(FixtureInfo fixture, Timings timings, Memory memory, String measuredAs) {
        return new FixtureResult(fixture, Outcome.OK, timings, memory, measuredAs, null);
    }

    /** A result for a fixture whose first failing fork ended its measurement (or that was never measured). */
    public static FixtureResult failed(FixtureInfo fixture, Status status, String error, Stats wallMs,
                                       String measuredAs) {
        return new FixtureResult(fixture, new Outcome(status, error), Timings.wallOnly(wallMs), Memory.NONE,
                measuredAs, null);
    }

    /** This result with {@code newProfile} attached. */
    public FixtureResult withProfile(FixtureProfile newProfile) {
        return new FixtureResult(fixture, outcome, timings, memory, measuredAs, newProfile);
    }

    /**
     * This result with its figures relative to the baseline (wall − baseline, RSS Δ) set against {@code now} instead
     * of {@code readAgainst}, the baseline its forks were measured against; every other figure is its own.
     */
    public FixtureResult rebased(Baseline readAgainst, Baseline now) {
        if (readAgainst.equals(now)) {
            return this;
        }
        Timings newTimings = timings.wallMinusBaselineMs() == null || timings.wallMs() == null ? timings
                : timings.withWallMinusBaseline(timings.wallMs().shifted(-now.startupMs().median()));
        Memory newMemory = memory.rssDeltaMib() == null || readAgainst.peakRssMib() == null
                || now.peakRssMib() == null ? memory
                : memory.withRssDelta(memory.rssDeltaMib() + readAgainst.peakRssMib() - now.peakRssMib());
        return new FixtureResult(fixture, outcome, newTimings, newMemory, measuredAs, profile);
    }

    public boolean ok() {
        return outcome.ok();
    }

    /** Whether the init readings spread too much to trust their median alone. */
    public boolean noisy() {
        return timings.noisy();
    }
}
