package org.peacecouncil.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatesTests {

    @Test
    void theStatesAreTheUnMembersTheObserverStatesAndKosovoAndNoTerritory() {
        var codes = Countries.states().stream().map(Countries.Country::alpha3).toList();
        assertThat(codes).hasSize(193 + 2 + 1).doesNotHaveDuplicates().isSorted();
        assertThat(codes).contains("USA", "AZE", "KAZ", "SSD", "MNE", "VAT", "PSE", "XKX");
        assertThat(codes).as("territories and areas that are not states")
                .doesNotContain("BVT", "ATA", "GUM", "PRI", "HKG", "MAC", "GRL", "ESH", "TWN", "ABW", "IOT", "UMI");
        assertThat(Countries.states()).allSatisfy(c -> assertThat(c.name()).isNotEqualTo(c.alpha3()));
        assertThat(Countries.name("XKX")).isEqualTo("Kosovo");
    }
}
