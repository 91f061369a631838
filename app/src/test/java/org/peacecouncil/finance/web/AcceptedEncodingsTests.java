package org.peacecouncil.finance.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptedEncodingsTests {

    @Test
    void gzipIsAcceptedWhenNamedOrStarredWithAWeightAboveZero() {
        assertThat(AcceptedEncodings.gzip("gzip, deflate, br")).isTrue();
        assertThat(AcceptedEncodings.gzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(AcceptedEncodings.gzip("*")).isTrue();
        assertThat(AcceptedEncodings.gzip("x-gzip")).isTrue();
    }

    @Test
    void gzipIsRefusedWhenAbsentWeightedZeroOrStarredZero() {
        assertThat(AcceptedEncodings.gzip(null)).isFalse();
        assertThat(AcceptedEncodings.gzip("identity")).isFalse();
        assertThat(AcceptedEncodings.gzip("br, deflate")).isFalse();
        assertThat(AcceptedEncodings.gzip("gzip;q=0")).isFalse();
        assertThat(AcceptedEncodings.gzip("gzip;q=0.000, *")).as("gzip named with zero weight outranks the star").isFalse();
        assertThat(AcceptedEncodings.gzip("*;q=0")).isFalse();
        assertThat(AcceptedEncodings.gzip("gzip;q=abc")).isFalse();
    }
}
