package dev.feira.identity.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The response headers every answer carries: no framing by other sites, no referrer beyond the origin, no
 * powerful browser features, and — where configured (the prod profile) — a content security policy and HSTS.
 * HSTS is sent on every answer, not only on HTTPS ones, because TLS ends at the proxy in front of the app.
 */
@Component
class SecurityHeaders {

    private final String contentSecurityPolicy;
    private final boolean strictTransportSecurity;

    SecurityHeaders(@Value("${feira.security.content-security-policy:}") String contentSecurityPolicy,
                    @Value("${feira.security.strict-transport-security:false}") boolean strictTransportSecurity) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.strictTransportSecurity = strictTransportSecurity;
    }

    Customizer<HeadersConfigurer<HttpSecurity>> headers() {
        return headers -> {
            // Written before the request goes on: Vaadin's pages are answered in a way that never lets the
            // filter's write-on-commit see them, so they went out with none of these headers.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            // Caching stays Vaadin's and the resource handlers' to say (versioned bundles are cached for long).
            headers.cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                    .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), usb=(), payment=(self \"https://js.stripe.com\")"));
            if (!contentSecurityPolicy.isBlank()) {
                headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy));
            }
            if (strictTransportSecurity) {
                headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true));
            } else {
                headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            }
        };
    }
}
