package dev.fixturebench.examples.micronaut;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Builds greetings: {@code "<prefix>, <name>!"}, the prefix from {@code greeting.prefix} (default "Hello"). */
@Singleton
public class GreetingService {

    private final String prefix;

    public GreetingService(@Value("${greeting.prefix:Hello}") String prefix) {
        this.prefix = prefix;
    }

    public String greet(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        return prefix + ", " + name.strip() + "!";
    }

    public String prefix() {
        return prefix;
    }
}
