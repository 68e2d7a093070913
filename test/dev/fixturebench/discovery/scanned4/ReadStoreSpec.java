package dev.fixturebench.discovery.scanned4;

import org.junit.After;
import org.junit.ClassRule;
import org.junit.Ignore;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.ExternalResource;
import org.junit.rules.TestRule;
import org.junit.rules.TestWatcher;

/** Scanned, never run: a class rule, a rule method, an @After and an ignored test beside the inherited ones. */
public class ReadStoreSpec extends BaseStoreSpec {

    @ClassRule
    public static final ExternalResource SERVER = new ExternalResource() {
    };

    @Rule
    public TestRule watcher() {
        return new TestWatcher() {
        };
    }

    @After
    public void disconnect() {
    }

    @Test
    @Ignore("not yet")
    public void aIgnored() {
    }

    @Test
    public void reads() {
    }
}
