package dev.feira.ordering.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's deliveries. */
@Transactional(readOnly = true)
interface DeliveryStore extends Repository<Delivery, UUID> {

    @Transactional
    Delivery save(Delivery delivery);

    Optional<Delivery> findById(UUID id);

    @Query("select distinct d from Delivery d join d.lines l where l.orderId = :order order by d.plannedAt")
    List<Delivery> ofOrder(UUID order);
}
