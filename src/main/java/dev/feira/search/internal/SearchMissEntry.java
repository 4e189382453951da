package dev.feira.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.feira.search.SearchMisses.SearchMiss;
import dev.feira.shared.persistence.AssignedIdentity;

/** A query that found nothing in a supplier's catalog, and how often buyers have searched it. */
@Entity
@Table(name = "search_miss")
class SearchMissEntry extends AssignedIdentity<UUID> {

    static final Duration SAME_SEARCH = Duration.ofSeconds(10);
    static final Duration STILL_TYPING = Duration.ofSeconds(30);

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String queryKey;
    private String query;
    private int searches;
    private Instant firstSearchedAt;
    private Instant lastSearchedAt;
    @Version
    private long version;

    protected SearchMissEntry() {
    }

    SearchMissEntry(String queryKey, String query, Instant at) {
        this.id = UUID.randomUUID();
        this.queryKey = queryKey;
        this.query = query;
        this.searches = 1;
        this.firstSearchedAt = at;
        this.lastSearchedAt = at;
    }

    /**
     * The same words again. Within {@link #SAME_SEARCH} of the last time it is the same search still — a page asks
     * for its count and its rows — and counts once.
     */
    void searchedAgain(String asTyped, Instant at) {
        if (at.isAfter(lastSearchedAt.plus(SAME_SEARCH))) {
            searches++;
        }
        query = asTyped;
        lastSearchedAt = at.isAfter(lastSearchedAt) ? at : lastSearchedAt;
    }

    /** Searched once, moments before {@code at}, with words that {@code key} continues: the buyer was still typing. */
    boolean typedOnInto(String key, Instant at) {
        return searches == 1 && !queryKey.equals(key) && key.startsWith(queryKey) && !lastSearchedAt.isBefore(at.minus(STILL_TYPING));
    }

    SearchMiss toMiss() {
        return new SearchMiss(query, searches, firstSearchedAt, lastSearchedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
