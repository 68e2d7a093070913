package dev.fixturebench.discovery.scannedng;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/** Scanned, never run: @Test on the class makes each public method a test; a static factory makes instances. */
@Test
public class ClassLevelNgSpec {

    @Factory
    public static Object[] instances() {
        return new Object[] {new ClassLevelNgSpec()};
    }

    @BeforeClass
    public void setUp() {
    }

    public void first() {
    }

    public void second() {
    }

    void notPublic() {
    }
}
