package dev.feira.tenancy.internal;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.tenancy.PlatformHosts;
import dev.feira.tenancy.TenantDirectory;

/**
 * The load balancer's question before it asks ACME for a certificate ("on-demand TLS"): is this host one Feira serves?
 * Only a serving portal's host (its own, or a verified domain) or the platform's gets a yes, so nobody can make the
 * load balancer request certificates for arbitrary names. Answers only what the host filter would serve anyway.
 */
@RestController
class TlsAskEndpoint {

    private final TenantDirectory tenants;
    private final PlatformHosts platform;

    TlsAskEndpoint(TenantDirectory tenants, PlatformHosts platform) {
        this.tenants = tenants;
        this.platform = platform;
    }

    @GetMapping("/tls/allowed")
    ResponseEntity<Void> allowed(@RequestParam(name = "domain", defaultValue = "") String domain) {
        String host = domain.strip().toLowerCase(Locale.ROOT);
        boolean served = !host.isEmpty() && (platform.isPlatformHost(host) || tenants.byHost(host).filter(t -> t.status().serves()).isPresent());
        return served ? ResponseEntity.ok().build() : ResponseEntity.notFound().build();
    }
}
