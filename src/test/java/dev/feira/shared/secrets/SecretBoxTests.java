package dev.feira.shared.secrets;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTests {

    private final SecretBox box = new SecretBox(Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes()));

    @Test
    void aSealedSecretOpensAgainButIsNotReadableAndNeverSealsTheSameTwice() {
        String sealed = box.seal("sk_test_ferragensOwn123");

        assertThat(box.open(sealed)).isEqualTo("sk_test_ferragensOwn123");
        assertThat(sealed).doesNotContain("ferragens");
        assertThat(box.seal("sk_test_ferragensOwn123")).isNotEqualTo(sealed);
    }

    @Test
    void anAlteredSecretOrAnotherPlatformKeyIsRefused() {
        String sealed = box.seal("whsec_abc12345");
        byte[] bytes = Base64.getDecoder().decode(sealed);
        bytes[bytes.length - 1] ^= 1;
        var otherPlatform = new SecretBox(Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes()));

        assertThatThrownBy(() -> box.open(Base64.getEncoder().encodeToString(bytes))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> otherPlatform.open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString("short".getBytes())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
