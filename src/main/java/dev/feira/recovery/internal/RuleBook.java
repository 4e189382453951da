package dev.feira.recovery.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.recovery.AbandonmentRules;
import dev.feira.recovery.RuleDefinition;
import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.recovery.RuleRefusal;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/** The supplier's rules: checked before they are stored, and the carts re-measured when they change. */
@Service
@Transactional
class RuleBook implements AbandonmentRules {

    private static final int MAX_HOURS = 24 * 365;
    private static final int MAX_DAYS = 365;

    private final AbandonmentRuleStore rules;
    private final CartWatches watches;
    private final TenantDirectory tenants;
    private final Clock clock;

    RuleBook(AbandonmentRuleStore rules, CartWatches watches, TenantDirectory tenants, Clock clock) {
        this.rules = rules;
        this.watches = watches;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RuleDefinition> all() {
        return rules.findAllByOrderByName().stream().map(AbandonmentRule::definition).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RuleDefinition> byId(UUID id) {
        return rules.findById(id).map(AbandonmentRule::definition);
    }

    @Override
    public RuleDefinition save(RuleDefinition rule) {
        Currency currency = supplierCurrency();
        check(rule, currency);
        var stored = rule.id() == null ? new AbandonmentRule(clock.instant())
                : rules.findById(rule.id()).orElseThrow(() -> new RuleRefusal("There is no rule " + rule.id() + " here"));
        rules.findByNameIgnoreCase(rule.name().strip()).filter(other -> !other.getId().equals(stored.getId())).ifPresent(other -> {
            throw new RuleRefusal("There is a rule named '" + other.name() + "' already");
        });
        stored.define(rule, currency, clock.instant());
        var saved = rules.save(stored);
        watches.forgetSweeps(saved.getId());
        return saved.definition();
    }

    @Override
    public void delete(UUID id) {
        rules.findById(id).ifPresent(rule -> {
            rules.delete(rule);
        });
    }

    /**
     * From the cart-recovery playbook: a big cart idle two days is worth a call today; a mid-sized
     * one idle three days gets a call task; a buyer who has not signed in for 15 days with an open
     * cart hears from the rep; a checkout left half-way and an approval stuck for days are cues too.
     */
    @Override
    public List<RuleDefinition> defaults() {
        var supplier = tenants.byId(TenantContext.require()).orElseThrow();
        String code = supplier.currency().getCurrencyCode();
        boolean portuguese = supplier.defaultLocale().getLanguage().equals("pt");
        List<RuleDefinition> playbook = new ArrayList<>();
        playbook.add(new RuleDefinition(null, portuguese ? "Carrinho grande parado há 48 h" : "Big cart idle 48 h", true, 48, null,
                Money.of("50000", code), null, null, null, null, false, null, EnumSet.of(Action.ALERT_REP, Action.ESCALATE), null, 24, 24,
                null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Carrinho parado 3 dias — ligar" : "Cart idle 3 days — call", true, 72, null,
                Money.of("10000", code), null, null, null, null, false, null, EnumSet.of(Action.ALERT_REP, Action.CALL_TASK), 24, 48, null,
                null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Sem acesso há 15 dias com carrinho aberto" : "No sign-in for 15 days, cart open",
                true, null, null, null, null, null, null, 15, false, null, EnumSet.of(Action.ALERT_REP, Action.EMAIL_BUYER), null, 48, null,
                null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Checkout iniciado e não concluído" : "Checkout started, not finished", true, 2,
                null, null, null, null, null, null, true, null, EnumSet.of(Action.ALERT_REP), null, 24, null, null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Aprovação parada há 3 dias" : "Approval waiting 3 days", true, null, null, null,
                null, null, null, null, false, 3, EnumSet.of(Action.ALERT_REP), null, 48, null, null, null));
        return playbook;
    }

    /** A new supplier gets the playbook's rules, once: a supplier who deleted them does not get them back. */
    void installDefaultsIfNone() {
        if (rules.count() == 0) {
            defaults().forEach(this::save);
        }
    }

    private Currency supplierCurrency() {
        return tenants.byId(TenantContext.require()).orElseThrow().currency();
    }

    private static void check(RuleDefinition rule, Currency currency) {
        if (rule.name() == null || rule.name().isBlank()) {
            throw new RuleRefusal("Give the rule a name");
        }
        if (rule.name().strip().length() > 120) {
            throw new RuleRefusal("A rule's name has at most 120 characters");
        }
        positive(rule.idleHours(), MAX_HOURS, "Idle time (hours)");
        positive(rule.unchangedDays(), MAX_DAYS, "Unchanged for (days)");
        positive(rule.noSignInDays(), MAX_DAYS, "No sign-in for (days)");
        positive(rule.awaitingApprovalDays(), MAX_DAYS, "Waiting for approval (days)");
        positive(rule.responseSlaHours(), MAX_HOURS, "First contact within (hours)");
        for (var threshold : new Money[] {rule.minValue(), rule.maxValue()}) {
            if (threshold == null) {
                continue;
            }
            if (!threshold.currency().equals(currency)) {
                throw new RuleRefusal("The threshold " + threshold.amount().toPlainString() + " is in " + threshold.currency().getCurrencyCode()
                        + ", but this supplier's carts are in " + currency.getCurrencyCode());
            }
            if (threshold.amount().signum() < 0) {
                throw new RuleRefusal("A cart value threshold cannot be negative");
            }
        }
        if (rule.minValue() != null && rule.maxValue() != null && rule.minValue().amount().compareTo(rule.maxValue().amount()) > 0) {
            throw new RuleRefusal("The minimum cart value is above the maximum");
        }
        if (rule.checkoutAbandoned() && rule.awaitingApprovalDays() != null) {
            throw new RuleRefusal("A cart cannot be both half-way through checkout and waiting for approval: make two rules");
        }
        boolean anyCondition = rule.idleHours() != null || rule.unchangedDays() != null || rule.minValue() != null || rule.maxValue() != null
                || rule.noSignInDays() != null || rule.checkoutAbandoned() || rule.awaitingApprovalDays() != null;
        if (!anyCondition) {
            throw new RuleRefusal("Give the rule at least one condition on the cart (idle time, value, sign-in, checkout or approval): "
                    + "a customer category or a pilot group alone would fire on every cart");
        }
        if (rule.actions().isEmpty()) {
            throw new RuleRefusal("Choose at least one action: alert the rep, a call task, an e-mail, a discount or an escalation");
        }
        if (rule.actions().contains(Action.CALL_TASK)) {
            required(rule.callDueHours(), MAX_HOURS, "A call task needs the hours until it is due");
        }
        if (rule.actions().contains(Action.ESCALATE)) {
            required(rule.escalateAfterHours(), MAX_HOURS, "An escalation needs the hours the rep has to act first");
        }
        if (rule.actions().contains(Action.PROGRESSIVE_DISCOUNT)) {
            percent(rule.discountPercentPerDay(), "The discount's growth per idle day");
            percent(rule.discountCapPercent(), "The discount's cap");
            if (rule.discountCapPercent().compareTo(BigDecimal.valueOf(50)) > 0) {
                throw new RuleRefusal("The discount's cap is at most 50 %");
            }
        }
    }

    private static void positive(Integer value, int max, String what) {
        if (value != null && (value < 1 || value > max)) {
            throw new RuleRefusal(what + " must be between 1 and " + max + ", not " + value);
        }
    }

    private static void required(Integer value, int max, String message) {
        if (value == null) {
            throw new RuleRefusal(message);
        }
        positive(value, max, message.substring(0, message.indexOf(" needs")));
    }

    private static void percent(BigDecimal value, String what) {
        if (value == null || value.signum() <= 0) {
            throw new RuleRefusal(what + " must be a percentage above 0");
        }
    }
}
