package dev.fixturebench.model;

/** How measuring a fixture ended; every status but {@link #OK} keeps its reason or error text. */
public enum Status {
    /** Built (and closed). */
    OK,
    /** It aborted (an assumption, no GPU) or a condition switched it off; the reason is kept. */
    SKIPPED,
    /** It threw; the stack trace is kept. */
    ERROR,
    /** Its fork passed the time limit and was killed with its process tree. */
    TIMEOUT,
    /** It ended the JVM ({@code System.exit}, a halt). */
    EXIT,
    /** It ran out of memory. */
    OOM,
    /** The JVM died. */
    CRASH;

    /** The status as reports, JSON and the fork protocol write it: {@code ok}, {@code skipped}, … */
    public String label() {
        return Labels.of(this);
    }

    /** The status labelled {@code label} (any case). */
    public static Status of(String label) {
        return Labels.parse(Status.class, label);
    }
}
