package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertEquals;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.MethodRule;
import org.junit.runners.model.Statement;

/**
 * A session per test through a {@code MethodRule} (the older rule interface, which also sees the test instance):
 * {@code session} sleeps exactly 45 ms before each of the class's 2 tests, then hands the instance its user.
 */
public class MethodRuleTest {

    /** The session's user, set by the rule before each test. */
    String user;

    @Rule
    public final MethodRule session = (base, method, target) -> new Statement() {
        @Override
        public void evaluate() throws Throwable {
            Thread.sleep(45);
            ((MethodRuleTest) target).user = "alice";
            base.evaluate();
        }
    };

    @Test
    public void sessionHasUser() {
        assertEquals("alice", user);
    }

    @Test
    public void userIsLowerCase() {
        assertEquals(user.toLowerCase(), user);
    }
}
