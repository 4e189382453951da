package dev.feira.search.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.search.SearchSynonyms.SynonymGroup;
import dev.feira.search.SynonymGroupId;
import dev.feira.shared.persistence.AssignedIdentity;

/** One of a supplier's synonym groups, stored as written: terms separated by commas. */
@Entity
@Table(name = "search_synonym_group")
class SynonymGroupEntry extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String terms;
    private Instant createdAt;

    protected SynonymGroupEntry() {
    }

    SynonymGroupEntry(List<String> terms) {
        this.id = UUID.randomUUID();
        this.terms = String.join(", ", terms);
        this.createdAt = Instant.now();
    }

    List<String> terms() {
        return Arrays.stream(terms.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    Instant createdAt() {
        return createdAt;
    }

    SynonymGroup toGroup() {
        return new SynonymGroup(new SynonymGroupId(id), terms());
    }

    @Override
    public UUID getId() {
        return id;
    }
}
