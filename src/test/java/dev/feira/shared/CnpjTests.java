package dev.feira.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CnpjTests {

    @Test
    void aNumberIsValidOnlyWithItsCheckDigitsNumericOrAlphanumeric() {
        assertThat(Cnpj.valid("11.222.333/0001-81")).contains("11222333000181");
        assertThat(Cnpj.valid("11222333000181")).contains("11222333000181");
        assertThat(Cnpj.valid("11.222.333/0001-82")).as("a wrong check digit").isEmpty();
        assertThat(Cnpj.valid("12.ABC.345/01DE-35")).as("Receita's alphanumeric example").contains("12ABC34501DE35");
        assertThat(Cnpj.valid("12.ABC.345/01DE-36")).isEmpty();
        assertThat(Cnpj.valid("00.000.000/0000-00")).as("all the same").isEmpty();
        assertThat(Cnpj.valid("1122233300018")).as("too short").isEmpty();
        assertThat(Cnpj.valid(null)).isEmpty();
        assertThat(Cnpj.formatted("11222333000181")).isEqualTo("11.222.333/0001-81");
    }
}
