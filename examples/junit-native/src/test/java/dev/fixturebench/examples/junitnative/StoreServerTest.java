package dev.fixturebench.examples.junitnative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP front end, over a real loopback socket. */
@ExtendWith(HttpClientResolver.class)
class StoreServerTest {

    @RegisterExtension
    static final ServerExtension SERVER = new ServerExtension();

    @RegisterExtension
    final RequestBudget budget = new RequestBudget(SERVER::server, 5);

    @BeforeEach
    void seedGreeting(HttpClient client) throws IOException, InterruptedException {
        int status = send(client, HttpRequest.newBuilder(uri("greeting"))
                .PUT(HttpRequest.BodyPublishers.ofString("hello")).build()).statusCode();
        assertTrue(status == 200 || status == 201, "PUT answered " + status);
    }

    @Test
    void getReturnsStoredValue(HttpClient client) throws IOException, InterruptedException {
        HttpResponse<String> response = send(client, HttpRequest.newBuilder(uri("greeting")).GET().build());
        assertEquals(200, response.statusCode());
        assertEquals("hello", response.body());
    }

    @Test
    void missingKeyIsNotFound(HttpClient client) throws IOException, InterruptedException {
        assertEquals(404, send(client, HttpRequest.newBuilder(uri("nope")).GET().build()).statusCode());
    }

    @Test
    void deleteRemovesKey(HttpClient client) throws IOException, InterruptedException {
        assertEquals(204, send(client, HttpRequest.newBuilder(uri("greeting")).DELETE().build()).statusCode());
        assertEquals(404, send(client, HttpRequest.newBuilder(uri("greeting")).GET().build()).statusCode());
    }

    private static URI uri(String key) {
        return SERVER.server().baseUri().resolve(key);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
