package dev.fixturebench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.fixturebench.api.FixtureExtension;
import dev.fixturebench.api.Use;
import dev.fixturebench.examples.corpus.Corpus;
import dev.fixturebench.examples.fixtures.CorpusServer;

/** The class-scoped HTTP server and the session's HTTP client, talking over the loopback interface. */
@ExtendWith(FixtureExtension.class)
class LocalHttpServerTest {

    private final CorpusServer server;
    private final HttpClient client;

    LocalHttpServerTest(@Use("local_http_server") CorpusServer server, @Use("http_client") HttpClient client) {
        this.server = server;
        this.client = client;
    }

    @Test
    void serverListensOnAnEphemeralLoopbackPort() throws Exception {
        URI base = server.baseUri();
        assertEquals("127.0.0.1", base.getHost());
        assertTrue(base.getPort() > 0);
        HttpResponse<String> health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", health.body());
    }

    @Test
    void serverReturnsTheCorpus(@Use("text_corpus") Corpus corpus) throws Exception {
        assertEquals(corpus.text(), get("/corpus").body());
        HttpResponse<String> third = get("/lines/2");
        assertEquals(200, third.statusCode());
        assertEquals(corpus.lines().get(2), third.body());
        assertTrue(third.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void unknownLinesAreNotFound() throws Exception {
        int before = server.requestsServed();
        assertEquals(404, get("/lines/9999").statusCode());
        assertEquals(404, get("/lines/first").statusCode());
        assertTrue(server.requestsServed() >= before + 2, "the class shares one server across tests");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
