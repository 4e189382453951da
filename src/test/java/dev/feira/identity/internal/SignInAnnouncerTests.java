package dev.feira.identity.internal;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** An integration client is authenticated with every request: no sign-in to announce, and nothing to read for it. */
class SignInAnnouncerTests {

    final UserAccounts users = mock(UserAccounts.class);
    final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    final SignInAnnouncer announcer = new SignInAnnouncer(users, mock(BuyerAccounts.class), mock(ApplicationEventPublisher.class), transactions);

    @Test
    void anApiCallReadsNothing() {
        var jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("ferragens-erp").issuedAt(Instant.now()).build();

        TenantContext.runAs(TenantId.random(), () -> announcer.on(new AuthenticationSuccessEvent(new JwtAuthenticationToken(jwt))));

        verify(transactions, never()).getTransaction(any());
        verify(users, never()).findByUsernameIgnoreCase(any());
    }

    @Test
    void aPersonSigningInAtAPortalIsLookedUp() {
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        when(users.findByUsernameIgnoreCase("compras@construtorahorizonte.com.br")).thenReturn(Optional.empty());

        TenantContext.runAs(TenantId.random(), () -> announcer.on(new AuthenticationSuccessEvent(
                new TestingAuthenticationToken("compras@construtorahorizonte.com.br", null, "ROLE_BUYER"))));

        verify(users).findByUsernameIgnoreCase("compras@construtorahorizonte.com.br");
    }
}
