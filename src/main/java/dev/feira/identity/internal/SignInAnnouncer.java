package dev.feira.identity.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerSignedIn;
import dev.feira.shared.TenantContext;

/**
 * Announces a buyer's sign-in at a supplier's portal (the portal host's OIDC login completing) as
 * {@link BuyerSignedIn}, through the publication registry. Sign-ins on the platform's own sign-in
 * page, of supplier staff or of integration clients are not a buyer coming back, and are not announced.
 */
@Component
class SignInAnnouncer {

    private final UserAccounts users;
    private final BuyerAccounts buyerAccounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;

    SignInAnnouncer(UserAccounts users, BuyerAccounts buyerAccounts, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.users = users;
        this.buyerAccounts = buyerAccounts;
        this.events = events;
        this.inTransaction = new TransactionTemplate(transactions);
    }

    @EventListener
    void on(AuthenticationSuccessEvent success) {
        if (success.getAuthentication() instanceof JwtAuthenticationToken) {
            return; // an integration client's call, authenticated anew with every request: no person signing in
        }
        var tenant = TenantContext.current();
        if (tenant.isEmpty()) {
            return; // the platform's sign-in page: the portal host's login follows, and is the one announced
        }
        inTransaction.executeWithoutResult(status -> users.findByUsernameIgnoreCase(success.getAuthentication().getName())
                .filter(UserAccount::enabled)
                .ifPresent(person -> person.buyerCompanyId().flatMap(buyerAccounts::findByBuyerCompanyId).ifPresent(account ->
                        events.publishEvent(new BuyerSignedIn(tenant.get(), account.id(), person.id(), Instant.now())))));
    }
}
