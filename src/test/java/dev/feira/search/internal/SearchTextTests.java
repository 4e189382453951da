package dev.feira.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void pluralsAccentsAndCaseMeetInOneWord() {
        assertThat(SearchText.of("Parafusos Sextavados").text()).isEqualTo(SearchText.of("parafuso sextavado").text());
        assertThat(SearchText.of("Açúcar Cristal").text()).isEqualTo(SearchText.of("acucar cristal").text());
        assertThat(SearchText.of("Ethernet Cables").text()).isEqualTo(SearchText.of("ethernet cable").text());
        assertThat(SearchText.of("impressoras").text()).isEqualTo(SearchText.of("Impressora").text());
    }

    @Test
    void quantitiesAreWordsApartFromTheirUnits() {
        assertThat(SearchText.of("SSD 512GB").words()).containsExactly("ssd", "512", "gb");
        assertThat(SearchText.of("ssd 512 gb").words()).containsExactly("ssd", "512", "gb");
        assertThat(SearchText.of("Bloco 76x76").words()).containsExactly(SearchText.stem("bloco"), "76", "x", "76");
    }

    @Test
    void modelNumbersAndShortWordsStayAsWritten() {
        assertThat(SearchText.of("Logitech K120 USB").words()).containsExactly("logitech", "k120", "usb");
        assertThat(SearchText.of("M8").words()).containsExactly("m8");
    }

    @Test
    void neighboursJoinedFindCompoundsBothWays() {
        assertThat(SearchText.of("Pen Drive Kingston").withPairsJoined().split(" "))
                .contains(SearchText.of("pen drive").text().split(" ")).contains(SearchText.of("pendrive").text());
        assertThat(SearchText.of("Marca-Texto").withPairsJoined()).contains(SearchText.of("marcatexto").text());
        assertThat(SearchText.of("tesoura multi uso").pairJoinedVariants())
                .contains(SearchText.of("tesoura multiuso").text());
        // Sizes are not halves of a compound.
        assertThat(SearchText.of("papel a4").withPairsJoined()).isEqualTo("papel a4");
    }

    @Test
    void partNumbersAreComparedWithoutSeparators() {
        assertThat(SearchText.code("CF-258A")).isEqualTo("cf258a");
        assertThat(SearchText.codes("Brother TN-760 High Yield Toner", "NX-00001", "7890004000013", "TN760"))
                .containsExactly("nx00001", "7890004000013", "tn760");
        assertThat(SearchText.looksLikeCode("tn760")).isTrue();
        assertThat(SearchText.looksLikeCode("789000")).isTrue();
        assertThat(SearchText.looksLikeCode("desk")).isFalse();
        assertThat(SearchText.looksLikeCode("m8")).isFalse();
    }

    @Test
    void aSharedLabelHasTheWordsOfItsText() {
        for (String label : java.util.List.of("Aço Inox A2", "Fixadores > Carga", "16GB", "Cartuchos de Tinta", "Mão-de-obra")) {
            assertThat(SearchText.labelWords(label)).isEqualTo(SearchText.of(label).text());
            assertThat(SearchText.labelWords(label)).isEqualTo(SearchText.of(label).text()); // and again, as remembered
        }
        assertThat(SearchText.labelWords(null)).isEmpty();
    }

    @Test
    void aProductsAttributeWordsAreThoseOfItsValuesTogether() {
        var product = new dev.feira.catalog.ProductSnapshot("SKU-1", null, null, "Pen Drive", null, "Kingston", "Informática",
                "UN", 1, 1, 1, java.math.BigDecimal.TEN, 3, java.util.Map.of("Capacidade", "16GB", "Cor", "Azul Escuro",
                "Dimensões", "10x20 cm"), java.util.Map.of());
        assertThat(ProductDocument.of("t", product, 1).attributeWords())
                .isEqualTo(SearchText.of(String.join(" ", product.attributes().values())).text());
    }
}
