package dev.feira.pricing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's rows (tenant discriminator and row-level security both apply). */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface Promotions extends Repository<Promotion, UUID> {

    @Transactional
    Promotion save(Promotion promotion);

    Optional<Promotion> findByCode(String code);

    List<Promotion> findAll();

    @Transactional
    void delete(Promotion removed);

    /** Product groups follow a renamed category (and what lies below it). */
    @org.springframework.data.jpa.repository.Modifying
    @Transactional
    @org.springframework.data.jpa.repository.Query("""
            update Promotion e set e.productGroup = concat(:to, substring(e.productGroup, length(:from) + 1))
            where e.productGroup = :from or e.productGroup like concat(:from, ' > %')""")
    int renameGroup(String from, String to);
}
