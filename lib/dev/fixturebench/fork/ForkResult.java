package dev.fixturebench.fork;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one forked JVM ended.
 *
 * @param exitCode   the JVM's exit code; -1 when killed at the timeout
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
}
