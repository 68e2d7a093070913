package dev.fixturebench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks for the fixture named {@link #value()} as this parameter's value: in a test, a constructor, a
 * lifecycle method (through {@link FixtureExtension}) or another fixture's factory method.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Use {

    /** The name of the fixture to inject. */
    String value();
}
