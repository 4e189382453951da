package dev.feira.recovery.internal;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.ordering.CartOffers;
import dev.feira.recovery.RecoveryAlertsRaised;
import dev.feira.recovery.RuleDefinition.Action;

/**
 * A rule's progressive discount: offered on the cart as soon as the rule fires, so the buyer finds
 * it in the cart (the rep may mention it). The offer's terms were fixed on the alert when it fired.
 */
@Component
class DiscountOffers {

    private final AlertStore alerts;
    private final CartOffers offers;
    private final Clock clock;

    DiscountOffers(AlertStore alerts, CartOffers offers, Clock clock) {
        this.alerts = alerts;
        this.offers = offers;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RecoveryAlertsRaised raised) {
        alerts.stillOpen(raised.alerts()).stream().filter(a -> a.actions().contains(Action.PROGRESSIVE_DISCOUNT))
                .forEach(raisedAlert -> alerts.findById(raisedAlert.id()).ifPresent(alert -> alert.offerTerms().ifPresent(terms -> {
                    if (offers.offer(raisedAlert.cart(), terms)) {
                        alert.offerMade(clock.instant()); // written when the listener's transaction commits
                    }
                })));
    }
}
