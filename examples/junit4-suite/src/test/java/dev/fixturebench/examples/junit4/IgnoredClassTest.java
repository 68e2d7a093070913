package dev.fixturebench.examples.junit4;

import static org.junit.Assert.assertNotNull;

import org.junit.BeforeClass;
import org.junit.Ignore;
import org.junit.Test;

/**
 * A class ignored as a whole: {@code @BeforeClass connectLicenceServer} would sleep 200 ms, but JUnit never runs it
 * (nor the test), because of {@code @Ignore("needs a licence server")}.
 */
@Ignore("needs a licence server")
public class IgnoredClassTest {

    static String licence;

    @BeforeClass
    public static void connectLicenceServer() throws InterruptedException {
        Thread.sleep(200);
        licence = "floating";
    }

    @Test
    public void licenceIsGranted() {
        assertNotNull(licence);
    }
}
