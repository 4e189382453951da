package dev.feira.billing.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import dev.feira.shared.persistence.AssignedIdentity;

/** A supplier's connected Stripe account; one per supplier. */
@Entity
@Table(name = "supplier_payment_account")
class SupplierPaymentAccount extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String stripeAccount;
    private Instant connectedAt;

    protected SupplierPaymentAccount() {
    }

    SupplierPaymentAccount(String stripeAccount) {
        this.id = UUID.randomUUID();
        connect(stripeAccount);
    }

    void connect(String stripeAccount) {
        this.stripeAccount = stripeAccount;
        this.connectedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    String stripeAccount() {
        return stripeAccount;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
