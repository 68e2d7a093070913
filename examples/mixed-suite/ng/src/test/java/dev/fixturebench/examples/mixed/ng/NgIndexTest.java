package dev.fixturebench.examples.mixed.ng;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.util.List;
import java.util.TreeSet;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** A TestNG class: {@code @BeforeClass buildIndex} costs exactly 90 ms (sleep), once for its 2 tests. */
public class NgIndexTest {

    private TreeSet<String> index;

    @BeforeClass
    public void buildIndex() throws InterruptedException {
        Thread.sleep(90);
        index = new TreeSet<>(List.of("pear", "apple", "fig"));
    }

    @Test
    public void indexIsSorted() {
        assertEquals(index.first(), "apple");
    }

    @Test
    public void indexHoldsEveryWord() {
        assertTrue(index.containsAll(List.of("pear", "apple", "fig")));
    }
}
