package dev.feira.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    @Test
    void aLongUncommonPassphraseIsAcceptedWithoutAnyCompositionRule() {
        assertThat(PasswordPolicy.check("cavalo correto bateria grampo", "compras@construtorahorizonte.com.br")).isEmpty();
        assertThat(PasswordPolicy.check("só letras minúsculas e espaços", "ana@feira.test")).isEmpty();
    }

    @Test
    void shortLongCommonAndPersonalPasswordsAreRefusedSayingWhy() {
        assertThat(PasswordPolicy.check("feira123", "ana@feira.test")).contains(PasswordPolicy.Refusal.TOO_SHORT);
        assertThat(PasswordPolicy.check("x".repeat(129), "ana@feira.test")).contains(PasswordPolicy.Refusal.TOO_LONG);
        assertThat(PasswordPolicy.check("123456789987654321", "ana@feira.test")).contains(PasswordPolicy.Refusal.COMMON);
        assertThat(PasswordPolicy.check("1QAZ2WSX3EDC4RFV", "ana@feira.test")).contains(PasswordPolicy.Refusal.COMMON);
        assertThat(PasswordPolicy.check("Patricia.Mendes-2026", "patricia.mendes2026@horizonte.com.br")).contains(PasswordPolicy.Refusal.PERSONAL);
        assertThat(PasswordPolicy.check("feira feira feira!", "ana@horizonte.com.br")).contains(PasswordPolicy.Refusal.PERSONAL);
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertThat(PasswordPolicy.check("ação coração pão", "ana@feira.test")).isEmpty();
        assertThat(PasswordPolicy.check("çãõéíóúâêôàüñ", "ana@feira.test")).contains(PasswordPolicy.Refusal.TOO_SHORT);
    }
}
