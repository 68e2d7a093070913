package dev.fixturebench.examples.spring;

import jakarta.annotation.PostConstruct;

import org.springframework.stereotype.Component;

/**
 * Stands for a costly cache warm-up: its {@code @PostConstruct} sleeps 300 ms. Only the full application context
 * has it (the web and data slices do not scan plain components), so a full context build is clearly dearer than a
 * slice.
 */
@Component
public class CatalogWarmer {

    static final long WARM_UP_MILLIS = 300;

    private volatile boolean warm;

    @PostConstruct
    void warmUp() throws InterruptedException {
        Thread.sleep(WARM_UP_MILLIS);
        warm = true;
    }

    public boolean isWarm() {
        return warm;
    }
}
