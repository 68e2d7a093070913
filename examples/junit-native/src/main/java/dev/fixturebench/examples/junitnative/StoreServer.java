package dev.fixturebench.examples.junitnative;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP front end for a {@link KeyValueStore}: GET, PUT and DELETE on {@code /kv/<key>}.
 * It listens on 127.0.0.1 on a free port; {@link #close()} stops it.
 */
public final class StoreServer implements AutoCloseable {

    private final KeyValueStore store;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final AtomicInteger requests = new AtomicInteger();

    private StoreServer(KeyValueStore store) throws IOException {
        this.store = store;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/kv/", this::handle);
        server.setExecutor(workers);
    }

    /** Starts a server for {@code store} on a free loopback port. */
    public static StoreServer start(KeyValueStore store) throws IOException {
        StoreServer started = new StoreServer(store);
        started.server.start();
        return started;
    }

    /** The base URI, such as {@code http://127.0.0.1:41234/kv/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/kv/");
    }

    /** How many requests the server has answered. */
    public int requestCount() {
        return requests.get();
    }

    /** The store the server serves. */
    public KeyValueStore store() {
        return store;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String key = exchange.getRequestURI().getPath().substring("/kv/".length());
        try (exchange) {
            switch (exchange.getRequestMethod()) {
                case "GET" -> {
                    var value = store.get(key);
                    if (value.isPresent()) {
                        reply(exchange, 200, value.get());
                    } else {
                        reply(exchange, 404, "no such key: " + key);
                    }
                }
                case "PUT" -> {
                    try (InputStream body = exchange.getRequestBody()) {
                        boolean replaced = store.put(key, new String(body.readAllBytes(), StandardCharsets.UTF_8))
                                .isPresent();
                        reply(exchange, replaced ? 200 : 201, "");
                    }
                }
                case "DELETE" -> reply(exchange, store.delete(key) ? 204 : 404, "");
                default -> reply(exchange, 405, "method not allowed");
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
