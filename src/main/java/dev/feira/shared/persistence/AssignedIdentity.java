package dev.feira.shared.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id the application assigns (a UUID, a natural key). Spring Data would take such
 * an entity for an existing one and merge it — a select per save, which imports of 100,000 rows
 * cannot afford. It is new until it has been stored or loaded.
 */
@MappedSuperclass
public abstract class AssignedIdentity<ID> implements Persistable<ID> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
