package dev.fixturebench.probe.subjects;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ExternalResource;

/** Run by the probe's tests in a fork: two rule methods of one return type, each with a cost of its own. */
public class TwoRuleMethodsSpec {

    @Rule
    public ExternalResource quick() {
        return sleeping(30);
    }

    @Rule
    public ExternalResource slow() {
        return sleeping(90);
    }

    @Test
    public void runs() {
    }

    private static ExternalResource sleeping(long ms) {
        return new ExternalResource() {
            @Override
            protected void before() throws InterruptedException {
                Thread.sleep(ms);
            }
        };
    }
}
