package dev.fixturebench.examples.junitnative;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Warms a shared cache before a test class: 400 ms of start-up, as a cache loaded from a slow backend would take.
 * Classes annotated {@code @ExtendWith(SlowStartExtension.class)} read it through {@link #cache()}.
 */
public final class SlowStartExtension implements BeforeAllCallback {

    static final int ENTRIES = 500;

    private static volatile KeyValueStore cache;

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        Thread.sleep(400);
        SortedStore warmed = new SortedStore();
        for (int i = 0; i < ENTRIES; i++) {
            String page = Integer.toString(1000 + i).substring(1);
            warmed.put("page:".concat(page), "cached page ".concat(page));
        }
        cache = warmed;
    }

    /** The cache warmed for the running class. */
    public static KeyValueStore cache() {
        if (cache == null) {
            throw new IllegalStateException("SlowStartExtension has not run: annotate the class with @ExtendWith");
        }
        return cache;
    }
}
