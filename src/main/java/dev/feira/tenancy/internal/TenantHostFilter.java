package dev.feira.tenancy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import dev.feira.shared.TenantContext;
import dev.feira.tenancy.PlatformHosts;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Resolves the tenant from the request's host name, once per request and before security. The bare
 * platform hosts run without a tenant; an unknown host gets a 404 page and never reaches the
 * application, so it cannot see any tenant's data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantHostFilter extends OncePerRequestFilter {

    private final TenantDirectory directory;
    private final PlatformHosts platform;
    private final String unknownHostPage;
    private final String unavailablePage;

    TenantHostFilter(TenantDirectory directory, PlatformHosts platform) throws IOException {
        this.directory = directory;
        this.platform = platform;
        try (InputStream page = getClass().getResourceAsStream("/tenancy/unknown-host.html")) {
            this.unknownHostPage = new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (InputStream page = getClass().getResourceAsStream("/tenancy/unavailable.html")) {
            this.unavailablePage = new String(page.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName();
        if (platform.isPlatformHost(host)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TenantProfile> tenant = directory.byHost(host);
        if (tenant.isEmpty()) {
            rejectUnknownHost(host, request, response);
            return;
        }
        if (!tenant.get().status().serves()) {
            rejectClosedTenant(tenant.get(), request, response);
            return;
        }
        TenantContext.bind(tenant.get().id());
        try {
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    /**
     * A suspended (or cancelled) supplier's host answers nobody — buyers, its staff, its systems — with a page (or a
     * problem) saying so: nothing of it is read, nothing is deleted. Operators work from the platform host.
     */
    private void rejectClosedTenant(TenantProfile tenant, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean suspended = tenant.status() == dev.feira.tenancy.TenantStatus.SUSPENDED;
        int status = suspended ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_GONE;
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}""".formatted(
                    suspended ? "Store unavailable" : "Store closed", status, suspended
                            ? "This store is temporarily unavailable: nothing was read or changed. Try again later."
                            : "This store has left Feira."));
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(unavailablePage.replace("{{name}}", HtmlUtils.htmlEscape(tenant.name()))
                .replace("{{code}}", String.valueOf(status))
                .replace("{{color}}", tenant.primaryColor() == null || !tenant.primaryColor().matches("#[0-9a-fA-F]{3,8}") ? "#64748b"
                        : tenant.primaryColor()));
    }

    private void rejectUnknownHost(String host, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("""
                    {"type":"about:blank","title":"Unknown host","status":404,"detail":"No Feira store answers on this host name."}""");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(unknownHostPage.replace("{{host}}", HtmlUtils.htmlEscape(host)));
    }
}
