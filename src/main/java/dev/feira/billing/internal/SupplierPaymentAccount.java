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
    /** False while a connected account Feira created awaits Stripe's onboarding (charges not enabled yet). */
    private boolean cardsEnabled = true;
    /** Sealed by {@link dev.feira.shared.secrets.SecretBox}. */
    private String ownSecretKey;
    private String ownPublishableKey;
    /** Sealed by {@link dev.feira.shared.secrets.SecretBox}. */
    private String ownWebhookSecret;

    protected SupplierPaymentAccount() {
    }

    /** A supplier's first payment set-up; then {@link #connect} or {@link #useOwnKeys}. */
    static SupplierPaymentAccount create() {
        var account = new SupplierPaymentAccount();
        account.id = UUID.randomUUID();
        return account;
    }

    /** Payments on this connected account of the platform (Stripe Connect); the supplier's own keys are forgotten. */
    void connect(String stripeAccount) {
        this.stripeAccount = stripeAccount;
        this.cardsEnabled = true;
        this.ownSecretKey = null;
        this.ownPublishableKey = null;
        this.ownWebhookSecret = null;
        this.connectedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A connected account Feira created for the supplier: cards wait until Stripe enables its charges. */
    void onboarding(String stripeAccount) {
        connect(stripeAccount);
        this.cardsEnabled = false;
    }

    void chargesEnabled(boolean enabled) {
        this.cardsEnabled = enabled;
    }

    boolean cardsEnabled() {
        return cardsEnabled;
    }

    /** Payments with the supplier's own Stripe keys (sealed); a connected account is forgotten. */
    void useOwnKeys(String sealedSecretKey, String publishableKey, String sealedWebhookSecret) {
        this.stripeAccount = null;
        this.ownSecretKey = sealedSecretKey;
        this.ownPublishableKey = publishableKey;
        this.ownWebhookSecret = sealedWebhookSecret;
        this.connectedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    java.util.Optional<String> stripeAccount() {
        return java.util.Optional.ofNullable(stripeAccount);
    }

    java.util.Optional<OwnKeys> ownKeys() {
        return ownSecretKey == null ? java.util.Optional.empty()
                : java.util.Optional.of(new OwnKeys(ownSecretKey, ownPublishableKey, ownWebhookSecret));
    }

    /** The supplier's own keys, the secret ones still sealed. */
    record OwnKeys(String sealedSecretKey, String publishableKey, String sealedWebhookSecret) {
    }

    @Override
    public UUID getId() {
        return id;
    }
}
