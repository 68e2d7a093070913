package dev.fixturebench.suite;

/** The suite cannot be built or its class path cannot be resolved; the message says what to do. */
public class SuiteException extends Exception {

    private static final long serialVersionUID = 1L;

    public SuiteException(String message) {
        super(message);
    }
}
