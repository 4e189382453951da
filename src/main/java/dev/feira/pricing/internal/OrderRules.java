package dev.feira.pricing.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's rows (tenant discriminator and row-level security both apply). */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface OrderRules extends Repository<OrderRule, UUID> {

    @Transactional
    OrderRule save(OrderRule rule);

    Optional<OrderRule> findByCode(String code);

    List<OrderRule> findAll();
}
