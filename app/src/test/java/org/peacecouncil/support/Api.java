package org.peacecouncil.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running application over real HTTP, as a client of the API would. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    public Api(int port) {
        this.port = port;
    }

    /** One request made through this {@code Api} and its answer, for checking them against the API document. */
    public record Exchange(String method, String pathAndQuery, String requestBody, String requestContentType, Response response) {
    }

    /** Every request made through this {@code Api} so far, in order. */
    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public Caller anonymous() {
        return new Caller(null);
    }

    public Caller basic(String username, String password) {
        return new Caller("Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public Caller bearer(String token) {
        return new Caller("Bearer " + token);
    }

    /** An answer: status, content type and body. */
    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Requests made with one set of credentials (or none). */
    public final class Caller {
        private final String authorization;

        Caller(String authorization) {
            this.authorization = authorization;
        }

        public Response get(String path) {
            return send(request(path).GET());
        }

        /** A GET with extra headers, e.g. {@code If-None-Match}. */
        public Response get(String path, String... headers) {
            var builder = request(path).GET();
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return send(builder);
        }

        /** A GET that accepts any type, e.g. CSV, with extra headers if any. */
        public Response getAny(String path, String... headers) {
            var builder = request(path).header("Accept", "*/*").GET();
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return send(builder);
        }

        /** A GET with extra headers, its answer whole and undecoded (a compressed body stays compressed). */
        public HttpResponse<byte[]> getRaw(String path, String... headers) {
            var builder = request(path).GET();
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            try {
                return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The raw bytes of a GET, for binary answers such as log tiles; fails unless the status is 200. */
        public byte[] getBytes(String path) {
            try {
                var response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new AssertionError("GET " + path + " answered " + response.statusCode());
                }
                return response.body();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public Response post(String path) {
            return post(path, null);
        }

        public Response post(String path, String json, String... headers) {
            var builder = request(path).header("Content-Type", "application/json")
                    .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return send(builder, json);
        }

        public Response postBytes(String path, byte[] body) {
            return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        public Response put(String path, String json, String... headers) {
            var builder = request(path).header("Content-Type", "application/json");
            for (int i = 0; i < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return send(builder.PUT(HttpRequest.BodyPublishers.ofString(json)), json);
        }

        public Response delete(String path) {
            return send(request(path).DELETE());
        }

        private HttpRequest.Builder request(String path) {
            var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json, application/problem+json");
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            return builder;
        }

        private Response send(HttpRequest.Builder builder) {
            return send(builder, null);
        }

        private Response send(HttpRequest.Builder builder, String body) {
            try {
                var request = builder.build();
                var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                var answer = new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                        response.body(), response);
                exchanges.add(new Exchange(request.method(), request.uri().getRawPath()
                        + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()), body,
                        request.headers().firstValue("Content-Type").orElse(null), answer));
                return answer;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static String json(Object... keysAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            node.putPOJO((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return JSON.writeValueAsString(node);
    }
}
