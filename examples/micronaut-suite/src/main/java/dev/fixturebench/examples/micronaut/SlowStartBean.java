package dev.fixturebench.examples.micronaut;

import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.annotation.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands for a costly warm-up: a {@code @Context} bean, so every application context creates it eagerly when it
 * starts, and its constructor sleeps 200 ms. It counts its instances, that is the contexts started in this JVM, and
 * logs each one at DEBUG.
 */
@Context
public class SlowStartBean {

    static final long WARM_UP_MILLIS = 200;

    private static final Logger LOG = LoggerFactory.getLogger(SlowStartBean.class);

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final int number;

    public SlowStartBean() throws InterruptedException {
        Thread.sleep(WARM_UP_MILLIS);
        number = INSTANCES.incrementAndGet();
        LOG.debug("context start #{}: SlowStartBean warmed up", number);
    }

    /** How many have been created in this JVM: one per application context started. */
    public static int instances() {
        return INSTANCES.get();
    }

    /** Which one this is (1 for the first context started in this JVM). */
    public int number() {
        return number;
    }
}
