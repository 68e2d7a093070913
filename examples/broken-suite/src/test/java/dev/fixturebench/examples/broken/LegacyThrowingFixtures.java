package dev.fixturebench.examples.broken;

import java.io.FileNotFoundException;

import org.junit.BeforeClass;
import org.junit.Test;

/** JUnit 4: a {@code @BeforeClass} that throws. Not named *Test: Surefire never runs it, Fixture Bench finds it. */
public class LegacyThrowingFixtures {

    @BeforeClass
    public static void openLegacyStore() {
        throw new IllegalStateException("the legacy store is locked",
                new FileNotFoundException("store/lock"));
    }

    @Test
    public void usesTheStore() {
    }
}
