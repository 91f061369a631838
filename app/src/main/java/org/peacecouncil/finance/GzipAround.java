package org.peacecouncil.finance;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One gzip member (RFC 1952) around a middle compressed once and kept: DEFLATE (RFC 1951) blocks may be cut after
 * any sync flush, which ends byte-aligned on a non-final block, and a later run of blocks may start there; each run
 * here starts afresh, so none refers back into another. The trailer's CRC-32 and length are of the whole text.
 */
final class GzipAround {

    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}; // deflate, no name, no time, unknown OS

    private GzipAround() {
    }

    /** {@code text} as raw DEFLATE blocks ending in a sync flush: no final block, so more blocks may follow. */
    static byte[] deflateFlushed(byte[] text, int level) {
        return deflate(text, level, false);
    }

    /** The gzip member of {@code head + middle + tail}, {@code deflatedMiddle} being {@link #deflateFlushed} of {@code middle}. */
    static byte[] of(byte[] head, byte[] middle, byte[] deflatedMiddle, byte[] tail) {
        var crc = new CRC32();
        crc.update(head);
        crc.update(middle);
        crc.update(tail);
        long length = (long) head.length + middle.length + tail.length;
        byte[] start = deflate(head, Deflater.BEST_SPEED, false);
        byte[] end = deflate(tail, Deflater.BEST_SPEED, true);
        var out = new ByteArrayOutputStream(HEADER.length + start.length + deflatedMiddle.length + end.length + 8);
        out.writeBytes(HEADER);
        out.writeBytes(start);
        out.writeBytes(deflatedMiddle);
        out.writeBytes(end);
        littleEndian(out, crc.getValue());
        littleEndian(out, length & 0xffffffffL);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] text, int level, boolean last) {
        var deflater = new Deflater(level, true);
        try {
            deflater.setInput(text);
            if (last) {
                deflater.finish();
            }
            var out = new ByteArrayOutputStream(Math.max(64, text.length / 4));
            byte[] buffer = new byte[8192];
            while (true) {
                int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static void littleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
