package dev.fixturebench.examples.quarkus;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A test profile that changes one property, {@code greeting.prefix=Hi}: enough for an application start of its own. */
public class OtherPrefixProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("greeting.prefix", "Hi");
    }
}
