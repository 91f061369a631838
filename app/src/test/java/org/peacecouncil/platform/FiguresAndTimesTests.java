package org.peacecouncil.platform;

import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Amounts are written and times read back by hand for speed: exactly as the JDK's own formatter and parser would. */
class FiguresAndTimesTests {

    @Test
    void anAmountReadsAsTheJdkFormatsItInEveryCurrencyAndSize() {
        var random = new Random(7);
        for (String currency : new String[] {"USD", "JPY", "BHD", "EUR", "AZN"}) {
            for (long minor : new long[] {0, 1, 5, 9, 10, 99, 100, 999, 1_000, 100_000, 120_000_000_000L, -1, -150_050, Long.MAX_VALUE,
                    Long.MIN_VALUE + 1}) {
                var money = new Money(minor, currency);
                assertThat(money.toString()).as(currency + " " + minor)
                        .isEqualTo(currency + " " + String.format(java.util.Locale.ROOT, "%,.2f", money.major()));
            }
            for (int i = 0; i < 2_000; i++) {
                var money = new Money(random.nextLong() >> random.nextInt(63), currency);
                assertThat(money.toString()).isEqualTo(currency + " " + String.format(java.util.Locale.ROOT, "%,.2f", money.major()));
            }
        }
        assertThat(new Money(120_000_000_000L, "USD")).hasToString("USD 1,200,000,000.00");
        for (long n : new long[] {0, 7, -7, 999, 1_000, -1_000, 123_456_789, Long.MAX_VALUE, Long.MIN_VALUE, random.nextLong()}) {
            assertThat(Money.grouped(n)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", n));
        }
        assertThat(new Money(1_005, "BHD")).as("three decimals, rounded half up").hasToString("BHD 1.01");
    }

    @Test
    void aTimeReadsBackAsWrittenAndOtherFormsAsInstantParseReadsThem() {
        var random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            var t = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L), random.nextInt(1_000_000) * 1000L);
            assertThat(Timestamps.instant(Timestamps.text(t))).isEqualTo(t);
        }
        assertThat(Timestamps.instant("2026-02-19T16:00:00Z")).isEqualTo(Instant.parse("2026-02-19T16:00:00Z"));
        assertThat(Timestamps.instant("2026-02-19T16:00:00.123Z")).isEqualTo(Instant.parse("2026-02-19T16:00:00.123Z"));
        assertThatThrownBy(() -> Timestamps.instant("2026-13-19T16:00:00.000000Z")).isInstanceOf(java.time.DateTimeException.class);
    }

    @Test
    void everyPageWritesATimeOneWayInUtcToTheMinute() {
        assertThat(Texts.utc(Instant.parse("2026-02-19T15:30:59.999Z"))).isEqualTo("2026-02-19 15:30 UTC");
        assertThat(Texts.utc(Instant.parse("2026-01-02T03:04:00Z"))).isEqualTo("2026-01-02 03:04 UTC");
        assertThat(Texts.when(Instant.parse("2026-02-19T15:30:00Z"))).isEqualTo(Texts.utc(Instant.parse("2026-02-19T15:30:00Z")));
        assertThat(Texts.utc(null)).isEmpty();
    }
}
