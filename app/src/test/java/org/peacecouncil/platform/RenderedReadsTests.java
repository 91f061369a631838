package org.peacecouncil.platform;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Kept answers stay within their bound in bytes, the least recently read leaving first. */
class RenderedReadsTests {

    @Test
    void theLeastRecentlyReadAnswerLeavesFirstOnceTheBoundIsReached() {
        var kept = new RenderedReads(3000, 2000);
        kept.put("a", answer(1000));
        kept.put("b", answer(1000));
        kept.get("a"); // read again: b is now the least recently read
        kept.put("c", answer(1000));
        kept.put("d", answer(500));

        assertThat(kept.get("b")).isNull();
        assertThat(kept.get("a")).isNotNull();
        assertThat(kept.get("c")).isNotNull();
        assertThat(kept.get("d")).isNotNull();
        assertThat(kept.bytes()).isLessThanOrEqualTo(3000);
    }

    @Test
    void anAnswerLargerThanTheLargestKeptIsNotKeptAndNothingIsEvictedForIt() {
        var kept = new RenderedReads(10_000, 2000);
        kept.put("a", answer(1000));
        kept.put("huge", answer(5000));

        assertThat(kept.get("huge")).isNull();
        assertThat(kept.get("a")).isNotNull();
        assertThat(kept.size()).isEqualTo(1);
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        var kept = new RenderedReads(0, 2000);
        kept.put("a", answer(100));
        assertThat(kept.size()).isZero();
    }

    @Test
    void storingTheSameVersionAgainCountsItsBytesOnce() {
        var kept = new RenderedReads(10_000, 2000);
        kept.put("a", answer(1000));
        kept.put("a", answer(1000));
        assertThat(kept.bytes()).isEqualTo(answer(1000).bytes());
    }

    private static RenderedReads.Answer answer(int bodyBytes) {
        return new RenderedReads.Answer(List.of(Map.entry("Content-Type", "text/html")), new byte[bodyBytes - "Content-Type".length()
                - "text/html".length()]);
    }
}
