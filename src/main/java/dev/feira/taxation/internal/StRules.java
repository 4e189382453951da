package dev.feira.taxation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current supplier's ICMS-ST rules. */
@Transactional(readOnly = true)
interface StRules extends Repository<StRule, UUID> {

    List<StRule> findAll();

    Optional<StRule> findById(UUID id);

    @Transactional
    StRule saveAndFlush(StRule rule);

    @Transactional
    void delete(StRule rule);
}
