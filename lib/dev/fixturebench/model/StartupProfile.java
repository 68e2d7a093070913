package dev.fixturebench.model;

/**
 * The sampling profile of one extra baseline fork, kept out of the baseline figures: what the profiler recorded, where
 * it was written, and what profiling cost that fork. A profile that could not be taken carries only the reason.
 *
 * @param profiler           the profiler that recorded it: {@code async-profiler} or {@code JFR}; null when none did
 * @param event              what it sampled: {@code cpu}, {@code itimer} or {@code jdk.ExecutionSample}
 * @param intervalMs         its sampling interval, in ms
 * @param samples            the samples in the profile
 * @param file               the speedscope file, relative to the output folder
 * @param rawFile            the profiler's own output beside it, relative to the output folder
 * @param profiledWallMs     the profiled fork's wall-clock, in ms
 * @param unprofiledMedianMs the median wall-clock of the unprofiled baseline forks, in ms
 * @param notes              why a profiler was passed over for the next one (empty when the first one worked)
 * @param failure            why no profile was written, or null when one was
 */
public record StartupProfile(String profiler, String event, Double intervalMs, Integer samples, String file,
                             String rawFile, Double profiledWallMs, Double unprofiledMedianMs, String notes,
                             String failure) {

    /** A profile that could not be taken, for {@code reason}. */
    public static StartupProfile failed(String reason, String notes) {
        return new StartupProfile(null, null, null, null, null, null, null, null, notes, reason);
    }

    /** Whether a profile was written. */
    public boolean recorded() {
        return failure == null;
    }

    /** The profiled fork's wall-clock over the unprofiled median, as a fraction (0.3: +30 %), or null. */
    public Double cost() {
        return profiledWallMs == null || unprofiledMedianMs == null || unprofiledMedianMs <= 0 ? null
                : profiledWallMs / unprofiledMedianMs - 1;
    }
}
