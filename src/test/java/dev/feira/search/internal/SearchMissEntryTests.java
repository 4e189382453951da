package dev.feira.search.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchMissEntryTests {

    static final Instant NOON = Instant.parse("2026-12-05T15:00:00Z");

    @Test
    void aPageAskingForItsCountAndItsRowsIsOneSearch() {
        var miss = new SearchMissEntry("contraporca", "contraporca", NOON);

        miss.searchedAgain("contraporca", NOON.plusMillis(40));
        assertThat(miss.toMiss().searches()).isEqualTo(1);

        miss.searchedAgain("Contraporca", NOON.plus(Duration.ofMinutes(5)));
        assertThat(miss.toMiss().searches()).isEqualTo(2);
        assertThat(miss.toMiss().query()).isEqualTo("Contraporca");
        assertThat(miss.toMiss().lastSearchedAt()).isEqualTo(NOON.plus(Duration.ofMinutes(5)));
    }

    @Test
    void wordsABuyerTypedOnIntoMomentsLaterWereNotTheirWords() {
        var partial = new SearchMissEntry("contrap", "contrap", NOON);

        assertThat(partial.typedOnInto("contraporca", NOON.plusSeconds(2))).isTrue();
        assertThat(partial.typedOnInto("contrap", NOON.plusSeconds(2))).as("the same words").isFalse();
        assertThat(partial.typedOnInto("porca", NOON.plusSeconds(2))).as("other words").isFalse();
        assertThat(partial.typedOnInto("contraporca", NOON.plus(Duration.ofMinutes(2)))).as("long after").isFalse();

        partial.searchedAgain("contrap", NOON.plus(Duration.ofMinutes(1)));
        assertThat(partial.typedOnInto("contraporca", NOON.plus(Duration.ofMinutes(1)).plusSeconds(2)))
                .as("searched more than once: a buyer's words after all").isFalse();
    }
}
