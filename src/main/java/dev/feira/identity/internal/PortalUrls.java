package dev.feira.identity.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import dev.feira.identity.PortalLinks;
import dev.feira.tenancy.PlatformHosts;
import dev.feira.tenancy.TenantProfile;

/**
 * Absolute URLs of the portal hosts as a browser reaches them. Behind a TLS proxy set
 * {@code feira.platform.public-scheme=https} and {@code feira.platform.public-port=443}; locally
 * the server's own (possibly random) port is used.
 */
@Component
class PortalUrls implements ApplicationListener<WebServerInitializedEvent>, PortalLinks {

    private final PlatformHosts platform;
    private final String scheme;
    private final int publicPort;
    private volatile int serverPort;

    PortalUrls(PlatformHosts platform,
               @Value("${feira.platform.public-scheme:http}") String scheme,
               @Value("${feira.platform.public-port:0}") int publicPort) {
        this.platform = platform;
        this.scheme = scheme;
        this.publicPort = publicPort;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            serverPort = event.getWebServer().getPort();
        }
    }

    String baseUrl(String host) {
        int port = publicPort > 0 ? publicPort : serverPort;
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    @Override
    public String to(TenantProfile supplier, String path) {
        return baseUrl(supplier.hosts().getFirst()) + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    @Override
    public String marketplace(String path) {
        return issuer() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The authorization server's issuer: the first platform host. */
    String issuer() {
        return baseUrl(platform.hosts().getFirst());
    }
}
