package dev.feira.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The portal signs people in from the ID token alone: asking the user info endpoint too cost each sign-in a round trip. */
class PortalClientRegistrationsTests {

    @Test
    void signingInAsksNoUserInfo() {
        var urls = mock(PortalUrls.class);
        when(urls.issuer()).thenReturn("http://localhost:8080");

        var portal = new PortalClientRegistrations(urls, "secret").findByRegistrationId(PortalClients.REGISTRATION_ID);

        assertThat(portal.getProviderDetails().getTokenUri()).isEqualTo("http://localhost:8080/oauth2/token");
        assertThat(portal.getProviderDetails().getUserInfoEndpoint().getUri()).isNull();
        assertThat(portal.getScopes()).contains("openid", "profile", "email");
    }
}
