package dev.feira.billing.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current supplier's Stripe account. */
@Transactional(readOnly = true)
interface PaymentAccountStore extends Repository<SupplierPaymentAccount, UUID> {

    @Transactional
    SupplierPaymentAccount save(SupplierPaymentAccount account);

    /** The supplier's only row (row-level security shows no other supplier's). */
    Optional<SupplierPaymentAccount> findFirstBy();

    @Transactional
    void delete(SupplierPaymentAccount account);
}
