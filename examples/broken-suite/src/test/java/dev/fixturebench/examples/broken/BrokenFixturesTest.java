package dev.fixturebench.examples.broken;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;

@ExtendWith(FixtureExtension.class)
class BrokenFixturesTest {

    private static final String BROKEN = "deliberately broken: Fixture Bench's failure handling is tested on it";

    @Test
    void healthyConfigNamesTheModel(@Use("healthy_config") Map<String, String> config) {
        assertEquals("tiny", config.get("model"));
    }

    @Test
    @Disabled(BROKEN)
    void hangs(@Use("hangs_forever") Object value) {
    }

    @Test
    @Disabled(BROKEN)
    void exits(@Use("exits_with_3") Object value) {
    }

    @Test
    @Disabled(BROKEN)
    void throwsOnBuild(@Use("throws_on_build") Object value) {
    }

    @Test
    @Disabled(BROKEN)
    void runsOutOfMemory(@Use("allocates_past_xmx") Object value) {
    }

    @Test
    @Disabled(BROKEN)
    void crashes(@Use("crashes_the_jvm") Object value) {
    }
}
