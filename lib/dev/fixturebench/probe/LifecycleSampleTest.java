package dev.fixturebench.probe;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Empty lifecycle methods and one empty test, measured once by the fork that dumps the class-data sharing archive,
 * so the archive holds the JUnit and probe classes that measuring a native fixture loads; no fork measures it.
 */
class LifecycleSampleTest {

    @BeforeAll
    static void beforeAll() {
    }

    @BeforeEach
    void beforeEach() {
    }

    @Test
    void sample() {
    }

    @AfterEach
    void afterEach() {
    }

    @AfterAll
    static void afterAll() {
    }
}
