package dev.feira.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Sign in" from a portal page brings the visitor back to that page: the link carries the page ({@code ?from=/catalog/…})
 * and it is kept as the request to return to, which the sign-in's success handler follows. Only a path on the same host is
 * kept — never another site, a protocol-relative address or the sign-in's own endpoints — so the link cannot be made to
 * send a buyer elsewhere.
 */
final class ReturnAfterSignIn extends OncePerRequestFilter {

    static final String PARAMETER = "from";

    private final String signInPath;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    ReturnAfterSignIn(String signInPath) {
        this.signInPath = signInPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !signInPath.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        safePath(request.getParameter(PARAMETER)).ifPresent(page -> requests.saveRequest(new PageRequest(request, page), response));
        chain.doFilter(request, response);
    }

    /** The path and query to return to, if it is one on this host that is worth returning to. */
    static Optional<URI> safePath(String from) {
        if (from == null || from.length() > 2_000 || !from.startsWith("/") || from.startsWith("//") || from.contains("\\")) {
            return Optional.empty();
        }
        try {
            URI page = new URI(from);
            boolean own = page.getScheme() == null && page.getRawAuthority() == null && page.getRawPath() != null;
            boolean signInItself = page.getRawPath().startsWith("/oauth2/") || page.getRawPath().startsWith("/login")
                    || page.getRawPath().startsWith("/signin") || page.getRawPath().startsWith("/logout");
            return own && !signInItself ? Optional.of(page) : Optional.empty();
        } catch (java.net.URISyntaxException notAPath) {
            return Optional.empty();
        }
    }

    /** The sign-in request as if it had asked for the page to return to. */
    private static final class PageRequest extends HttpServletRequestWrapper {

        private final URI page;

        PageRequest(HttpServletRequest request, URI page) {
            super(request);
            this.page = page;
        }

        @Override
        public String getRequestURI() {
            return page.getRawPath();
        }

        @Override
        public String getServletPath() {
            return page.getPath();
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return page.getRawQuery();
        }

        @Override
        public StringBuffer getRequestURL() {
            var url = new StringBuffer(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (!(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(page.getRawPath());
        }
    }
}
