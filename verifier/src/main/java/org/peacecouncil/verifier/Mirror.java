package org.peacecouncil.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies a log into a directory laid out exactly as the server serves it ({@code <dir>/log/checkpoint},
 * {@code <dir>/log/tile/...}, {@code <dir>/log/checkpoints/...}, {@code <dir>/log/checkpoint-sizes}), so that any static web server can serve the
 * copy and this verifier can check it with {@code --dir} or {@code --url}. The copy is taken at the checkpoint
 * read first; it is written last, so a copy is never newer than its tiles.
 */
final class Mirror {

    private Mirror() {
    }

    static long copy(LogSource source, Path dir) throws IOException {
        byte[] checkpoint = source.require("checkpoint");
        String[] lines = new String(checkpoint, StandardCharsets.UTF_8).split("\n");
        long size = Long.parseLong(lines[1]);
        Path root = dir.resolve("log");
        for (long tile = 0; tile * TilePaths.WIDTH < size; tile++) {
            int width = (int) Math.min(TilePaths.WIDTH, size - tile * TilePaths.WIDTH);
            write(root, TilePaths.entryBundle(tile, width), source.require(TilePaths.entryBundle(tile, width)));
        }
        for (int level = 0; (size >> (8 * level)) > 0; level++) {
            long available = size >> (8 * level);
            for (long tile = 0; tile * TilePaths.WIDTH < available; tile++) {
                int width = (int) Math.min(TilePaths.WIDTH, available - tile * TilePaths.WIDTH);
                String path = TilePaths.hashTile(level, tile, width);
                write(root, path, source.require(path));
            }
        }
        List<Long> sizes = source.checkpointSizes().stream().filter(s -> s <= size).toList();
        for (long kept : sizes) {
            write(root, "checkpoints/" + kept, source.require("checkpoints/" + kept));
        }
        var list = new StringBuilder();
        sizes.forEach(s -> list.append(s).append('\n'));
        write(root, "checkpoint-sizes", list.toString().getBytes(StandardCharsets.UTF_8));
        source.get("key").ifPresent(key -> {
            try {
                write(root, "key", key);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        write(root, "checkpoint", checkpoint);
        return size;
    }

    private static void write(Path root, String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
