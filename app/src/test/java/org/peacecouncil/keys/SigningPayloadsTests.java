package org.peacecouncil.keys;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.peacecouncil.keys.rules.KeyPolicy;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;

import static org.assertj.core.api.Assertions.assertThat;

/** The signing payload is a permanent public format: its bytes are pinned here, as the log's entries are. */
class SigningPayloadsTests {

    static final Ed25519Key KEY = Ed25519Key.parse(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void aRegistrationsSigningPayloadIsPinnedByteForByte() {
        byte[] bytes = SigningPayloads.registration("AZE", KEY.id(), KEY, "laptop of the ambassador", Instant.parse("2026-02-19T16:00:00Z"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("{\"act\":\"DelegationKeyRegistration\",\"fields\":{\"name\":"
                + "\"laptop of the ambassador\",\"publicKey\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"},\"format\":"
                + "\"peace-council-signing-payload\",\"object\":\"" + KEY.id() + "\",\"state\":\"AZE\",\"time\":\"2026-02-19T16:00:00.000000Z\","
                + "\"version\":1}");
        assertThat(KEY.id().value()).isEqualTo("66687aadf862bd77");
    }

    @Test
    void aKeyIsItsThirtyTwoRawBytesInAnyBase64() {
        assertThat(Ed25519Key.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").base64()).isEqualTo(KEY.base64());
        assertThat(Ed25519Key.parse(" AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= ")).isEqualTo(KEY);
        assertThat(KEY.verifies(new byte[] {1}, "not base64!")).isFalse();
        assertThat(KEY.verifies(new byte[] {1}, Base64.getEncoder().encodeToString(new byte[64]))).isFalse();
    }

    @Test
    void onlyTheStatesOwnDelegationRegistersWithAFreshProofOfAKeyNotYetRegistered() {
        var now = Instant.parse("2026-02-19T16:00:00Z");
        var aze = Actor.delegateOf("AZE", "delegate-aze");
        assertThat(KeyPolicy.register(aze, new KeyPolicy.Registration("AZE", true, now.minusSeconds(60), now, false)).isAllowed()).isTrue();
        assertThat(slug(KeyPolicy.register(Actor.secretariat("s"), new KeyPolicy.Registration("AZE", true, now, now, false)))).isEqualTo("not-your-state");
        assertThat(slug(KeyPolicy.register(aze, new KeyPolicy.Registration("AZE", false, now, now, false)))).isEqualTo("bad-proof");
        assertThat(slug(KeyPolicy.register(aze, new KeyPolicy.Registration("AZE", true, now.minus(KeyPolicy.FRESH).minusSeconds(1), now, false))))
                .isEqualTo("stale-proof");
        assertThat(slug(KeyPolicy.register(aze, new KeyPolicy.Registration("AZE", true, now.plus(KeyPolicy.AHEAD).plusSeconds(1), now, false))))
                .isEqualTo("stale-proof");
        assertThat(slug(KeyPolicy.register(aze, new KeyPolicy.Registration("AZE", true, now, now, true)))).isEqualTo("key-registered");
        assertThat(slug(KeyPolicy.revoke(aze, "AZE", false, false))).isEqualTo("unknown-key");
        assertThat(slug(KeyPolicy.revoke(aze, "AZE", true, true))).isEqualTo("key-revoked");
        assertThat(slug(KeyPolicy.revoke(Actor.chair("c"), "AZE", true, false))).isEqualTo("not-your-state");
    }

    private static String slug(Ruling ruling) {
        return ruling instanceof Ruling.Refused r ? r.slug() : "allowed";
    }
}
