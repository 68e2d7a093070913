package dev.fixturebench.examples.quarkus;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Greets by name: "&lt;prefix&gt;, &lt;name&gt;&lt;suffix&gt;", the prefix from {@code greeting.prefix}, the suffix from {@code greeting.suffix}. */
@ApplicationScoped
public class GreetingService {

    @ConfigProperty(name = "greeting.prefix", defaultValue = "Hello")
    String prefix;

    @ConfigProperty(name = "greeting.suffix", defaultValue = "")
    String suffix;

    public String greet(String name) {
        return prefix + ", " + name + suffix;
    }
}
