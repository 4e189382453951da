package dev.feira.pricing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's rows (tenant discriminator and row-level security both apply). */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface AssortmentDefinitions extends Repository<AssortmentDefinition, UUID> {

    @Transactional
    AssortmentDefinition save(AssortmentDefinition assortment);

    Optional<AssortmentDefinition> findByCode(String code);

    List<AssortmentDefinition> findAll();

    /** Product groups follow a renamed category (and what lies below it). */
    @org.springframework.data.jpa.repository.Modifying
    @Transactional
    @org.springframework.data.jpa.repository.Query(nativeQuery = true, value = """
            update assortment_group set product_group = :to || substring(product_group from length(:from) + 1)
            where product_group = :from or product_group like :from || ' > %'""")
    int renameGroup(String from, String to);
}
