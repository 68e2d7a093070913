package dev.fixturebench.examples.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.env.Environment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * {@code environments = "other"} (in place of the default "test", which Micronaut still deduces from JUnit on the
 * stack): {@code application-other.properties} sets {@code greeting.prefix=Hi}. A context of its own, warm-up
 * included.
 */
@MicronautTest(environments = "other")
class GreetingOtherEnvironmentTest {

    @Inject
    Environment environment;

    @Inject
    GreetingService greetingService;

    @Test
    void runsInTheOtherEnvironment() {
        assertTrue(environment.getActiveNames().contains("other"));
    }

    @Test
    void greetsWithTheOtherPrefix() {
        assertEquals("Hi", greetingService.prefix());
        assertEquals("Hi, x!", greetingService.greet("x"));
    }
}
