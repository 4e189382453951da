package dev.feira.pricing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's rows (tenant discriminator and row-level security both apply). */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface PriceLists extends Repository<PriceList, UUID> {

    @Transactional
    PriceList save(PriceList list);

    Optional<PriceList> findByCode(String code);

    List<PriceList> findAll();

    @Transactional
    void delete(PriceList removed);
}
