package dev.feira.recovery.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.PortalUser;
import dev.feira.rfq.QuoteDecided;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.QuoteSubmitted;

/**
 * A quote the supplier submitted and the buyer leaves undecided is followed up like an abandoned cart: the rfq
 * module's events keep a watch on it (submitted: watched from that revision; decided: no longer), the sweep fires the
 * rules on undecided quotes, and the award counts as recovered with its order — a quote lost to another supplier as
 * lost.
 */
@Component
class QuoteFollowUp {

    private final CartWatches watches;
    private final AlertStore alerts;
    private final BuyerAccountDirectory accounts;

    QuoteFollowUp(CartWatches watches, AlertStore alerts, BuyerAccountDirectory accounts) {
        this.watches = watches;
        this.alerts = alerts;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(QuoteSubmitted submitted) {
        // A buyer without an account here has no rep to follow it up (and no account to order on before it gets one).
        submitted.buyerAccount().flatMap(accounts::byId).ifPresent(account -> watches.quoteSubmitted(submitted.invitation().value(),
                new CartEpisodes.Account(account.accountNumber(), account.buyerCompanyName(), account.customerCategory(),
                        accounts.salesRepOf(account.id()).map(PortalUser::id).orElse(null)),
                account.id(), submitted.rfqNumber(), submitted.revision(), submitted.at(), submitted.value(),
                submitted.currency().getCurrencyCode(), submitted.lines()));
    }

    @ApplicationModuleListener
    void on(QuoteDecided decided) {
        var invitation = decided.invitation().value();
        watches.quoteDecided(invitation, decided.at());
        if (decided.won()) {
            for (var alert : alerts.recoverableOfCart(invitation)) {
                alert.recoveredBy(decided.order().orElse(null), decided.orderNumber().orElse(null),
                        decided.awardedValue().orElse(java.math.BigDecimal.ZERO), decided.at());
            }
        } else {
            // Awarded to another supplier is a sale lost; a quote withdrawn or a request called off is merely over.
            boolean lost = decided.outcome() == QuoteStatus.NOT_AWARDED;
            alerts.openOfCart(invitation).forEach(alert -> alert.quoteDecidedElsewhere(lost, decided.at()));
        }
    }
}
