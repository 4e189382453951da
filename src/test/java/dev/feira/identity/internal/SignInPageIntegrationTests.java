package dev.feira.identity.internal;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in form is a plain page (no Vaadin client to load): it speaks the visitor's language, says why the last
 * attempt failed, carries the session's CSRF token to the authorization server's chain, and on a supplier's host sends
 * the visitor to the platform's sign-in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInPageIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theFormSpeaksTheBrowsersLanguageAndPortugueseWhenItSaysNone() throws Exception {
        var english = get("localhost", "/signin", "en-US,en;q=0.9");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(english.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(english.body()).contains("<html lang=\"en\">", "Sign in to Feira", "name=\"username\"",
                "autocomplete=\"current-password\"", "href=\"/signin/forgot\"", "action=\"/signin\"");

        var portuguese = get("localhost", "/signin", null);
        assertThat(portuguese.body()).contains("<html lang=\"pt-BR\">", "Entrar na Feira", "Esqueceu a senha?")
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void aRefusedAttemptAndALockOutAreSaidOnTheForm() throws Exception {
        assertThat(get("localhost", "/signin?error", "pt-BR").body()).contains("role=\"alert\"", "E-mail ou senha incorretos");
        assertThat(get("localhost", "/signin?locked=3", "en").body()).contains("Too many wrong attempts", "blocked for 3 minutes");
        // Whatever the address bar holds is not written into the page.
        assertThat(get("localhost", "/signin?locked=%3Cscript%3E", "en").body())
                .contains("blocked for 15 minutes").doesNotContain("<script>");
    }

    @Test
    void theFormsTokenLetsAPasswordThroughAndAPostWithoutItIsRefused() throws Exception {
        var form = get("localhost", "/signin", "en");
        var token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the form carries the CSRF token").isTrue();

        var wrong = post("username=ninguem%40exemplo.com.br&password=errada&_csrf=" + encode(token.group(1)));
        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/signin?error");

        var right = post("username=" + encode("compras@construtorahorizonte.com.br") + "&password=feira123&_csrf="
                + encode(token.group(1)));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location").orElseThrow()).doesNotContain("/signin");

        var forged = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(
                formPost("username=" + encode("compras@construtorahorizonte.com.br") + "&password=feira123"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("no token, no sign-in").isEqualTo(403);
    }

    @Test
    void onASuppliersHostSigningInIsTheRedirectToThePlatformsForm() throws Exception {
        var response = get("ferragens.localhost", "/signin", "pt-BR");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/feira");
    }

    private HttpResponse<String> get(String host, String path, String languages) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Host", host + ":" + port);
        if (languages != null) {
            request.header("Accept-Language", languages);
        }
        return browser.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form) throws Exception {
        return browser.send(formPost(form), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest formPost(String form) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin")).header("Host", "localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
