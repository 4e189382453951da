package dev.feira.identity.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerSignedIn;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** A buyer signing in at a supplier's portal is announced for the recovery module; other sign-ins are not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class BuyerSignInIntegrationTests {

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    ApplicationEvents events;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BuyerAccountDirectory accounts;

    private static AuthenticationSuccessEvent signedIn(String username) {
        return new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    @Test
    void aBuyersSignInAtASuppliersPortalIsAnnouncedWithItsAccountThere() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();

        TenantContext.runAs(ferragens, () -> publisher.publishEvent(signedIn("suprimentos@metalurgicavale.com.br")));
        TenantContext.runAs(ferragens, () -> publisher.publishEvent(signedIn("admin@ferragenspaulista.com.br"))); // staff
        publisher.publishEvent(signedIn("compras@construtorahorizonte.com.br")); // the platform's sign-in page

        var vale = TenantContext.callAs(ferragens, () -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        assertThat(events.stream(BuyerSignedIn.class)).singleElement().satisfies(signIn -> {
            assertThat(signIn.tenant()).isEqualTo(ferragens);
            assertThat(signIn.buyerAccount()).isEqualTo(vale.id());
        });
    }
}
