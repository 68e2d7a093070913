package dev.fixturebench.api;

/** The suite's fixture definitions are inconsistent: duplicate or unknown names, a cycle, a scope mismatch. */
public class FixtureConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FixtureConfigurationException(String message) {
        super(message);
    }

    /** The same, with the failure that shows it (a source's constructor that threw, say). */
    public FixtureConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
