package org.peacecouncil.ledger.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.peacecouncil.ledger.Checkpoints;
import org.peacecouncil.ledger.Ledger;
import org.peacecouncil.ledger.TilePath;
import org.peacecouncil.platform.CouncilProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log as static-style files per C2SP tlog-tiles, relative to the latest checkpoint: {@code /log/checkpoint},
 * {@code /log/tile/<L>/<N>[.p/<W>]} (256 hashes of tree level 8·L per full tile) and
 * {@code /log/tile/entries/<N>[.p/<W>]} (entries, each prefixed by its big-endian 16-bit length). Full tiles never
 * change and are cached forever; the checkpoint and partial tiles are revalidated.
 */
@RestController
class LogTiles {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final CacheControl FOREVER = CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable();

    private final Ledger ledger;
    private final Checkpoints checkpoints;

    LogTiles(Ledger ledger, Checkpoints checkpoints) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/log/checkpoint")
    ResponseEntity<String> checkpoint() {
        return checkpoints.latest()
                .map(c -> ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(c.signedNote()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(TEXT)
                        .body("No checkpoint has been signed yet; try again in a second.\n"));
    }

    @GetMapping("/log/key")
    ResponseEntity<String> key() {
        return ResponseEntity.ok().contentType(TEXT).body(checkpoints.verifierKey() + "\n");
    }

    /** Every kept checkpoint's size, one per line, oldest first: a verifier checks each signature. */
    @GetMapping("/log/checkpoint-sizes")
    ResponseEntity<String> checkpointSizes() {
        var sizes = new StringBuilder();
        checkpoints.sizes().forEach(size -> sizes.append(size).append('\n'));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.noCache()).body(sizes.toString());
    }

    @GetMapping("/log/checkpoints/{size}")
    ResponseEntity<String> checkpointOfSize(@org.springframework.web.bind.annotation.PathVariable long size) {
        return checkpoints.ofSize(size)
                .map(c -> ResponseEntity.ok().contentType(TEXT).cacheControl(FOREVER).body(c.signedNote()))
                .orElseThrow(() -> new CouncilProblem.NotFound("No checkpoint of size " + size + " is kept."));
    }

    @GetMapping("/log/tile/**")
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        String path = request.getRequestURI().substring("/log/tile/".length());
        boolean entries = path.startsWith("entries/");
        String rest = entries ? path.substring("entries/".length()) : path;
        int level = 0;
        if (!entries) {
            int slash = rest.indexOf('/');
            if (slash < 1 || !rest.substring(0, slash).matches("[0-9]{1,2}")) {
                throw noTile();
            }
            level = Integer.parseInt(rest.substring(0, slash));
            rest = rest.substring(slash + 1);
        }
        int width = TilePath.WIDTH;
        int partial = rest.indexOf(".p/");
        if (partial >= 0) {
            String w = rest.substring(partial + 3);
            if (!w.matches("[1-9][0-9]{0,2}") || Integer.parseInt(w) >= TilePath.WIDTH) {
                throw noTile();
            }
            width = Integer.parseInt(w);
            rest = rest.substring(0, partial);
        }
        long index;
        try {
            index = TilePath.parseIndex(rest);
        } catch (TilePath.IndexTooLarge e) {
            throw new CouncilProblem.InvalidRequest("bad-tile-path", "Not a tile path: a tile index is below 2^63.");
        } catch (IllegalArgumentException e) {
            throw noTile(); // like a static file server: no file has this name
        }
        long size = checkpoints.latest().map(c -> c.size()).orElse(0L);
        int treeLevel = level * 8;
        long available = treeLevel >= 63 ? 0 : (entries ? size : size >> treeLevel);
        if (index > available / TilePath.WIDTH) { // also keeps index * WIDTH from overflowing
            throw noTile();
        }
        long from = index * TilePath.WIDTH;
        if (from + width > available) {
            throw noTile();
        }
        byte[] body = entries ? bundle(from, from + width) : concat(ledger.hashes(treeLevel, from, from + width));
        var cache = width == TilePath.WIDTH ? FOREVER : CacheControl.noCache();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM).cacheControl(cache).body(body);
    }

    private byte[] bundle(long from, long until) {
        var out = new ByteArrayOutputStream();
        for (var entry : ledger.entries(from, until)) {
            byte[] bytes = entry.body().getBytes(StandardCharsets.UTF_8);
            out.write(bytes.length >>> 8);
            out.write(bytes.length & 0xff);
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(java.util.List<byte[]> hashes) {
        var out = new ByteArrayOutputStream();
        hashes.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static CouncilProblem noTile() {
        return new CouncilProblem.NotFound("No tile at this address: the log has no such level, index or width yet.");
    }
}
