package org.peacecouncil.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the log's files come from: the council's server or a mirror over HTTP ({@code <url>/log/...}), or a
 * mirror directory ({@code <dir>/log/...}). Paths follow C2SP tlog-tiles, plus {@code checkpoint-sizes} (the sizes of
 * all kept checkpoints, one per line) and {@code checkpoints/<size>} (each signed note).
 */
public interface LogSource {

    /** A path under the log's root, e.g. {@code checkpoint} or {@code tile/0/000}; empty when it does not exist. */
    Optional<byte[]> get(String path);

    default byte[] require(String path) {
        return get(path).orElseThrow(() -> new SourceUnavailable("the log has no " + path));
    }

    default String text(String path) {
        return new String(require(path), StandardCharsets.UTF_8);
    }

    /** The sizes of every kept checkpoint, or none if the source does not list them. */
    default List<Long> checkpointSizes() {
        return get("checkpoint-sizes").map(b -> new String(b, StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).map(Long::parseLong).toList()).orElse(List.of());
    }

    /** The log cannot be read (network, missing file): not a verification failure. */
    class SourceUnavailable extends RuntimeException {
        public SourceUnavailable(String message) {
            super(message);
        }
    }

    static LogSource http(String url) {
        String base = url.replaceAll("/+$", "") + "/log/";
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
        return path -> {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 404) {
                    return Optional.empty();
                }
                if (response.statusCode() != 200) {
                    throw new SourceUnavailable("GET " + base + path + " answered " + response.statusCode());
                }
                return Optional.of(response.body());
            } catch (IOException e) {
                throw new SourceUnavailable("cannot read " + base + path + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailable("interrupted");
            }
        };
    }

    static LogSource directory(Path dir) {
        Path root = dir.resolve("log");
        return path -> {
            try {
                return Optional.of(Files.readAllBytes(root.resolve(path)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + root.resolve(path), e);
            }
        };
    }
}
