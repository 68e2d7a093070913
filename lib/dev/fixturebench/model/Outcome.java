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

    public boolean ok() {
        return status == Status.OK;
    }
}
