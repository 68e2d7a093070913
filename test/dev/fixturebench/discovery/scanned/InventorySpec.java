package dev.fixturebench.discovery.scanned;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;

/** A concrete subclass with every kind of native fixture, and a @Nested class. */
@ExtendWith(FixtureExtension.class)
@ExtendWith(ClockResolver.class)
public class InventorySpec extends BaseSuiteSpec {

    @RegisterExtension
    static final RecordingExtension RECORDER = new RecordingExtension();

    @RegisterExtension
    final RecordingExtension perTest = new RecordingExtension();

    @TempDir
    Path workDir;

    InventorySpec(@Use("inventory_cfg") Object config, Clock clock) {
    }

    @BeforeAll
    static void loadCatalog(@TempDir Path catalogDir, TestInfo info) {
    }

    @AfterAll
    static void unloadCatalog() {
    }

    @Test
    void countsStock(@Use("warehouse") Object warehouse, TestReporter reporter) {
    }

    @Test
    void reservesStock(Clock clock) {
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void rejectsAmount(int amount) {
    }

    @RepeatedTest(2)
    void repeats(RepetitionInfo repetition) {
    }

    /** Runs the enclosing class's lifecycle methods, then its own. */
    @Nested
    class WhenSoldOut {

        WhenSoldOut(@Use("sold_out_policy") Object policy, Locale locale) {
        }

        @BeforeEach
        void sellEverything(@Use("sold_out") Object soldOut) {
        }

        @Test
        void refusesOrders() {
        }
    }
}
