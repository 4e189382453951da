package dev.feira.ordering.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's offers on carts. */
@Transactional(readOnly = true)
interface CartOfferStore extends Repository<CartOffer, UUID> {

    @Transactional
    CartOffer save(CartOffer offer);

    Optional<CartOffer> findById(UUID cart);

    /** The cart was ordered or emptied: its offer ends with that round of shopping. */
    @Transactional
    @Modifying
    @Query("delete from CartOffer o where o.cartId = :cart")
    void withdraw(UUID cart);
}
