package dev.fixturebench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static factory method as a named fixture; its {@link Use @Use} parameters are its dependencies.
 * A returned {@link AutoCloseable} is closed when the fixture's {@link #scope() scope} ends.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Fixture {

    /** The fixture's name; the method name when empty. */
    String name() default "";

    /** How long one value lives. */
    Scope scope() default Scope.METHOD;

    /** A free-form category for reports, such as {@code "Real Model"}; empty leaves it to the tool. */
    String category() default "";
}
