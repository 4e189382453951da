package dev.feira.tenancy.ui;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Push sockets are opened without per-message deflate: its inflater window and buffers held ~50 KB of heap per open tab
 * (and zlib state outside it) for the few small messages the server pushes; the page's own requests travel over HTTP,
 * gzipped (see {@link AppShell} and decision 014). Tomcat 11 offers deflate to every socket and has no switch for it, so
 * the browser's offer is taken out of the handshake before Tomcat's websocket filter reads it.
 */
@Configuration(proxyBeanMethods = false)
class PushSockets {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pushSocketsWithoutDeflate() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"websocket".equalsIgnoreCase(request.getHeader("Upgrade")) || request.getHeader(EXTENSIONS) == null;
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(new WithoutExtensions(request), response);
            }
        });
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The handshake as if the browser had offered no extension. */
    private static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS.equalsIgnoreCase(name)).toList());
        }
    }
}
