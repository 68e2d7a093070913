package dev.fixturebench.api;

/** A fixture's factory threw; the cause is the factory's own exception. */
public class FixtureCreationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FixtureCreationException(String fixture, Throwable cause) {
        super("Fixture '" + fixture + "' failed to build: " + cause, cause);
    }
}
