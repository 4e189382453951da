package dev.feira.shared.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals secrets that must be stored (a supplier's own Stripe keys) with AES-256-GCM under the
 * platform's key ({@code FEIRA_SECRETS_KEY}, 32 bytes in Base64), so a database dump alone does not
 * reveal them. Locally a fixed development key is used, and said so.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    /** For local runs and tests only; production sets its own (FEIRA_SECRETS_KEY). */
    static final String DEVELOPMENT_KEY = "ZmVpcmEtZGV2ZWxvcG1lbnQta2V5LW5vdC1wcm9kISE=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(@Value("${feira.secrets.key:}") String key) {
        String chosen = key.isBlank() ? DEVELOPMENT_KEY : key;
        if (key.isBlank()) {
            log.warn("No feira.secrets.key (FEIRA_SECRETS_KEY) set: suppliers' stored secrets are sealed with the development key");
        }
        byte[] bytes = Base64.getDecoder().decode(chosen);
        if (bytes.length != 32) {
            throw new IllegalArgumentException("feira.secrets.key must be 32 bytes in Base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    /** @throws IllegalStateException when it was sealed under another key or altered */
    public String open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be opened with this platform key", e);
        }
    }
}
