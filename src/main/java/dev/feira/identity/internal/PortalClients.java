package dev.feira.identity.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

import dev.feira.tenancy.PlatformHosts;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * The authorization server's clients. The portal itself is one confidential client whose redirect
 * URIs are every tenant host plus the platform hosts, derived from the tenant directory on each
 * look-up, so a tenant's new host name can sign in at once without re-registering anything.
 */
class PortalClients implements RegisteredClientRepository {

    static final String PORTAL_CLIENT_ID = "feira-portal";
    static final String REGISTRATION_ID = "feira";

    private final TenantDirectory tenants;
    private final PlatformHosts platform;
    private final PortalUrls urls;
    private final String encodedSecret;
    private final Map<String, RegisteredClient> otherClients = new ConcurrentHashMap<>();

    PortalClients(TenantDirectory tenants, PlatformHosts platform, PortalUrls urls, String encodedSecret) {
        this.tenants = tenants;
        this.platform = platform;
        this.urls = urls;
        this.encodedSecret = encodedSecret;
    }

    @Override
    public void save(RegisteredClient client) {
        if (PORTAL_CLIENT_ID.equals(client.getClientId())) {
            throw new IllegalArgumentException("The portal client is derived from the tenant directory");
        }
        otherClients.put(client.getId(), client);
    }

    @Override
    public RegisteredClient findById(String id) {
        return PORTAL_CLIENT_ID.equals(id) ? portalClient() : otherClients.get(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (PORTAL_CLIENT_ID.equals(clientId)) {
            return portalClient();
        }
        return otherClients.values().stream().filter(c -> c.getClientId().equals(clientId)).findFirst().orElse(null);
    }

    private RegisteredClient portalClient() {
        Set<String> hosts = new TreeSet<>(platform.hosts());
        tenants.all().stream().map(TenantProfile::hosts).forEach(hosts::addAll);
        return RegisteredClient.withId(PORTAL_CLIENT_ID)
                .clientId(PORTAL_CLIENT_ID)
                .clientName("Feira portal")
                .clientSecret(encodedSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> hosts.forEach(h -> uris.add(urls.baseUrl(h) + "/login/oauth2/code/" + REGISTRATION_ID)))
                .postLogoutRedirectUris(uris -> hosts.forEach(h -> uris.add(urls.baseUrl(h) + "/")))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build();
    }
}
