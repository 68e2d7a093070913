package dev.fixturebench.measure;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.fork.ForkResult;

/**
 * One fork's figures for one fixture: what the probe reported inside it and what the parent saw outside.
 *
 * @param status  {@code ok}, {@code skipped}, {@code error}, {@code timeout}, {@code exit}, {@code oom} or {@code crash}
 * @param error   the full error text or skip reason; null when ok
 * @param probe   the probe's report, or null when the fork never reported
 * @param wallMs  the fork's wall-clock
 * @param peaks   its sampled peaks
 */
record ForkReading(String status, String error, JsonNode probe, double wallMs, PeakSampler.Peaks peaks) {

    static ForkReading of(ForkResult fork, PeakSampler.Peaks peaks, java.time.Duration timeout) {
        double wallMs = fork.wallNanos() / 1e6;
        if (fork.timedOut()) {
            return new ForkReading("timeout", "The fork was killed with its process tree after the "
                    + seconds(timeout) + " limit (--timeout). Its last output:\n" + fork.outputTail(), null, wallMs,
                    peaks);
        }
        if (fork.crashReport() != null || (!fork.reported() && fork.exitCode() > 128)) {
            return new ForkReading("crash", "The fork JVM crashed (exit code " + fork.exitCode() + ")."
                    + (fork.crashReport() == null ? "" : " Its fatal error report begins:\n" + fork.crashReport())
                    + "\nIts last output:\n" + fork.outputTail(), null, wallMs, peaks);
        }
        if (!fork.reported()) {
            return new ForkReading("exit", "The fork JVM exited with code " + fork.exitCode() + " before reporting,"
                    + " without running shutdown hooks (Runtime.halt, or a native exit in the fixture?). Its last"
                    + " output:\n" + fork.outputTail(), null, wallMs, peaks);
        }
        JsonNode probe = fork.probe();
        String status = probe.path("status").asText("error");
        String error = probe.path("error").isTextual() ? probe.get("error").asText() : null;
        if ("exit".equals(status)) {
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
        return "ok".equals(status);
    }

    /** A number the probe reported, or null when it reported none. */
    Double figure(String field) {
        JsonNode value = probe == null ? null : probe.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
