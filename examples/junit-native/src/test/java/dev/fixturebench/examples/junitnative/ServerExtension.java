package dev.fixturebench.examples.junitnative;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a {@link StoreServer} over a fresh {@link InMemoryStore} for the duration of a test class.
 * Register it in a static {@code @RegisterExtension} field and ask it for {@link #server()}.
 */
public final class ServerExtension implements BeforeAllCallback, AfterAllCallback {

    private StoreServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = StoreServer.start(new InMemoryStore());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        server = null;
    }

    /** The running server; only between beforeAll and afterAll. */
    public StoreServer server() {
        if (server == null) {
            throw new IllegalStateException("the server runs only while the test class runs");
        }
        return server;
    }
}
