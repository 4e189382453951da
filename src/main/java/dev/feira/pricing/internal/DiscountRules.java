package dev.feira.pricing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's rows (tenant discriminator and row-level security both apply). */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface DiscountRules extends Repository<DiscountRule, UUID> {

    @Transactional
    DiscountRule save(DiscountRule rule);

    Optional<DiscountRule> findByCode(String code);

    List<DiscountRule> findAll();

    @Transactional
    void delete(DiscountRule removed);

    /** Product groups follow a renamed category (and what lies below it). */
    @org.springframework.data.jpa.repository.Modifying
    @Transactional
    @org.springframework.data.jpa.repository.Query("""
            update DiscountRule e set e.productGroup = concat(:to, substring(e.productGroup, length(:from) + 1))
            where e.productGroup = :from or e.productGroup like concat(:from, ' > %')""")
    int renameGroup(String from, String to);
}
