package dev.feira.ordering.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.ordering.CartOffers;

@Service
@Transactional
class OfferDesk implements CartOffers {

    private final CartStore carts;
    private final CartOfferStore offers;
    private final Clock clock;

    OfferDesk(CartStore carts, CartOfferStore offers, Clock clock) {
        this.carts = carts;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public boolean offer(UUID cart, Terms terms) {
        if (carts.findById(cart).filter(c -> !c.lines().isEmpty()).isEmpty()) {
            return false;
        }
        var offer = offers.findById(cart).orElseGet(() -> new CartOffer(cart));
        offer.offer(terms, clock.instant());
        offers.save(offer);
        return true;
    }
}
