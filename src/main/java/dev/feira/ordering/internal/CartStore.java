package dev.feira.ordering.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's carts. */
@Transactional(readOnly = true)
interface CartStore extends Repository<Cart, UUID> {

    @Transactional
    Cart save(Cart cart);

    Optional<Cart> findByBuyerAccountId(UUID buyerAccountId);

    Optional<Cart> findById(UUID id);
}
