package dev.fixturebench.examples.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * {@code rebuildContext = true}: besides the context started for the class, a fresh one (warm-up included) before
 * each test, so each test sees a {@link SlowStartBean} no other test saw.
 */
@MicronautTest(rebuildContext = true)
class GreetingRebuildTest {

    private static final Set<Integer> SEEN = ConcurrentHashMap.newKeySet();

    @Inject
    GreetingService greetingService;

    @Inject
    SlowStartBean slowStartBean;

    @Test
    void greetsInAFreshContext() {
        assertTrue(SEEN.add(slowStartBean.number()), "a fresh context for this test");
        assertEquals("Hello, x!", greetingService.greet("x"));
    }

    @Test
    void greetsInAnotherFreshContext() {
        assertTrue(SEEN.add(slowStartBean.number()), "a fresh context for this test");
        assertEquals("Hello, y!", greetingService.greet("y"));
    }
}
