package dev.fixturebench.examples.testng;

import static org.testng.Assert.assertNotNull;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * A class disabled as a whole by {@code @Test(enabled = false)}: its test never runs, nor does
 * {@code @BeforeClass connectLicenceServer} (which would sleep 200 ms).
 */
@Test(enabled = false)
public class DisabledTest {

    private String licence;

    @BeforeClass
    public void connectLicenceServer() throws InterruptedException {
        Thread.sleep(200);
        licence = "floating";
    }

    public void licenceIsGranted() {
        assertNotNull(licence);
    }
}
