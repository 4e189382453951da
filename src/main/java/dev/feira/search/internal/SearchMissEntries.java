package dev.feira.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** The current supplier's searches that found nothing. */
interface SearchMissEntries extends Repository<SearchMissEntry, UUID> {

    Optional<SearchMissEntry> findByQueryKey(String queryKey);

    List<SearchMissEntry> findByLastSearchedAtGreaterThanEqualOrderBySearchesDescLastSearchedAtDesc(Instant since, Limit limit);

    SearchMissEntry saveAndFlush(SearchMissEntry miss);

    List<SearchMissEntry> findBySearchesAndLastSearchedAtGreaterThanEqual(int searches, Instant since);

    void delete(SearchMissEntry miss);
}
