package dev.feira.identity.internal;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * An ERP calls with the same token for its whole life, and checking its RSA signature (and picking the key) was an
 * eighth of a search request's CPU. A token's signature, issuer and audience never change, so a token once accepted
 * is remembered by its exact text; only its times are checked again on every call. Tokens refused are not remembered.
 */
final class RememberedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 5_000;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> times;
    private final Cache<String, Jwt> accepted;

    RememberedTokens(JwtDecoder decoder, JwtTimestampValidator times, Duration longestLife) {
        this.decoder = decoder;
        this.times = times;
        this.accepted = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(longestLife).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = accepted.getIfPresent(token);
        if (known == null) {
            Jwt decoded = decoder.decode(token);
            accepted.put(token, decoded);
            return decoded;
        }
        var result = times.validate(known);
        if (result.hasErrors()) {
            accepted.invalidate(token);
            throw new BadJwtException(result.getErrors().iterator().next().getDescription());
        }
        return known;
    }
}
