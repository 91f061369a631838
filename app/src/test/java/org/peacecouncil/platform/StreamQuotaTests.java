package org.peacecouncil.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Live streams are admitted under a cap overall and a cap per client address, and each is released once. */
class StreamQuotaTests {

    @Test
    void anAddressAtItsCapIsRefusedWhileOthersAreStillAdmitted() {
        var quota = new StreamQuota(10, 2);
        assertThat(quota.admit("10.0.0.1")).isNull();
        assertThat(quota.admit("10.0.0.1")).isNull();
        assertThat(quota.admit("10.0.0.1")).isEqualTo(StreamQuota.Refusal.ADDRESS_FULL);
        assertThat(quota.admit("10.0.0.2")).isNull();
        assertThat(quota.held()).isEqualTo(3);
        assertThat(quota.heldFrom("10.0.0.1")).isEqualTo(2);
    }

    @Test
    void theServerAtItsCapRefusesEveryAddress() {
        var quota = new StreamQuota(2, 2);
        quota.admit("a");
        quota.admit("b");
        assertThat(quota.admit("c")).isEqualTo(StreamQuota.Refusal.SERVER_FULL);
        assertThat(quota.heldFrom("c")).as("a refusal holds nothing").isZero();
    }

    @Test
    void aReleasedStreamMakesRoomAgainAndCannotBeReleasedTwice() {
        var quota = new StreamQuota(1, 1);
        quota.admit("a");
        quota.release("a");
        assertThat(quota.held()).isZero();
        assertThat(quota.admit("a")).isNull();
        quota.release("a");
        assertThatThrownBy(() -> quota.release("a")).isInstanceOf(IllegalStateException.class);
    }
}
