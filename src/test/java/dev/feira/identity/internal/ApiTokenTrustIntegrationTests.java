package dev.feira.identity.internal;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.testing.IntegrationApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token counts only when this platform's sign-in service issued it, at its own fixed address, for this API; and
 * only its own client may introspect it. Forged tokens are signed with the platform's real key, so only the claims
 * make them wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiTokenTrustIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JWKSource<SecurityContext> keys;
    @Autowired
    dev.feira.tenancy.TenantDirectory tenants;

    @Test
    void tokensAreIssuedOnlyAtTheSignInServicesOwnHost() {
        var api = new IntegrationApiClient(port);
        for (String host : List.of("ferragens.localhost", "127.0.0.1")) {
            var response = api.call("POST", host, "/oauth2/token", null, "application/x-www-form-urlencoded",
                    "grant_type=client_credentials&scope=api".getBytes(StandardCharsets.UTF_8), "Authorization", basic("ferragens-erp", "ferragens-erp-secret-123"));
            assertThat(response.statusCode()).as(host).isEqualTo(404);
        }
        assertThat(api.tokenResponse("ferragens-erp", "ferragens-erp-secret-123").statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenOfAnotherIssuerOrForAnotherAudienceIsRefused() {
        var api = new IntegrationApiClient(port);
        String supplier = tenants.bySlug("ferragens").orElseThrow().id().value().toString();
        String issuer = "http://localhost:" + port;

        assertThat(api.get("ferragens.localhost", "/api/v1/webhooks", forged(issuer, "feira-api", supplier)).statusCode()).isEqualTo(200);
        assertThat(api.get("ferragens.localhost", "/api/v1/webhooks", forged("http://ferragens.localhost:" + port, "feira-api", supplier)).statusCode())
                .isEqualTo(401);
        assertThat(api.get("ferragens.localhost", "/api/v1/webhooks", forged(issuer, "feira", supplier)).statusCode()).isEqualTo(401);
        String issued = api.token("ferragens-erp", "ferragens-erp-secret-123");
        assertThat(api.get("ferragens.localhost", "/api/v1/webhooks", issued).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyItsOwnClientLearnsWhetherATokenIsActive() {
        var api = new IntegrationApiClient(port);
        String horizontes = api.token("horizonte-compras", "horizonte-compras-secret-123");

        assertThat(introspect(api, "ferragens-erp", "ferragens-erp-secret-123", horizontes).body()).contains("\"active\":false");
        assertThat(introspect(api, "horizonte-compras", "horizonte-compras-secret-123", horizontes).body()).contains("\"active\":true");
    }

    private HttpResponse<String> introspect(IntegrationApiClient api, String client, String secret, String token) {
        return api.call("POST", "localhost", "/oauth2/introspect", null, "application/x-www-form-urlencoded",
                ("token=" + token).getBytes(StandardCharsets.UTF_8), "Authorization", basic(client, secret));
    }

    private String forged(String issuer, String audience, String supplier) {
        var claims = JwtClaimsSet.builder().issuer(issuer).subject("ferragens-erp").audience(List.of(audience))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .claim("scope", List.of("api")).claim(SignInClaims.SUPPLIER, supplier).build();
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
