package dev.feira.identity.internal;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.feira.shared.TenantContext;
import dev.feira.shared.i18n.Translations;

/**
 * The authorization server's sign-in page, on the bare host: plain HTML written here, posting to the authorization
 * server's chain. It was a Vaadin view; loading Vaadin's client for one form took 1.3–1.5 s of every sign-in on this
 * machine, and the page needs none of it (a form, a link, an error). Every portal host sends its visitors here through
 * the OIDC redirect; after the form they return to the host they came from.
 */
@Controller
class SignInPage {

    /** A supplier's host has no form of its own: signing in there is the OIDC redirect to the platform's. */
    private static final String PORTAL_SIGN_IN = "/oauth2/authorization/" + PortalClients.REGISTRATION_ID;

    /** Lumo's look (its font stack, sizes and the platform's green) without loading Lumo. */
    private static final String STYLE = """
            :root { --brand: #1f6f5c; --text: hsla(214, 40%, 16%, 0.94); --secondary: hsla(214, 42%, 18%, 0.69);
              --error: hsl(3, 85%, 48%); --field: hsla(214, 57%, 24%, 0.1); font-size: 16px; }
            * { box-sizing: border-box; }
            body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
              background: hsla(214, 61%, 25%, 0.05); color: var(--text);
              font-family: -apple-system, BlinkMacSystemFont, "Roboto", "Segoe UI", Helvetica, Arial, sans-serif; }
            main { width: 100%; max-width: 22.5rem; padding: 1rem; }
            header { text-align: center; }
            h1 { color: var(--brand); font-size: 2.5rem; margin: 0; }
            header p { color: var(--secondary); margin: .5rem 0 1.5rem; }
            form { display: flex; flex-direction: column; background: #fff; padding: 1.5rem; border-radius: .75rem;
              box-shadow: 0 2px 6px hsla(214, 53%, 23%, 0.16); }
            h2 { font-size: 1.375rem; margin: 0 0 1rem; }
            label { font-size: .875rem; font-weight: 500; color: var(--secondary); margin: .75rem 0 .25rem; }
            input { font: inherit; padding: .5rem .75rem; border: 0; border-radius: .25rem; background: var(--field); min-height: 2.25rem; }
            input:focus { outline: 2px solid var(--brand); outline-offset: 1px; }
            button { font: inherit; font-weight: 600; margin-top: 1.5rem; min-height: 2.75rem; border: 0; border-radius: .25rem;
              background: var(--brand); color: #fff; cursor: pointer; }
            button:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
            a { color: var(--brand); text-align: center; margin-top: 1rem; font-size: .875rem; }
            .problem { background: hsla(3, 85%, 48%, 0.1); color: var(--error); border-radius: .25rem; padding: .75rem; }
            .problem p { margin: .25rem 0 0; }
            """;

    @GetMapping(SecurityConfiguration.SIGN_IN_PATH)
    ResponseEntity<String> signIn(HttpServletRequest request, @RequestParam(required = false) String error,
                                  @RequestParam(required = false) String locked) {
        if (TenantContext.current().isPresent()) {
            return ResponseEntity.status(302).location(java.net.URI.create(PORTAL_SIGN_IN)).build();
        }
        Locale language = language(request);
        String problem = "";
        if (locked != null) {
            problem = problem(Translations.text(language, "signin.locked.title"),
                    Translations.text(language, "signin.locked.message", minutes(locked)));
        } else if (error != null) {
            problem = problem(Translations.text(language, "signin.error.title"), Translations.text(language, "signin.error.message"));
        }
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                // The form carries this session's CSRF token: never from a cache.
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .body(page(language, problem, csrf));
    }

    /**
     * The language the visitor chose on this host's pages, else the first of the browser's that Feira speaks, else
     * the marketplace's (Portuguese): as on every portal page.
     */
    static Locale language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(Translations.CHOSEN_LANGUAGE) instanceof Locale chosen) {
            return Translations.closest(chosen);
        }
        List<Locale> wanted = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? List.of() : Collections.list(request.getLocales());
        return wanted.stream()
                .flatMap(locale -> Translations.LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())))
                .findFirst().orElse(Translations.LANGUAGES.getFirst());
    }

    /** Markup characters escaped; letters such as "ê" written as they are (the page is UTF-8). */
    private static String htmlEscape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static int minutes(String text) {
        try {
            return Math.clamp(Integer.parseInt(text), 1, 60);
        } catch (NumberFormatException e) {
            return 15;
        }
    }

    private static String problem(String title, String message) {
        return """
                <div class="problem" role="alert"><strong>%s</strong><p>%s</p></div>""".formatted(htmlEscape(title), htmlEscape(message));
    }

    private static String page(Locale language, String problem, CsrfToken csrf) {
        String hidden = csrf == null ? ""
                : "<input type=\"hidden\" name=\"%s\" value=\"%s\">".formatted(htmlEscape(csrf.getParameterName()), htmlEscape(csrf.getToken()));
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="icon" href="/icons/feira.svg" type="image/svg+xml">
                <style>%s</style>
                </head>
                <body>
                <main>
                <header><h1>Feira</h1><p>%s</p></header>
                <form method="post" action="%s" id="sign-in-form">
                <h2>%s</h2>
                %s
                <label for="username">%s</label>
                <input id="username" name="username" type="email" autocomplete="username" required autofocus spellcheck="false">
                <label for="password">%s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                %s
                <button type="submit">%s</button>
                <a href="%s/forgot" id="forgot-password">%s</a>
                </form>
                </main>
                </body>
                </html>
                """.formatted(language.toLanguageTag(),
                htmlEscape(Translations.text(language, "signin.title")), STYLE,
                htmlEscape(Translations.text(language, "signin.intro")),
                SecurityConfiguration.SIGN_IN_PATH,
                htmlEscape(Translations.text(language, "signin.title")),
                problem,
                htmlEscape(Translations.text(language, "signin.username")),
                htmlEscape(Translations.text(language, "signin.password")),
                hidden,
                htmlEscape(Translations.text(language, "action.sign-in")),
                SecurityConfiguration.SIGN_IN_PATH,
                htmlEscape(Translations.text(language, "password-reset.forgot")));
    }
}
