package dev.fixturebench.fork;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fixturebench.probe.ProbeProtocol.Key;
import dev.fixturebench.probe.ProbeProtocol.Result;

/**
 * How one forked JVM ended.
 *
 * @param exitCode   the probe's exit code where it marked its exit (the tool ends the JVM then), else the JVM's;
 *                   -1 when killed at the timeout
 * @param wallNanos  wall-clock from start to exit, as the parent saw it
 * @param timedOut   whether it was killed at the time limit
 * @param probe      the JSON object the probe wrote, or null when it wrote none (exit, crash, timeout)
 * @param outputTail the last lines of its standard output and error
 * @param crashReport the first lines of the JVM's fatal error report when it crashed, else null
 */
public record ForkResult(int exitCode, long wallNanos, boolean timedOut, JsonNode probe, String outputTail,
                         String crashReport) {

    /** Whether the probe finished and reported. */
    public boolean reported() {
        return probe != null;
    }

    /** Whether the probe reported status ok. */
    public boolean passed() {
        return reported() && Result.OK.equals(probe.path(Key.STATUS).asText());
    }

    /** The status the probe reported, or null when it reported none. */
    public String probeStatus() {
        return reported() ? probe.path(Key.STATUS).asText() : null;
    }

    /** The error text or skip reason the probe reported, or null. */
    public String probeError() {
        return reported() && probe.path(Key.ERROR).isTextual() ? probe.get(Key.ERROR).asText() : null;
    }
}
