package dev.fixturebench.discovery.scanned;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/** A composed annotation registering two extensions, so {@code @Extensions} wraps them in the class file. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RecordingExtension.class)
@ExtendWith(ClockResolver.class)
public @interface IntegrationSpecification {
}
