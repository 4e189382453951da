package dev.feira.identity.internal;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

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
    static final String API_SCOPE = "api";

    private final TenantDirectory tenants;
    private final PlatformHosts platform;
    private final PortalUrls urls;
    private final String encodedSecret;
    private final ApiClients apiClients;

    PortalClients(TenantDirectory tenants, PlatformHosts platform, PortalUrls urls, String encodedSecret, ApiClients apiClients) {
        this.tenants = tenants;
        this.apiClients = apiClients;
        this.platform = platform;
        this.urls = urls;
        this.encodedSecret = encodedSecret;
    }

    /** Clients are registered as {@link ApiClient}s of an organisation, never as bare OAuth clients. */
    @Override
    public void save(RegisteredClient client) {
        throw new IllegalArgumentException("Clients are derived from the tenant directory and the organisations' API clients");
    }

    @Override
    public RegisteredClient findById(String id) {
        if (PORTAL_CLIENT_ID.equals(id)) {
            return portalClient();
        }
        try {
            return apiClients.findById(UUID.fromString(id)).map(PortalClients::integrationClient).orElse(null);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (PORTAL_CLIENT_ID.equals(clientId)) {
            return portalClient();
        }
        return apiClients.findByClientId(clientId).map(PortalClients::integrationClient).orElse(null);
    }

    private static RegisteredClient integrationClient(ApiClient client) {
        return RegisteredClient.withId(client.id().toString())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientSecret(client.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(API_SCOPE)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
                .build();
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
