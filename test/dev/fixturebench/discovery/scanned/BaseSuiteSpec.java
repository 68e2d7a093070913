package dev.fixturebench.discovery.scanned;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.fixturebench.api.Use;

/** An abstract base whose lifecycle methods, field and test every subclass inherits. */
public abstract class BaseSuiteSpec {

    @TempDir
    static Path sharedDir;

    @BeforeEach
    void connectBase(@Use("base_db") Object database) {
    }

    @AfterEach
    void disconnectBase() {
    }

    @Test
    void baseWorks() {
    }
}
