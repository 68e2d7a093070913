package dev.fixturebench.examples.quarkus;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A test resource that stands for a costly external service: {@link #start()} sleeps 300 ms, then hands the
 * application one config property, {@code greeting.suffix=!}. Quarkus starts it with each application start
 * that names it, before the application itself, and stops it when that application stops.
 */
public class SlowResource implements QuarkusTestResourceLifecycleManager {

    /**
     * How many times {@link #start()} ran in this class's class loader. Each application start loads the test
     * classes, this one included, in a class loader of its own, so each application has its own count: 1.
     */
    public static final AtomicInteger STARTS = new AtomicInteger();

    @Override
    public Map<String, String> start() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        STARTS.incrementAndGet();
        return Map.of("greeting.suffix", "!");
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
