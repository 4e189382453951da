package dev.feira.production;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

import dev.feira.notification.internal.DevMailbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile as deployed behind a TLS-terminating proxy: every header and cookie flag, the secrets it
 * requires, no dev mailbox, and X-Forwarded-* believed only from the configured proxies — here none on loopback,
 * so this test's own forged headers must be ignored. (Vaadin stays in development mode: the test classpath has no
 * production bundle; {@code infra/production-smoke} checks that one.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "feira.secrets.key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "feira.identity.portal-client-secret=prod-profile-test-secret",
        "feira.demo-data.enabled=true",
        "feira.demo-data.weak-passwords-allowed=true",
        "feira.embedded.data-directory=",
        "vaadin.productionMode=false",
        "server.tomcat.remoteip.internal-proxies=10\\.9\\.9\\.9"})
@ActiveProfiles("prod")
class ProductionProfileIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext web;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndASecureSessionCookie() throws Exception {
        var response = get("ferragens.localhost", "/catalog");

        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "https://js.stripe.com");
        assertThat(headers.firstValue("Strict-Transport-Security").orElseThrow()).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
        assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        String session = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void theApiAnswersCarryThemToo() throws Exception {
        var response = get("ferragens.localhost", "/api/v1/orders");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.body()).doesNotContain("Exception", "at dev.feira");
    }

    @Test
    void forwardedHeadersFromAnAddressThatIsNoConfiguredProxyAreIgnored() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/catalog"))
                .header("Host", "nowhere.localhost:" + port)
                .header("X-Forwarded-Host", "ferragens.localhost:" + port)
                .header("X-Forwarded-Proto", "https")
                .GET().build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Ferragens Paulista");
    }

    @Test
    void theDevMailboxIsNeverServed() {
        var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()));

        assertThat(web.getBeanProvider(DevMailbox.class).getIfAvailable()).isNull();
        assertThat(routes.getNavigationTarget("dev/mailbox")).isEmpty();
        assertThat(routes.getNavigationTarget("catalog")).isPresent();
    }

    private HttpResponse<String> get(String host, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
