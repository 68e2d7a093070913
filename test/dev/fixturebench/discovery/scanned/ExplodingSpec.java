package dev.fixturebench.discovery.scanned;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Throws as soon as it is initialised: the scanner must read it without loading it. */
public class ExplodingSpec {

    static {
        if (Boolean.parseBoolean("true")) {
            throw new IllegalStateException("initialised!");
        }
    }

    @BeforeAll
    static void prepare() {
    }

    @Test
    void neverRuns() {
    }
}
