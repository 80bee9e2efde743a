package de.sozialraum.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A stand-in for a service or the identity provider: answers every request with one JSON body and records it. */
final class StubServer {

    /** One request as the stub received it; header names are case-insensitive. */
    record Exchange(String method, String uri, Headers headers, String body) {

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final byte[] usualAnswer;
    private volatile int status = 200;
    private volatile byte[] answer;

    private StubServer(String json) {
        usualAnswer = json.getBytes(StandardCharsets.UTF_8);
        answer = usualAnswer;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    static StubServer answering(String json) {
        return new StubServer(json);
    }

    /** A port nothing listens on. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Until {@link #reset()}, every request gets this status and body instead of the usual answer. */
    void answerWith(int status, String json) {
        this.answer = json.getBytes(StandardCharsets.UTF_8);
        this.status = status;
    }

    void reset() {
        exchanges.clear();
        answer = usualAnswer;
        status = 200;
    }

    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        byte[] body = answer;
        Headers headers = new Headers();
        headers.putAll(exchange.getRequestHeaders());
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        exchanges.add(new Exchange(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, requestBody));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
