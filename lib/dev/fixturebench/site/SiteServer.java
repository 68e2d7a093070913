package dev.fixturebench.site;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves one folder of static files over HTTP, GET and HEAD only, on the loopback address only, uncached.
 * A folder serves its {@code index.html}; nothing outside the folder ({@code ..}, encoded or not, or a link) is.
 */
public final class SiteServer implements AutoCloseable {

    /** Enough for a page's parallel fetches (the speedscope viewer loads a handful of files at once). */
    private static final int THREADS = 4;

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("wasm", "application/wasm"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final URI uri;
    private final CountDownLatch closed = new CountDownLatch(1);

    private SiteServer(Path root, HttpServer server, ExecutorService executor) {
        this.root = root;
        this.server = server;
        this.executor = executor;
        InetSocketAddress address = server.getAddress();
        try {
            this.uri = new URI("http", null, address.getAddress().getHostAddress(), address.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Starts serving {@code root} on the loopback address.
     *
     * @param root the folder to serve; it must exist
     * @param port the port to listen on, or 0 for any free one
     * @return the running server; {@link #close()} stops it
     * @throws BindException when the port is taken, naming it
     * @throws IOException when the folder does not exist or the server cannot start
     */
    public static SiteServer start(Path root, int port) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("cannot serve " + root + ": no such folder");
        }
        Path realRoot = root.toRealPath();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        } catch (BindException e) {
            BindException taken = new BindException("port " + port + " on " + loopback.getHostAddress()
                    + " is already in use (" + e.getMessage() + "); choose another port, or 0 for any free one");
            taken.initCause(e);
            throw taken;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "site-server-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        SiteServer site = new SiteServer(realRoot, server, executor);
        server.createContext("/", site::handle);
        server.setExecutor(executor);
        server.start();
        return site;
    }

    /** The address of the served folder's root, such as {@code http://127.0.0.1:8123/}. */
    public URI uri() {
        return uri;
    }

    /** The folder served, with its links resolved. */
    public Path root() {
        return root;
    }

    /** Blocks until {@link #close()} is called, from another thread or a shutdown hook. */
    public void awaitTermination() throws InterruptedException {
        closed.await();
    }

    /** Stops listening and drops any exchange still running; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        server.stop(0);
        executor.shutdownNow();
        closed.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendStatus(exchange, 405, "Method Not Allowed");
                return;
            }
            URI request = exchange.getRequestURI();
            if (request.getPath() == null || !request.getPath().startsWith("/")) {
                sendStatus(exchange, 400, "Bad Request");
                return;
            }
            Path file;
            try {
                file = root.resolve(request.getPath().replaceFirst("^/+", "")).normalize();
            } catch (InvalidPathException e) {
                sendStatus(exchange, 400, "Bad Request");
                return;
            }
            if (!file.startsWith(root)) {
                sendStatus(exchange, 403, "Forbidden");
                return;
            }
            if (Files.isDirectory(file)) {
                String rawPath = request.getRawPath();
                if (!rawPath.endsWith("/")) {
                    // one leading slash: "//name/" would send the browser to the host "name"
                    String location = rawPath.replaceFirst("^/+", "/") + "/";
                    String query = request.getRawQuery();
                    exchange.getResponseHeaders().set("Location", location + (query == null ? "" : "?" + query));
                    sendStatus(exchange, 301, "Moved Permanently");
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                sendStatus(exchange, 404, "Not Found");
                return;
            }
            if (!file.toRealPath().startsWith(root)) {
                sendStatus(exchange, 403, "Forbidden");
                return;
            }
            long length = Files.size(file);
            exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Content-Length", Long.toString(length));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, length == 0 ? -1 : length);
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    private static void sendStatus(HttpExchange exchange, int status, String reason) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = (status + " " + reason + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The Content-Type of a file by its extension; {@code application/octet-stream} for one not listed. */
    static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
