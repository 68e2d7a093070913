package dev.fixturebench.examples.quarkus;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * GreetingResourceTest's tests against the packaged application, in a process of its own: Failsafe runs it in
 * {@code mvn verify}, after {@code package}; Surefire's default includes ({@code *Test}, {@code Test*},
 * {@code *Tests}, {@code *TestCase}) leave it out of {@code mvn test}.
 */
@QuarkusIntegrationTest
class GreetingIT extends GreetingResourceTest {
}
