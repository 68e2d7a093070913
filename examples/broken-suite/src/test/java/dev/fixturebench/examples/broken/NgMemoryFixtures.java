package dev.fixturebench.examples.broken;

import java.util.ArrayList;
import java.util.List;

import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** TestNG: a {@code @BeforeMethod} that allocates until the heap runs out. */
public class NgMemoryFixtures {

    private final List<long[]> hoard = new ArrayList<>();

    @BeforeMethod
    public void loadEverything() {
        while (true) {
            hoard.add(new long[1 << 20]);
        }
    }

    @Test
    public void neverRuns() {
    }
}
