package dev.feira.pricing.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's rows (tenant discriminator and row-level security both apply). */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface PriceListEntries extends Repository<PriceListEntry, PriceListEntry.Key> {

    @Transactional
    PriceListEntry save(PriceListEntry entry);

    List<PriceListEntry> findAll();

    List<PriceListEntry> findByKeyPriceListId(UUID priceListId);

    @Transactional
    void deleteAll(Iterable<? extends PriceListEntry> entries);
}
