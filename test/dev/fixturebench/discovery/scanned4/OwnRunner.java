package dev.fixturebench.discovery.scanned4;

import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.model.InitializationError;

/** A runner of a suite's own, as Spring's or Mockito's are: the probe cannot stand in for it. */
public class OwnRunner extends BlockJUnit4ClassRunner {

    public OwnRunner(Class<?> testClass) throws InitializationError {
        super(testClass);
    }
}
