package dev.feira.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's buyer accounts (the tenant discriminator and row-level security both apply). */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface BuyerAccounts extends Repository<BuyerAccount, UUID> {

    @Transactional
    BuyerAccount save(BuyerAccount account);

    Optional<BuyerAccount> findByBuyerCompanyId(UUID buyerCompanyId);

    Optional<BuyerAccount> findById(UUID id);

    Optional<BuyerAccount> findByAccountNumber(String accountNumber);

    boolean existsByBuyerCompanyId(UUID buyerCompanyId);

    List<BuyerAccount> findAll();
}
