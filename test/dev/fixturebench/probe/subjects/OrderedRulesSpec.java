package dev.fixturebench.probe.subjects;

import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/** Run by the probe's tests, never by Surefire (named *Spec): rules whose order attribute sets their nesting. */
public class OrderedRulesSpec {

    /** The rules' names, outermost first, as they began. */
    public static final List<String> ENTERED = new ArrayList<>();

    @Rule(order = 2)
    public final TestRule inner = named("inner");

    @Rule(order = 0)
    public final TestRule outer = named("outer");

    @Rule(order = 1)
    public TestRule middle() {
        return named("middle");
    }

    @Test
    public void runs() {
    }

    private static TestRule named(String name) {
        return (Statement base, Description description) -> new Statement() {
            @Override
            public void evaluate() throws Throwable {
                ENTERED.add(name);
                base.evaluate();
            }
        };
    }
}
