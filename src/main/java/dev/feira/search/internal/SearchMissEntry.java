package dev.feira.search.internal;

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

    void searchedAgain(String asTyped, Instant at) {
        searches++;
        query = asTyped;
        lastSearchedAt = at;
    }

    SearchMiss toMiss() {
        return new SearchMiss(query, searches, firstSearchedAt, lastSearchedAt);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
