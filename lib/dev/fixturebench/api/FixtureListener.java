package dev.fixturebench.api;

/**
 * Told when a fixture value is built and closed, with the time each took; used by Fixture Bench's probe.
 * Calls arrive on the thread that built or closed the fixture.
 */
public interface FixtureListener {

    /**
     * A value was built: {@code totalNanos} includes building the dependencies it needed first,
     * {@code ownNanos} is its factory call alone.
     */
    default void created(String name, long totalNanos, long ownNanos) {
    }

    /**
     * A test, lifecycle method or constructor asked for the fixture by name ({@code @Use}), whether it was built now
     * or taken from its scope's store; dependencies a factory receives are not reported.
     */
    default void resolved(String name) {
    }

    /** A value was closed at the end of its scope, taking {@code nanos}; {@code failure} is null when it closed cleanly. */
    default void closed(String name, long nanos, Throwable failure) {
    }
}
