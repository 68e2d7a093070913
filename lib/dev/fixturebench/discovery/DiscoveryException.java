package dev.fixturebench.discovery;

/** The suite's fixtures could not be enumerated; the message carries the suite's own error. */
public class DiscoveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DiscoveryException(String message) {
        super(message);
    }
}
