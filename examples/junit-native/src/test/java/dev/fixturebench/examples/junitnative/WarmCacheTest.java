package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reads from the cache that {@link SlowStartExtension} warms: the class's only set-up is the extension's. */
@ExtendWith(SlowStartExtension.class)
class WarmCacheTest {

    @Test
    void everyPageIsCached() {
        assertEquals(SlowStartExtension.ENTRIES, SlowStartExtension.cache().size());
    }

    @Test
    void pagesAreInOrder() {
        SortedStore sorted = (SortedStore) SlowStartExtension.cache();
        assertEquals("page:000", sorted.range("page:", "page:~").get(0));
    }
}
