package dev.fixturebench.examples.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Configured exactly like {@link GreetingServiceTest}, yet it starts a context of its own (warm-up included):
 * Micronaut Test keeps no cache of contexts between top-level classes.
 */
@MicronautTest
class GreetingServiceAgainTest {

    @Inject
    GreetingService greetingService;

    @Test
    void greetsWithTheDefaultPrefix() {
        assertEquals("Hello, x!", greetingService.greet("x"));
    }
}
