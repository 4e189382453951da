package dev.feira.identity.internal;

import java.util.Map;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The portal's side of sign-in: every host is an OIDC client of the built-in authorization server.
 * Built on demand because the server's address (its port, locally) is known only once it runs.
 */
class PortalClientRegistrations implements ClientRegistrationRepository {

    private final PortalUrls urls;
    private final String clientSecret;

    PortalClientRegistrations(PortalUrls urls, String clientSecret) {
        this.urls = urls;
        this.clientSecret = clientSecret;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!PortalClients.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        String issuer = urls.issuer();
        return ClientRegistration.withRegistrationId(PortalClients.REGISTRATION_ID)
                .clientName("Feira")
                .clientId(PortalClients.PORTAL_CLIENT_ID)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                // No user info endpoint: the ID token carries the name, e-mail, roles, supplier and buyer company
                // (SignInClaims), and asking for them again cost every sign-in another round trip.
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .build();
    }
}
