package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.feira.ordering.CartOffers;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Channel;
import dev.feira.recovery.RecoveryAlerts.Status;
import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.shared.Money;
import dev.feira.shared.persistence.AssignedIdentity;

/**
 * A rule fired on a cart episode, and the team's follow-up: acknowledged, contacts, a reminder,
 * the outcome. Created by the engine's SQL ({@link CartWatches#fire}); changed here, by guarded methods.
 */
@Entity
@Table(name = "recovery_alert")
class RecoveryAlert extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private UUID ruleId;
    private String ruleName;
    private UUID cartId;
    private int episode;
    private UUID buyerAccountId;
    private String accountNumber;
    private String buyerName;
    private String customerCategory;
    private UUID salesRepId;
    private BigDecimal value;
    private String currency;
    private int lines;
    private Instant idleSince;
    private Instant raisedAt;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] actions;
    private Instant callDueAt;
    private Instant respondBy;
    private Instant escalateAt;
    private Instant escalatedAt;
    private Instant acknowledgedAt;
    private Instant firstContactAt;
    private Instant remindAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String outcomeNote;
    private Instant closedAt;
    private UUID recoveredOrderId;
    private String recoveredOrder;
    private BigDecimal recoveredValue;
    private String quoteRfq;
    private BigDecimal offerPercentPerDay;
    private BigDecimal offerCapPercent;
    private Instant offerExpiresAt;
    private Instant offerMadeAt;
    @Version
    private long version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "alert_id", nullable = false, updatable = false)
    @OrderBy("madeAt")
    private List<RecoveryContact> contacts = new ArrayList<>();

    protected RecoveryAlert() {
    }

    boolean isOpen() {
        return status == Status.OPEN || status == Status.ACKNOWLEDGED;
    }

    void acknowledge(Instant now) {
        requireOpen();
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            status = Status.ACKNOWLEDGED;
        }
    }

    void contact(Channel channel, String note, UUID by, String byName, Instant now) {
        requireOpen();
        contacts.add(new RecoveryContact(channel, note, by, byName, now));
        if (firstContactAt == null) {
            firstContactAt = now;
        }
        acknowledge(now);
    }

    void remindAt(Instant when, Instant now) {
        requireOpen();
        if (when == null || !when.isAfter(now)) {
            throw new IllegalArgumentException("A reminder is for a time to come");
        }
        remindAt = when;
    }

    /** When the rep asked to be reminded; null when no reminder is pending. */
    Instant reminderDue() {
        return remindAt;
    }

    void reminded() {
        remindAt = null;
    }

    void escalated(Instant now) {
        escalatedAt = now;
    }

    /** The team's verdict: recovered (the buyer will order), lost with a reason, or still open with a note. */
    void outcome(Status outcome, String note, Instant now) {
        requireOpen();
        switch (outcome) {
            case RECOVERED -> close(Status.RECOVERED, note, now);
            case LOST -> {
                if (note == null || note.isBlank()) {
                    throw new IllegalArgumentException("Say why the cart was lost (price, stock, a competitor…)");
                }
                close(Status.LOST, note, now);
            }
            case OPEN, ACKNOWLEDGED -> outcomeNote = note == null || note.isBlank() ? outcomeNote : note.strip();
            case CLOSED -> throw new IllegalArgumentException("An alert closes by itself when its cart empties; record recovered or lost");
        }
    }

    /** An order came from the cart: recovered, with its value and number, however the alert stood. */
    void recoveredBy(UUID order, String number, BigDecimal orderValue, Instant at) {
        if (recoveredOrderId != null) {
            return;
        }
        recoveredOrderId = order;
        recoveredOrder = number;
        recoveredValue = orderValue;
        if (status != Status.RECOVERED) {
            status = Status.RECOVERED;
            closedAt = at;
        }
    }

    /** The cart emptied: nothing left to recover ({@link Status#CLOSED} says so; the team records recovered or lost). */
    void cartEmptied(Instant at) {
        if (isOpen()) {
            close(Status.CLOSED, null, at);
        }
    }

    private void close(Status outcome, String note, Instant now) {
        status = outcome;
        outcomeNote = note == null || note.isBlank() ? null : note.strip();
        closedAt = now;
        remindAt = null;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("This alert is closed (" + status + ")");
        }
    }

    UUID salesRepId() {
        return salesRepId;
    }

    UUID cartId() {
        return cartId;
    }

    String buyerName() {
        return buyerName;
    }

    String ruleName() {
        return ruleName;
    }

    Money value() {
        return new Money(value, Currency.getInstance(currency));
    }

    Instant raisedAt() {
        return raisedAt;
    }

    Optional<Instant> firstContactAt() {
        return Optional.ofNullable(firstContactAt);
    }

    List<RecoveryContact> contacts() {
        return contacts;
    }

    Optional<String> outcomeNote() {
        return Optional.ofNullable(outcomeNote);
    }

    Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    Status status() {
        return status;
    }

    Optional<String> recoveredOrder() {
        return Optional.ofNullable(recoveredOrder);
    }

    /** The discount the rule offers on the cart, growing from when it went idle: when it asks for one. */
    Optional<CartOffers.Terms> offerTerms() {
        return offerPercentPerDay == null || offerMadeAt != null ? Optional.empty()
                : Optional.of(new CartOffers.Terms(offerPercentPerDay, offerCapPercent, idleSince, offerExpiresAt, ruleName));
    }

    /** The buyer sees the offer in the cart from {@code at}. */
    void offerMade(Instant at) {
        offerMadeAt = at;
    }

    Currency currency() {
        return Currency.getInstance(currency);
    }

    Optional<Instant> offerMadeAt() {
        return Optional.ofNullable(offerMadeAt);
    }

    /** What the rep should do first, from the rule's actions. */
    String suggestedAction() {
        var wanted = Arrays.stream(actions).map(Action::valueOf).toList();
        if (wanted.contains(Action.CALL_TASK)) {
            return "CALL";
        }
        if (wanted.contains(Action.EMAIL_BUYER)) {
            return "EMAIL";
        }
        return wanted.contains(Action.PROGRESSIVE_DISCOUNT) ? "DISCOUNT" : "CONTACT";
    }

    RecoveryAlerts.Alert view(Optional<String> salesRepName) {
        Currency money = Currency.getInstance(currency);
        return new RecoveryAlerts.Alert(id, cartId, ruleName, suggestedAction(), buyerAccountId, accountNumber, buyerName,
                Optional.ofNullable(salesRepId), salesRepName, new Money(value, money), lines, idleSince, raisedAt, status,
                Optional.ofNullable(acknowledgedAt), Optional.ofNullable(firstContactAt), Optional.ofNullable(respondBy),
                Optional.ofNullable(callDueAt), Optional.ofNullable(remindAt), Optional.ofNullable(escalatedAt),
                Optional.ofNullable(outcomeNote), Optional.ofNullable(closedAt), Optional.ofNullable(recoveredOrder),
                Optional.ofNullable(recoveredValue).map(v -> new Money(v, money)),
                contacts.stream().map(RecoveryContact::view).toList(),
                Optional.ofNullable(offerPercentPerDay).map(perDay -> new RecoveryAlerts.Offer(perDay, offerCapPercent, offerExpiresAt,
                        Optional.ofNullable(offerMadeAt))), Optional.ofNullable(quoteRfq));
    }

    /** The quote was not awarded to the supplier, or no longer stands: nothing left to follow up. */
    void quoteDecidedElsewhere(boolean lost, Instant at) {
        if (isOpen()) {
            close(lost ? Status.LOST : Status.CLOSED, null, at);
        }
    }

    /** Time from the alert to the first contact, once there was one. */
    Optional<Duration> responseTime() {
        return firstContactAt().map(first -> Duration.between(raisedAt, first));
    }

    @Override
    public UUID getId() {
        return id;
    }
}
