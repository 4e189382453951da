package dev.feira.identity.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenIntrospection;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenIntrospectionAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.http.converter.OAuth2TokenIntrospectionHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.feira.tenancy.PlatformHosts;

/**
 * What makes an integration API token one: issued by this platform's sign-in service at its fixed address (the
 * first platform host — never whatever host a request named), for this API ({@value #AUDIENCE} in {@code aud}),
 * and introspected only by the client it was issued to.
 */
final class ApiTokens {

    static final String AUDIENCE = "feira-api";

    private ApiTokens() {
    }

    /** Checks signature, time, issuer and audience: a token of another issuer or for another audience is 401. */
    static JwtDecoder decoder(JWKSource<SecurityContext> keys, PortalUrls urls) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        OAuth2TokenValidator<Jwt> issuer = jwt -> jwt.getIssuer() != null && jwt.getIssuer().toString().equals(urls.issuer())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token was not issued by " + urls.issuer(), null));
        OAuth2TokenValidator<Jwt> audience = jwt -> jwt.getAudience() != null && jwt.getAudience().contains(AUDIENCE)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token is not for this API", null));
        var timestamps = new JwtTimestampValidator();
        return new RememberedTokens(checked(decoder, List.of(timestamps, issuer, audience)), timestamps, java.time.Duration.ofHours(1));
    }

    private static NimbusJwtDecoder checked(NimbusJwtDecoder decoder, List<OAuth2TokenValidator<Jwt>> validators) {
        decoder.setJwtValidator(jwt -> {
            for (OAuth2TokenValidator<Jwt> validator : validators) {
                var result = validator.validate(jwt);
                if (result.hasErrors()) {
                    return result;
                }
            }
            return OAuth2TokenValidatorResult.success();
        });
        return decoder;
    }

    /** The sign-in service answers on its own host only, so the issuer it writes into tokens is always that one. */
    static OncePerRequestFilter onIssuerHostOnly(PlatformHosts platform) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!request.getServerName().toLowerCase(Locale.ROOT).equals(platform.hosts().getFirst())) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * Introspection answers "active" only to the client the token was issued to: one integration client must not
     * learn about another's tokens.
     */
    static AuthenticationSuccessHandler ownTokensOnly() {
        var converter = new OAuth2TokenIntrospectionHttpMessageConverter();
        return (request, response, authentication) -> {
            var introspection = (OAuth2TokenIntrospectionAuthenticationToken) authentication;
            Object tokenClient = introspection.getTokenClaims().getClaims().get(OAuth2TokenIntrospectionClaimNames.CLIENT_ID);
            String caller = introspection.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                    && client.getRegisteredClient() != null ? client.getRegisteredClient().getClientId() : null;
            boolean own = tokenClient == null || tokenClient.equals(caller);
            converter.write(own ? introspection.getTokenClaims() : OAuth2TokenIntrospection.builder().build(), null,
                    new ServletServerHttpResponse(response));
        };
    }
}
