package dev.feira.search.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The current supplier's synonym groups. */
@Transactional(readOnly = true)
interface SynonymGroupEntries extends Repository<SynonymGroupEntry, UUID> {

    List<SynonymGroupEntry> findAllByOrderByCreatedAt();

    Optional<SynonymGroupEntry> findById(UUID id);

    long count();

    @Transactional
    SynonymGroupEntry save(SynonymGroupEntry group);

    @Transactional
    void delete(SynonymGroupEntry group);

    /** One by one rather than in bulk: a bulk delete would bypass the tenant filter and lean on row security alone. */
    @Transactional
    void deleteAll(Iterable<SynonymGroupEntry> groups);
}
