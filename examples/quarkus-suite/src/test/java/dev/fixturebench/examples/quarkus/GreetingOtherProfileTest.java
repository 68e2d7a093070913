package dev.fixturebench.examples.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(OtherPrefixProfile.class)
@WithTestResource(SlowResource.class)
class GreetingOtherProfileTest {

    @Inject
    GreetingService service;

    @Test
    void greetsWithTheProfilesPrefix() {
        assertEquals("Hi, Ada!", service.greet("Ada"));
    }
}
