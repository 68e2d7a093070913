package dev.fixturebench.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(SlowResource.class)
class GreetingServiceTest {

    @Inject
    GreetingService service;

    @Test
    void greetsWithTheDefaultPrefixAndTheResourceSuffix() {
        assertEquals("Hello, Ada!", service.greet("Ada"));
    }

    @Test
    void greetsAnyName() {
        assertEquals("Hello, Grace!", service.greet("Grace"));
    }
}
