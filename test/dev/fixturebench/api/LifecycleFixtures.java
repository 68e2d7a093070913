package dev.fixturebench.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Fixtures of three scopes that record when they are built and closed, for {@link FixtureExtensionTest}. */
public final class LifecycleFixtures {

    static final List<String> EVENTS = Collections.synchronizedList(new ArrayList<>());

    private LifecycleFixtures() {
    }

    /** A value that records its own closing. */
    record Tracked(String name, int serial) implements AutoCloseable {
        @Override
        public void close() {
            EVENTS.add("close " + name);
        }
    }

    private static Tracked build(String name) {
        EVENTS.add("build " + name);
        return new Tracked(name, EVENTS.size());
    }

    @Fixture(name = "lifecycle_session", scope = Scope.SESSION)
    static Tracked session() {
        return build("lifecycle_session");
    }

    @Fixture(name = "lifecycle_class", scope = Scope.CLASS)
    static Tracked perClass(@Use("lifecycle_session") Tracked session) {
        return build("lifecycle_class");
    }

    @Fixture(name = "lifecycle_method")
    static Tracked perMethod(@Use("lifecycle_class") Tracked perClass) {
        return build("lifecycle_method");
    }

    @Fixture(name = "lifecycle_aborting")
    static Tracked aborting() {
        org.junit.jupiter.api.Assumptions.abort("no GPU: the test machine has none");
        return null;
    }

    @Fixture(name = "lifecycle_broken")
    static Tracked broken() throws java.io.IOException {
        throw new java.io.IOException("model file is corrupt");
    }
}
