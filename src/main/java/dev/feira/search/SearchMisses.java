package dev.feira.search;

import java.time.Instant;
import java.util.List;

/**
 * What buyers searched in the current supplier's catalog and did not find: one entry per query
 * (case and accents aside), counted, most searched first. A supplier learns its buyers' words from
 * it and answers with a synonym or a product. For its staff and systems; anyone else is refused
 * with an {@code AccessDeniedException}.
 */
public interface SearchMisses {

    /** Queries last searched since {@code since}, by how often, at most {@code limit}. */
    List<SearchMiss> since(Instant since, int limit);

    /** @param query as a buyer last typed it */
    record SearchMiss(String query, int searches, Instant firstSearchedAt, Instant lastSearchedAt) {
    }
}
