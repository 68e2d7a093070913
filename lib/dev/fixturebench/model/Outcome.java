package dev.fixturebench.model;

/**
 * How measuring one fixture ended, and with what text: every status but {@link Status#OK} keeps one.
 * The error is the full stack trace, the skip reason or the fork's last words; null exactly when it built ok.
 *
 * @param status how measuring it ended
 * @param error  the full error text, or the skip reason; null when ok
 */
public record Outcome(Status status, String error) {

    /** It built (and closed). */
    public static final Outcome OK = new Outcome(Status.OK, null);

    /** How the skip reason of a fixture that a signal kept from being measured starts. */
    private static final String INTERRUPTED = "interrupted (SIG";

    public boolean ok() {
        return status == Status.OK;
    }

    /** The skip reason of a fixture that {@code signal} ({@code TERM}, {@code INT}) kept from being measured. */
    public static String interruptedReason(String signal) {
        return INTERRUPTED + signal + ") before it was measured";
    }

    /** Whether a signal kept the fixture from being measured (a later {@code run --resume} measures it). */
    public boolean interrupted() {
        return status == Status.SKIPPED && error != null && error.startsWith(INTERRUPTED);
    }
}
