package org.peacecouncil.finance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GzipAroundTests {

    @Test
    void aKeptCompressedMiddleBetweenFreshHeadAndTailIsOneValidGzipMemberOfTheWholeText() throws IOException {
        byte[] head = "{\"asOf\":\"2026-12-04T02:00:00Z\",\"contributors\":".getBytes(StandardCharsets.UTF_8);
        byte[] middle = "[{\"state\":\"QAT\",\"logEntries\":[12,11,10]}]".repeat(3000).getBytes(StandardCharsets.UTF_8);
        byte[] tail = "}".getBytes(StandardCharsets.UTF_8);
        byte[] kept = GzipAround.deflateFlushed(middle, Deflater.DEFAULT_COMPRESSION);

        byte[] member = GzipAround.of(head, middle, kept, tail);

        assertThat(gunzip(member)).isEqualTo(concat(head, middle, tail));
        assertThat(member.length).isLessThan(middle.length / 10);
    }

    @Test
    void incompressibleAndEmptyPartsStillMakeTheWholeText() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(7).nextBytes(noise);
        assertThat(gunzip(GzipAround.of(noise, new byte[0], GzipAround.deflateFlushed(new byte[0], 6), noise)))
                .isEqualTo(concat(noise, new byte[0], noise));
        assertThat(gunzip(GzipAround.of(new byte[0], noise, GzipAround.deflateFlushed(noise, 6), new byte[0]))).isEqualTo(noise);
    }

    @Test
    void aMiddleCompressedForOtherTextIsCaughtByTheChecksum() {
        byte[] middle = "[1,2,3]".getBytes(StandardCharsets.UTF_8);
        byte[] other = GzipAround.deflateFlushed("[1,2,4]".getBytes(StandardCharsets.UTF_8), 6);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gunzip(GzipAround.of(new byte[] {'a'}, middle, other, new byte[] {'b'})))
                .isInstanceOf(java.util.zip.ZipException.class);
    }

    private static byte[] gunzip(byte[] member) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(member))) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        out.writeBytes(c);
        return out.toByteArray();
    }
}
