package org.peacecouncil.verifier;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier reads an entry in full only when its envelope says it is signed or a key act; the rest cost a short tail. */
class EnvelopeEndingTests {

    private static boolean read(String entry) {
        byte[] framed = ("xx" + entry + "yy").getBytes(StandardCharsets.UTF_8);
        return EnvelopeEnding.mayBeSignedOrAKeyAct(framed, 2, framed.length - 4);
    }

    @Test
    void onlyASignatureBlockAfterTheEnvelopesSequenceNumberOrAKeyActTypeMakesAnEntryWorthReading() {
        assertThat(read("{\"actor\":\"a\",\"module\":\"m\",\"payload\":{\"vote\":\"YES\"},\"seq\":41,\"state\":\"AZE\",\"time\":\"2026-01-22T11:02:00.123456Z\","
                + "\"type\":\"BallotCast\",\"version\":1}")).isFalse();
        assertThat(read("{\"actor\":\"a\",\"module\":\"m\",\"payload\":{\"vote\":\"YES\"},\"seq\":41,\"signature\":{\"keyId\":\"k\"},"
                + "\"state\":\"AZE\",\"time\":\"2026-01-22T11:02:00.123456Z\",\"type\":\"BallotCast\",\"version\":1}")).isTrue();
        assertThat(read("{\"actor\":\"a\",\"module\":\"keys\",\"payload\":{\"keyId\":\"k\"},\"seq\":7,\"state\":\"AZE\",\"time\":\"2026-01-22T11:02:00.123456Z\","
                + "\"type\":\"DelegationKeyRegistered\",\"version\":1}")).isTrue();
    }

    @Test
    void anEntryAboutNoStateIsReadFromItsEndToo() {
        assertThat(read("{\"actor\":\"a\",\"module\":\"m\",\"payload\":{},\"seq\":9,\"time\":\"2026-01-22T11:02:00.123456Z\","
                + "\"type\":\"FundOpened\",\"version\":1}")).isFalse();
        assertThat(read("{\"actor\":\"a\",\"module\":\"m\",\"payload\":{},\"seq\":9,\"signature\":{\"keyId\":\"k\"},"
                + "\"time\":\"2026-01-22T11:02:00.123456Z\",\"type\":\"FundOpened\",\"version\":12}")).isTrue();
    }

    @Test
    void wordsInThePayloadThatLookLikeTheMarkersDoNotMisleadIt() {
        // a text holding the markers has its quotes escaped; a nested "seq" lies before the envelope's
        assertThat(read("{\"actor\":\"a\",\"module\":\"m\",\"payload\":{\"note\":\",\\\"seq\\\":1,\\\"signature\\\":{ \\\"type\\\":\\\"DelegationKey\","
                + "\"x\":{\"a\":1,\"seq\":2,\"signature\":{}}},\"seq\":41,\"state\":\"AZE\",\"time\":\"2026-01-22T11:02:00.123456Z\",\"type\":\"BallotCast\",\"version\":1}"))
                .isFalse();
        assertThat(read("{\"actor\":\"a\",\"payload\":{}}")).as("not the envelope's ending: read in full").isTrue();
        assertThat(read("{\"actor\":\"a\",\"module\":\"m\",\"payload\":{},\"seq\":41,\"state\":\"AZE\",\"time\":\"2026-01-22T11:02:00Z\","
                + "\"type\":\"BallotCast\",\"version\":1}")).as("another time format: read in full").isTrue();
    }
}
