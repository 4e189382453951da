package dev.feira.pricing;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssortmentTests {

    final Assortment shops = new Assortment("LOJAS", "Lojas", Set.of("Escritório e TI > Papéis"), Set.of("ET-00033"));

    @Test
    void aGroupCoversItselfAndEverythingBelowItButNotASiblingWithTheSamePrefix() {
        assertThat(shops.includes("X", "Escritório e TI > Papéis")).isTrue();
        assertThat(shops.includes("X", "Escritório e TI > Papéis > A4")).isTrue();
        assertThat(shops.includes("X", "Escritório e TI > Papéis Especiais")).isFalse();
        assertThat(shops.includes("X", "Escritório e TI")).isFalse();
    }

    @Test
    void singleSkusAreIncludedWhateverTheirGroup() {
        assertThat(shops.includes("ET-00033", "Escritório e TI > Informática > Periféricos")).isTrue();
        assertThat(shops.includes("ET-00034", "Escritório e TI > Informática > Periféricos")).isFalse();
        assertThat(shops.includes("ET-00034", null)).isFalse();
    }
}
