package dev.feira.recovery.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current supplier's rules. */
@Transactional(readOnly = true) // also for derived queries: row-level security needs a transaction
interface AbandonmentRuleStore extends Repository<AbandonmentRule, UUID> {

    @Transactional
    AbandonmentRule save(AbandonmentRule rule);

    @Transactional
    void delete(AbandonmentRule rule);

    Optional<AbandonmentRule> findById(UUID id);

    Optional<AbandonmentRule> findByNameIgnoreCase(String name);

    List<AbandonmentRule> findAllByOrderByName();

    long count();
}
