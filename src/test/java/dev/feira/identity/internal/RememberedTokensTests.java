package dev.feira.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RememberedTokensTests {

    static final Instant ISSUED = Instant.parse("2026-12-05T12:00:00Z");

    final AtomicInteger checks = new AtomicInteger();
    final JwtTimestampValidator times = new JwtTimestampValidator(Duration.ZERO);

    /** Accepts "good" (for 15 minutes from ISSUED), refuses anything else, counting each full check. */
    final JwtDecoder signatureChecker = token -> {
        checks.incrementAndGet();
        if (!token.equals("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("sabor-erp")
                .issuedAt(ISSUED).expiresAt(ISSUED.plus(Duration.ofMinutes(15))).build();
    };

    @Test
    void aTokenOnceAcceptedIsNotCheckedAgainButItsTimeIs() {
        times.setClock(Clock.fixed(ISSUED.plusSeconds(10), ZoneOffset.UTC));
        var tokens = new RememberedTokens(signatureChecker, times, Duration.ofHours(1));

        assertThat(tokens.decode("good").getSubject()).isEqualTo("sabor-erp");
        assertThat(tokens.decode("good").getSubject()).isEqualTo("sabor-erp");
        assertThat(checks).hasValue(1);

        times.setClock(Clock.fixed(ISSUED.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        assertThatThrownBy(() -> tokens.decode("good")).isInstanceOf(BadJwtException.class).hasMessageContaining("expired");
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        var tokens = new RememberedTokens(signatureChecker, times, Duration.ofHours(1));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }
}
