package dev.feira.identity.internal;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.feira.shared.secrets.SecretBox;

/**
 * The key the authorization server signs tokens with, one for every instance: kept in the
 * database (the private half sealed with the platform's secrets key), made by whichever instance
 * starts first. A key made per instance would have each refuse the others' tokens.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeys {

    /** One key for now; rotating would add one and sign with the newest while the older still verify. */
    static final String KEY_ID = "feira-1";

    @Bean
    JWKSource<SecurityContext> jwkSource(JdbcClient sql, SecretBox secrets, Clock clock) {
        var stored = sql.sql("select public_key, private_key from signing_key where id = :id").param("id", KEY_ID)
                .query((rs, n) -> new String[] {rs.getString("public_key"), rs.getString("private_key")}).optional();
        if (stored.isEmpty()) {
            KeyPair made = newKeyPair();
            // Two instances starting at once: one key is written, both read that one.
            sql.sql("""
                            insert into signing_key (id, public_key, private_key, created_at) values (:id, :public, :private, :at)
                            on conflict (id) do nothing""")
                    .param("id", KEY_ID).param("public", base64(made.getPublic().getEncoded()))
                    .param("private", secrets.seal(base64(made.getPrivate().getEncoded())))
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
            return jwkSource(sql, secrets, clock);
        }
        try {
            var rsa = KeyFactory.getInstance("RSA");
            var publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(stored.get()[0])));
            var privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(secrets.open(stored.get()[1]))));
            return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(KEY_ID).build()));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("The stored signing key " + KEY_ID + " cannot be read", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
