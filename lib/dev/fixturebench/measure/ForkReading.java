package dev.fixturebench.measure;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.fork.ForkResult;
import dev.fixturebench.model.Status;

/**
 * One fork's figures for one fixture: what the probe reported inside it and what the parent saw outside.
 *
 * @param status  how the fork ended, as the probe reported it or as the parent saw it
 * @param error   the full error text or skip reason; null when ok
 * @param probe   the probe's report, or null when the fork never reported
 * @param wallMs  the fork's wall-clock
 * @param peaks   its sampled peaks
 */
record ForkReading(Status status, String error, JsonNode probe, double wallMs, PeakSampler.Peaks peaks) {

    static ForkReading of(ForkResult fork, PeakSampler.Peaks peaks, java.time.Duration timeout) {
        double wallMs = fork.wallNanos() / 1e6;
        if (fork.timedOut()) {
            return new ForkReading(Status.TIMEOUT, "The fork was killed with its process tree after the "
                    + seconds(timeout) + " limit (--timeout). Its last output:\n" + fork.outputTail(), null, wallMs,
                    peaks);
        }
        if (fork.crashReport() != null || (!fork.reported() && fork.exitCode() > 128)) {
            return new ForkReading(Status.CRASH, "The fork JVM crashed (exit code " + fork.exitCode() + ")."
                    + (fork.crashReport() == null ? "" : " Its fatal error report begins:\n" + fork.crashReport())
                    + "\nIts last output:\n" + fork.outputTail(), null, wallMs, peaks);
        }
        if (!fork.reported()) {
            return new ForkReading(Status.EXIT, "The fork JVM exited with code " + fork.exitCode() + " before reporting,"
                    + " without running shutdown hooks (Runtime.halt, or a native exit in the fixture?). Its last"
                    + " output:\n" + fork.outputTail(), null, wallMs, peaks);
        }
        JsonNode probe = fork.probe();
        String error = fork.probeError();
        Status status;
        try {
            status = Status.of(fork.probeStatus());
        } catch (IllegalArgumentException unknown) {
            // a probe of another version of the tool: its figures cannot be trusted either
            return new ForkReading(Status.ERROR, "The fork reported status '" + fork.probeStatus() + "', which this"
                    + " version of Fixture Bench does not know (" + unknown.getMessage() + "). Its error: " + error,
                    null, wallMs, peaks);
        }
        if (status == Status.EXIT) {
            error = "System.exit(" + fork.exitCode() + ") was called: " + error;
        }
        return new ForkReading(status, error, probe, wallMs, peaks);
    }

    /** {@code 8 s}, or {@code 0.5 s} for limits below a whole second. */
    static String seconds(java.time.Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    boolean ok() {
        return status == Status.OK;
    }

    /** A number the probe reported, or null when it reported none. */
    Double figure(String field) {
        JsonNode value = probe == null ? null : probe.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
