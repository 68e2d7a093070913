package dev.fixturebench.discovery.scanned;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** An outer class with fixtures but no tests of its own: only its @Nested class runs them. */
public class OuterOnlySpec {

    @BeforeAll
    static void startOuter() {
    }

    @BeforeEach
    void prepare() {
    }

    @BeforeEach
    void prepare(TestInfo info) {
    }

    /** The only tests. */
    @Nested
    class Inner {

        @Test
        void innerWorks() {
        }

        @Test
        void innerWorksAgain() {
        }
    }
}
