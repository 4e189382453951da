package dev.feira.identity.internal;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.feira.identity.SignInsFailing;

/**
 * Puts {@link SignInThrottle} in front of the two places a secret is checked: the sign-in form ({@code POST /signin})
 * and the token endpoint's client authentication ({@code POST /oauth2/token}). A locked attempt is refused before its
 * secret is looked at: the form says so on the sign-in page, the token endpoint answers 429 with Retry-After.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    static final String SIGN_IN = "/signin";
    static final String TOKEN = "/oauth2/token";

    private final SignInThrottle throttle;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignInThrottleFilter(SignInThrottle throttle, UserAccounts users, ApplicationEventPublisher events,
                         PlatformTransactionManager transactions, Clock clock) {
        this.throttle = throttle;
        this.users = users;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals(SIGN_IN) || path.equals(TOKEN));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean token = request.getRequestURI().endsWith(TOKEN);
        String name = token ? clientId(request) : request.getParameter("username");
        if (name == null || name.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        String subject = (token ? "client:" : "user:") + name.strip().toLowerCase(Locale.ROOT);
        String address = request.getRemoteAddr();
        var verdict = throttle.before(subject, address);
        if (verdict.lockedUntil().isPresent()) {
            refuse(token, response, verdict.lockedUntil().get());
            return;
        }
        pause(verdict.delay());
        chain.doFilter(request, response);
        if (failed(token, response)) {
            int failures = throttle.failed(subject, address);
            if (!token && failures == SignInThrottle.NOTICE_AT) {
                tell(name.strip(), failures, throttle.windowStart(subject));
            }
        } else if (token ? response.getStatus() == 200 : response.getStatus() == 302) {
            throttle.succeeded(subject, address);
        }
    }

    private static boolean failed(boolean token, HttpServletResponse response) {
        if (token) {
            return response.getStatus() == 401;
        }
        String location = response.getHeader("Location");
        return response.getStatus() == 302 && location != null && location.contains(SIGN_IN + "?error");
    }

    private void refuse(boolean token, HttpServletResponse response, Instant until) throws IOException {
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        if (token) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"invalid_client\",\"error_description\":\"Too many failed attempts: try again in "
                    + seconds + " seconds\"}");
        } else {
            response.sendRedirect(SIGN_IN + "?locked=" + Math.max(1, (seconds + 59) / 60));
        }
    }

    private void tell(String username, int failures, Instant since) {
        users.findByUsernameIgnoreCase(username).ifPresent(user -> transaction.executeWithoutResult(status ->
                events.publishEvent(new SignInsFailing(user.id(), failures, since))));
    }

    /** The client named by HTTP Basic (form-encoded, RFC 6749 §2.3.1) or by the client_id parameter. */
    private static String clientId(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        return request.getParameter("client_id");
    }

    private static void pause(Duration delay) throws IOException {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay); // a virtual thread per request: waiting costs no platform thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
