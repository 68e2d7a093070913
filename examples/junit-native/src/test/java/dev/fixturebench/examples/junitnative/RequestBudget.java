package dev.fixturebench.examples.junitnative;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that sends a server more than a set number of requests: a guard against chatty clients.
 * Register it in an instance {@code @RegisterExtension} field; it counts from before each test to after it.
 */
public final class RequestBudget implements BeforeEachCallback, AfterEachCallback {

    private final Supplier<StoreServer> server;
    private final int maxRequests;
    private int before;

    public RequestBudget(Supplier<StoreServer> server, int maxRequests) {
        this.server = server;
        this.maxRequests = maxRequests;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        before = server.get().requestCount();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        int used = server.get().requestCount() - before;
        if (used > maxRequests) {
            throw new AssertionError(context.getDisplayName() + " sent " + used + " requests; the budget is "
                    + maxRequests);
        }
    }
}
