package dev.fixturebench.discovery.scanned4;

import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;

/** Scanned, never run: under a runner of its own, one <runner> row stands for its set-up. */
@RunWith(OwnRunner.class)
public class RunnerSpec {

    @BeforeClass
    public static void start() {
    }

    @Test
    public void runs() {
    }
}
