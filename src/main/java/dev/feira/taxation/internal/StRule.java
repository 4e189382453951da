package dev.feira.taxation.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.shared.persistence.AssignedIdentity;
import dev.feira.taxation.SubstitutionRules.SubstitutionRule;

/** One of a supplier's ICMS-ST rules. */
@Entity
@Table(name = "icms_st_rule")
class StRule extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String ncmPrefix;
    private String destinationState;
    private BigDecimal mva;
    private Instant createdAt;

    protected StRule() {
    }

    StRule(String ncmPrefix, String destinationState, BigDecimal mva) {
        this.id = UUID.randomUUID();
        this.ncmPrefix = ncmPrefix;
        this.destinationState = destinationState;
        this.mva = mva;
        this.createdAt = Instant.now();
    }

    String ncmPrefix() {
        return ncmPrefix;
    }

    String destinationState() {
        return destinationState;
    }

    BigDecimal mva() {
        return mva;
    }

    SubstitutionRule toRule() {
        return new SubstitutionRule(id, ncmPrefix, destinationState, mva.stripTrailingZeros());
    }

    @Override
    public UUID getId() {
        return id;
    }
}
