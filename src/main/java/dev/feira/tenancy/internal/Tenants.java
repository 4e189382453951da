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

    Optional<TenantEntity> findById(UUID id);

    Optional<TenantEntity> findBySlug(String slug);

    @Query("select t from TenantEntity t join t.hosts h where h = :host")
    Optional<TenantEntity> findByHost(String host);

    List<TenantEntity> findAllByOrderByName();
}
