package dev.fixturebench.discovery.scanned;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** One instance for all its tests, so the inherited instance field lives per class; its first tests may not run. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class PerClassSpec extends PlainBaseSpec {

    @BeforeAll
    void openOnce() {
    }

    @Test
    @Disabled("flaky")
    void disabledFirst() {
    }

    @Test
    @EnabledOnOs(OS.WINDOWS)
    void onlyOnWindows() {
    }

    @Test
    void runs() {
    }
}
