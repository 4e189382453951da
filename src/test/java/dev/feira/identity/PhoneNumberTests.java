package dev.feira.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTests {

    @Test
    void aBrazilianNumberIsReadAsPeopleWriteItAndLinksToWhatsApp() {
        var mobile = PhoneNumber.read("(11) 98765-4321").orElseThrow();

        assertThat(mobile.e164()).isEqualTo("+5511987654321");
        assertThat(mobile.display()).isEqualTo("+55 11 98765-4321");
        assertThat(mobile.whatsApp()).hasToString("https://wa.me/5511987654321");
        assertThat(mobile.dial()).hasToString("tel:+5511987654321");
        assertThat(PhoneNumber.read("+55 11 3456 7890")).map(PhoneNumber::e164).contains("+551134567890");
        assertThat(PhoneNumber.read("+1 650-253-0000")).map(PhoneNumber::e164).contains("+16502530000");
    }

    @Test
    void whatCannotBeDialledIsNoNumber() {
        assertThat(PhoneNumber.read("12")).isEmpty();
        assertThat(PhoneNumber.read("ligar para a Patrícia")).isEmpty();
        assertThat(PhoneNumber.read("(00) 0000-0000")).isEmpty();
        assertThat(PhoneNumber.read(" ")).isEmpty();
        assertThat(PhoneNumber.read(null)).isEmpty();
    }
}
