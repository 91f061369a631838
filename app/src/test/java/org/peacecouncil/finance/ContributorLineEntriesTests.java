package org.peacecouncil.finance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A contributors line's kept entries: read as written (newest first), sorted when a migration wrote them in another order. */
class ContributorLineEntriesTests {

    @Test
    void keptEntriesAreReadNewestFirst() {
        assertThat(FinanceStore.newestFirst("912,70,4")).containsExactly(912, 70, 4);
        assertThat(FinanceStore.newestFirst("4,912,70")).containsExactly(912, 70, 4);
        assertThat(FinanceStore.newestFirst("5")).containsExactly(5);
        assertThat(FinanceStore.newestFirst("")).isEmpty();
        assertThat(FinanceStore.newestFirst(null)).isEmpty();
    }

    @Test
    void anythingButLogIndicesIsRefused() {
        assertThatThrownBy(() -> FinanceStore.newestFirst("4,x")).isInstanceOf(IllegalStateException.class);
    }
}
