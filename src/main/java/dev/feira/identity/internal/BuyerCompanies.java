package dev.feira.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface BuyerCompanies extends Repository<BuyerCompany, UUID> {

    @Transactional
    BuyerCompany save(BuyerCompany company);

    Optional<BuyerCompany> findByCode(String code);

    Optional<BuyerCompany> findById(UUID id);
}
