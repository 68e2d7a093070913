package dev.fixturebench.examples.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One application context (with the 200 ms warm-up) for this class and its {@link WithName} nested class: the
 * nested class carries no {@code @MicronautTest} of its own, so it runs in the enclosing class's context.
 */
@MicronautTest
class GreetingServiceTest {

    @Inject
    ApplicationContext context;

    @Inject
    GreetingService greetingService;

    @Inject
    SlowStartBean slowStartBean;

    @Test
    void greetsWithTheDefaultPrefix() {
        assertEquals("Hello", greetingService.prefix());
        assertEquals("Hello, x!", greetingService.greet("x"));
    }

    @Test
    void rejectsABlankName() {
        assertThrows(IllegalArgumentException.class, () -> greetingService.greet(" "));
    }

    @Nested
    class WithName {

        @Inject
        ApplicationContext nestedContext;

        @Inject
        SlowStartBean nestedSlowStartBean;

        @Test
        void sharesTheEnclosingContext() {
            assertSame(context, nestedContext);
            assertSame(slowStartBean, nestedSlowStartBean);
        }

        @Test
        void stripsTheName() {
            assertEquals("Hello, Ada!", greetingService.greet("  Ada "));
        }
    }
}
