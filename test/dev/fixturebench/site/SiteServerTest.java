package dev.fixturebench.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real HTTP against a served temporary folder: what is served, how, and what is refused. */
class SiteServerTest {

    private static final String SECRET = "outside the site";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path base;

    private Path site;
    private SiteServer server;

    @BeforeEach
    void serveASite() throws IOException {
        site = Files.createDirectories(base.resolve("site"));
        Files.writeString(base.resolve("secret.txt"), SECRET);
        Files.writeString(site.resolve("index.html"), "<h1>home</h1>");
        Files.writeString(site.resolve("style.css"), "h1 { color: red }");
        Files.writeString(site.resolve("app.js"), "console.log('é')");
        Files.writeString(site.resolve("data.json"), "{}");
        Files.write(site.resolve("module.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Files.createDirectories(site.resolve("docs/empty"));
        Files.writeString(site.resolve("docs/index.html"), "<h1>docs</h1>");
        Files.writeString(site.resolve("docs/a file.txt"), "spaced");
        server = SiteServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void servesFilesWithTheirContentTypeAndNoCaching() throws Exception {
        HttpResponse<String> css = get("style.css");
        assertEquals(200, css.statusCode());
        assertEquals("h1 { color: red }", css.body());
        assertEquals(Optional.of("text/css; charset=utf-8"), css.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("no-store"), css.headers().firstValue("Cache-Control"));
        assertEquals("text/javascript; charset=utf-8",
                get("app.js").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("console.log('é')", get("app.js").body());
        assertEquals("application/json; charset=utf-8",
                get("data.json").headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<byte[]> wasm = http.send(request("module.wasm").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(Optional.of("application/wasm"), wasm.headers().firstValue("Content-Type"));
        assertArrayEquals(Files.readAllBytes(site.resolve("module.wasm")), wasm.body());
        assertEquals("spaced", get("docs/a%20file.txt").body(), "the path is percent-decoded");
    }

    @Test
    void namesTheContentTypeOfEveryKindOfFileTheViewerLoads() {
        assertEquals("text/html; charset=utf-8", SiteServer.contentType("index.html"));
        assertEquals("image/svg+xml; charset=utf-8", SiteServer.contentType("logo.svg"));
        assertEquals("text/plain; charset=utf-8", SiteServer.contentType("stacks.TXT"));
        assertEquals("image/png", SiteServer.contentType("favicon-32x32.png"));
        assertEquals("image/x-icon", SiteServer.contentType("favicon.ico"));
        assertEquals("font/woff2", SiteServer.contentType("SourceCodePro-Regular.woff2"));
        assertEquals("application/wasm", SiteServer.contentType("jfrview_bg.wasm"));
        assertEquals("application/octet-stream", SiteServer.contentType("README"));
    }

    @Test
    void answersHeadWithTheHeadersAlone() throws Exception {
        HttpResponse<String> head = http.send(request("style.css").method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(Optional.of("17"), head.headers().firstValue("Content-Length"));
        assertEquals(Optional.of("text/css; charset=utf-8"), head.headers().firstValue("Content-Type"));
    }

    @Test
    void servesAFoldersIndexAndRedirectsAFolderWithoutItsSlash() throws Exception {
        assertEquals("<h1>home</h1>", get("").body());
        HttpResponse<String> docs = get("docs/");
        assertEquals(200, docs.statusCode());
        assertEquals("<h1>docs</h1>", docs.body());
        assertEquals(Optional.of("text/html; charset=utf-8"), docs.headers().firstValue("Content-Type"));

        HttpResponse<String> redirect = get("docs?x=1");
        assertEquals(301, redirect.statusCode());
        assertEquals(Optional.of("/docs/?x=1"), redirect.headers().firstValue("Location"));
    }

    @Test
    void answers404ForWhatIsNotThere() throws Exception {
        assertEquals(404, get("missing.html").statusCode());
        assertEquals(404, get("docs/empty/").statusCode(), "a folder without index.html is not listed");
    }

    @Test
    void refusesEveryPathThatLeadsOutOfTheFolder() throws Exception {
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/docs/%2E%2E/%2e%2e/secret.txt",
                "/docs/..%2f..%2fsecret.txt", "//" + base.resolve("secret.txt"))) {
            String response = rawGet(path);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.matches("HTTP/1\\.1 40[34] .*"), path + " answered " + status);
            assertFalse(response.contains(SECRET), path + " served the file outside the site");
        }
        assertTrue(rawGet("/docs/../index.html").startsWith("HTTP/1.1 200 "), "a .. that stays inside is served");
    }

    @Test
    void refusesALinkOutOfTheFolder() throws Exception {
        Files.createSymbolicLink(site.resolve("link.txt"), base.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("linked"), base);
        assertEquals(403, get("link.txt").statusCode());
        assertEquals(403, get("linked/secret.txt").statusCode());
    }

    @Test
    void answers405ToAnythingButGetAndHead() throws Exception {
        HttpResponse<String> post = http.send(request("index.html").POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(Optional.of("GET, HEAD"), post.headers().firstValue("Allow"));
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        InetAddress host = InetAddress.getByName(server.uri().getHost());
        assertTrue(host.isLoopbackAddress(), server.uri().toString());
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (network.isUp() && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    try (Socket socket = new Socket()) {
                        assertThrows(ConnectException.class, () -> socket.connect(
                                new InetSocketAddress(address, server.uri().getPort()), 2000), address.toString());
                    }
                }
            }
        }
    }

    @Test
    void namesThePortWhenItIsTaken() {
        int port = server.uri().getPort();
        BindException taken = assertThrows(BindException.class, () -> SiteServer.start(site, port));
        assertTrue(taken.getMessage().contains("port " + port), taken.getMessage());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the path exactly as given, which an HTTP client might normalise first. */
    private String rawGet(String rawPath) throws IOException {
        URI uri = server.uri();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
