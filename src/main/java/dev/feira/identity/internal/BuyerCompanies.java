package dev.feira.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface BuyerCompanies extends Repository<BuyerCompany, UUID> {

    @Transactional
    BuyerCompany save(BuyerCompany company);

    /** Saved at once: its addresses are written by SQL in the same transaction, which must find the company's row. */
    @Transactional
    BuyerCompany saveAndFlush(BuyerCompany company);

    Optional<BuyerCompany> findByCode(String code);

    Optional<BuyerCompany> findById(UUID id);
}
