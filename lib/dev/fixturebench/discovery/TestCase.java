package dev.fixturebench.discovery;

import java.util.List;

/**
 * One test method as a concrete test class runs it, with the Fixture Bench fixtures it asks for.
 * An inherited test method is one TestCase for each concrete subclass.
 *
 * @param className the concrete test class, binary name ({@code $} for nested classes)
 * @param method    the test method's name
 * @param uses      the {@code @Use} names on the parameters of the test method, of the class's constructors and
 *                  of the lifecycle methods it runs (inherited and enclosing ones included), first-seen order
 */
public record TestCase(String className, String method, List<String> uses) {

    public TestCase {
        uses = List.copyOf(uses);
    }
}
