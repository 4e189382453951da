package dev.feira.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTests {

    @Test
    void formatsReaisForABrazilianReader() {
        assertThat(Money.of("1234.5", "BRL").format(Locale.forLanguageTag("pt-BR"))).isEqualTo("R$\u00a01.234,50");
    }

    @Test
    void formatsReaisForAnEnglishReader() {
        assertThat(Money.of("1234.5", "BRL").format(Locale.ENGLISH)).isEqualTo("R$1,234.50");
    }

    @Test
    void roundsOnceToTheCurrencysMinorUnitHalfEven() {
        assertThat(Money.of("0.125", "BRL").rounded().amount()).isEqualByComparingTo("0.12");
        assertThat(Money.of("0.135", "BRL").rounded().amount()).isEqualByComparingTo("0.14");
    }
    @Test
    void anAmountIsShownBackInAFormWithItsCentsAndNoStoredZerosBeyond() {
        org.assertj.core.api.Assertions.assertThat(Money.forEditing(new java.math.BigDecimal("500.0000"))).hasToString("500.00");
        org.assertj.core.api.Assertions.assertThat(Money.forEditing(new java.math.BigDecimal("12.3450"))).hasToString("12.345");
        org.assertj.core.api.Assertions.assertThat(Money.forEditing(new java.math.BigDecimal("1E+3"))).hasToString("1000.00");
        org.assertj.core.api.Assertions.assertThat(Money.forEditing(null)).isNull();
    }
}
