package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import dev.feira.recovery.RuleDefinition;
import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.shared.Money;
import dev.feira.shared.persistence.AssignedIdentity;

/**
 * A supplier's abandonment rule as stored. The engine reads these columns in SQL (see
 * {@link CartWatches}): a rule is matched against many carts at once, not one by one in Java.
 */
@Entity
@Table(name = "abandonment_rule")
class AbandonmentRule extends AssignedIdentity<UUID> {

    @Id
    private UUID id;
    @TenantId
    private UUID tenantId;
    private String name;
    private boolean enabled;
    private Integer idleHours;
    private Integer unchangedDays;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private String currency;
    private String customerCategory;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] pilotAccounts;
    private Integer noSignInDays;
    private boolean checkoutAbandoned;
    private Integer awaitingApprovalDays;
    private Integer stalledItemCarts;
    private Integer quoteIdleDays;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] actions;
    private Integer callDueHours;
    private Integer responseSlaHours;
    private Integer escalateAfterHours;
    private BigDecimal discountPercentPerDay;
    private BigDecimal discountCapPercent;
    private Integer discountValidDays;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected AbandonmentRule() {
    }

    AbandonmentRule(Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
    }

    /** Takes the definition's values; it was validated against the supplier's currency before. */
    void define(RuleDefinition rule, Currency supplierCurrency, Instant now) {
        this.name = rule.name().strip();
        this.enabled = rule.enabled();
        this.idleHours = rule.idleHours();
        this.unchangedDays = rule.unchangedDays();
        this.minValue = rule.minValue() == null ? null : rule.minValue().amount();
        this.maxValue = rule.maxValue() == null ? null : rule.maxValue().amount();
        this.currency = supplierCurrency.getCurrencyCode();
        this.customerCategory = rule.customerCategory() == null || rule.customerCategory().isBlank() ? null : rule.customerCategory().strip();
        this.pilotAccounts = rule.pilotAccounts().isEmpty() ? null : rule.pilotAccounts().stream().map(String::strip).toArray(String[]::new);
        this.noSignInDays = rule.noSignInDays();
        this.checkoutAbandoned = rule.checkoutAbandoned();
        this.awaitingApprovalDays = rule.awaitingApprovalDays();
        this.stalledItemCarts = rule.stalledItemCarts();
        this.quoteIdleDays = rule.quoteIdleDays();
        this.actions = rule.actions().stream().sorted().map(Action::name).toArray(String[]::new);
        this.callDueHours = rule.actions().contains(Action.CALL_TASK) ? rule.callDueHours() : null;
        this.responseSlaHours = rule.responseSlaHours();
        this.escalateAfterHours = rule.actions().contains(Action.ESCALATE) ? rule.escalateAfterHours() : null;
        boolean discount = rule.actions().contains(Action.PROGRESSIVE_DISCOUNT);
        this.discountPercentPerDay = discount ? rule.discountPercentPerDay() : null;
        this.discountCapPercent = discount ? rule.discountCapPercent() : null;
        this.discountValidDays = discount ? rule.discountValidDays() : null;
        this.updatedAt = now;
    }

    String name() {
        return name;
    }

    RuleDefinition definition() {
        Currency money = Currency.getInstance(currency);
        return new RuleDefinition(id, name, enabled, idleHours, unchangedDays,
                minValue == null ? null : new Money(minValue.stripTrailingZeros(), money),
                maxValue == null ? null : new Money(maxValue.stripTrailingZeros(), money),
                customerCategory, pilotAccounts == null ? List.of() : List.of(pilotAccounts), noSignInDays, checkoutAbandoned,
                awaitingApprovalDays, stalledItemCarts, quoteIdleDays, Arrays.stream(actions).map(Action::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Action.class))),
                callDueHours, responseSlaHours, escalateAfterHours, discountPercentPerDay, discountCapPercent,
                discountValidDays);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
