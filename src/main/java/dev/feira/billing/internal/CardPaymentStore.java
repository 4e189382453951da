package dev.feira.billing.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current supplier's card payments. */
@Transactional(readOnly = true)
interface CardPaymentStore extends Repository<CardPayment, UUID> {

    @Transactional
    CardPayment save(CardPayment payment);

    Optional<CardPayment> findByOrderId(UUID orderId);
}
