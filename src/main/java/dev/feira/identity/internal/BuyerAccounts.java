package dev.feira.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The current tenant's buyer accounts (the tenant discriminator and row-level security both apply). */
interface BuyerAccounts extends Repository<BuyerAccount, UUID> {

    BuyerAccount save(BuyerAccount account);

    Optional<BuyerAccount> findByBuyerCompanyId(UUID buyerCompanyId);

    boolean existsByBuyerCompanyId(UUID buyerCompanyId);

    List<BuyerAccount> findAll();
}
