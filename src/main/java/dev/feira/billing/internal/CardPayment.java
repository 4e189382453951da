package dev.feira.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import dev.feira.billing.CardCheckout.Status;
import dev.feira.shared.Money;
import dev.feira.shared.persistence.AssignedIdentity;

/**
 * The card payment of one order: its PaymentIntent on the supplier's account and where it stands.
 * Stripe's events may arrive late or twice: a success is never undone by a failure reported after it.
 */
@Entity
@Table(name = "card_payment")
class CardPayment extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID orderId;
    private String orderNumber;
    private String stripeAccount;
    private String intentId;
    private String clientSecret;
    private String currency;
    private long amountMinor;
    private long applicationFeeMinor;
    private long refundedMinor;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String failure;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected CardPayment() {
    }

    CardPayment(UUID orderId, String orderNumber, String stripeAccount, String intentId, String clientSecret, Currency currency,
                long amountMinor, long applicationFeeMinor) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.stripeAccount = stripeAccount;
        this.intentId = intentId;
        this.clientSecret = clientSecret;
        this.currency = currency.getCurrencyCode();
        this.amountMinor = amountMinor;
        this.applicationFeeMinor = applicationFeeMinor;
        this.status = Status.AWAITING_CARD;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /** @return false when it had succeeded already (a replayed or duplicate event) */
    boolean succeeded() {
        if (status == Status.SUCCEEDED) {
            return false;
        }
        status = Status.SUCCEEDED;
        failure = null;
        updatedAt = now();
        return true;
    }

    /** @return false when it succeeded meanwhile: a late failure of an earlier attempt changes nothing */
    boolean failed(String reason) {
        if (status == Status.SUCCEEDED || status == Status.CANCELED) {
            return false;
        }
        status = Status.FAILED;
        failure = reason;
        updatedAt = now();
        return true;
    }

    void canceled() {
        status = Status.CANCELED;
        updatedAt = now();
    }

    void amountChanged(long amountMinor, long applicationFeeMinor) {
        this.amountMinor = amountMinor;
        this.applicationFeeMinor = applicationFeeMinor;
        updatedAt = now();
    }

    void refunded(long minor) {
        refundedMinor += minor;
        updatedAt = now();
    }

    /** What was paid and not given back yet. */
    long keptMinor() {
        return status == Status.SUCCEEDED ? amountMinor - refundedMinor : 0;
    }

    boolean isPaid() {
        return status == Status.SUCCEEDED;
    }

    boolean isOpen() {
        return status == Status.AWAITING_CARD || status == Status.FAILED;
    }

    Status status() {
        return status;
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    UUID orderId() {
        return orderId;
    }

    String orderNumber() {
        return orderNumber;
    }

    String stripeAccount() {
        return stripeAccount;
    }

    String intentId() {
        return intentId;
    }

    String clientSecret() {
        return clientSecret;
    }

    long amountMinor() {
        return amountMinor;
    }

    Money amount() {
        Currency money = Currency.getInstance(currency);
        return new Money(BigDecimal.valueOf(amountMinor, money.getDefaultFractionDigits()), money);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
