package dev.feira.identity.internal;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients' secrets are checked without stretching a machine secret at people's-password cost, and no stored secret is
 * ever taken for one to hash again: the authorization server would then try to save the client, which the directory
 * refuses, and the token exchange would fail.
 */
class ClientSecretsTests {

    private final org.springframework.security.crypto.password.PasswordEncoder secrets = SecurityConfiguration.clientSecrets();

    @Test
    void thePortalsSecretIsHashedCheaplyAndNeverAskedToBeHashedAgain() {
        String hash = secrets.encode("a-long-random-portal-secret");

        assertThat(hash).startsWith("{bcrypt}$2a$04$");
        assertThat(secrets.matches("a-long-random-portal-secret", hash)).isTrue();
        assertThat(secrets.matches("a-guess", hash)).isFalse();
        assertThat(secrets.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void anApiClientsSecretHashedAsPeoplesPasswordsAreStillMatchAndStayAsTheyAre() {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("ferragens-erp-secret-123");

        assertThat(secrets.matches("ferragens-erp-secret-123", hash)).isTrue();
        assertThat(secrets.matches("ferragens-erp-secret-124", hash)).isFalse();
        assertThat(secrets.upgradeEncoding(hash)).isFalse();
    }
}
