package dev.feira.tenancy.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface Tenants extends Repository<TenantEntity, UUID> {

    @Transactional
    TenantEntity save(TenantEntity tenant);

    /** Written at once: a new tenant is referred to by plain SQL in the same transaction (a sign-up naming it). */
    @Transactional
    TenantEntity saveAndFlush(TenantEntity tenant);

    Optional<TenantEntity> findById(UUID id);

    Optional<TenantEntity> findBySlug(String slug);

    @Query("select t from TenantEntity t join t.hosts h where h = :host")
    Optional<TenantEntity> findByHost(String host);

    /** Every tenant with its hosts in one query (not one more per tenant for its hosts). */
    @Query("select distinct t from TenantEntity t left join fetch t.hosts order by t.name")
    List<TenantEntity> findAllByOrderByName();
}
