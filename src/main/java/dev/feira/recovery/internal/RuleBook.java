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

import dev.feira.ordering.CartOffers;
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
    /** An offer open longer than a quarter is a price change, not a nudge. */
    private static final int MAX_OFFER_DAYS = 90;
    private static final int MAX_DAYS = 365;
    private static final int MAX_CARTS = 100_000;

    private final AbandonmentRuleStore rules;
    private final CartWatches watches;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final CartRounds rounds;
    private final dev.feira.identity.CatalogAccess access;

    RuleBook(AbandonmentRuleStore rules, CartWatches watches, TenantDirectory tenants, Clock clock, CartRounds rounds,
             dev.feira.identity.CatalogAccess access) {
        this.access = access;
        this.rounds = rounds;
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
        access.requireAdministrator();
        return store(rule);
    }

    /** Saves a rule with no caller to check: the supplier's declared rules ({@code recovery.yaml}) at start-up. */
    RuleDefinition store(RuleDefinition rule) {
        Currency currency = supplierCurrency();
        check(rule, currency);
        var stored = rule.id() == null ? new AbandonmentRule(clock.instant())
                : rules.findById(rule.id()).orElseThrow(() -> new RuleRefusal("no-such-rule", rule.id()));
        rules.findByNameIgnoreCase(rule.name().strip()).filter(other -> !other.getId().equals(stored.getId())).ifPresent(other -> {
            throw new RuleRefusal("name-taken", other.name());
        });
        stored.define(rule, currency, clock.instant());
        var saved = rules.save(stored);
        watches.forgetSweeps(saved.getId());
        return saved.definition();
    }

    @Override
    public boolean delete(UUID id) {
        access.requireAdministrator();
        var rule = rules.findById(id);
        rule.ifPresent(rules::delete);
        return rule.isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Preview preview(RuleDefinition rule, int days) {
        access.requireAdministrator();
        if (days < 1 || days > 365) {
            throw new IllegalArgumentException("A preview looks back 1 to 365 days, not " + days);
        }
        Currency currency = supplierCurrency();
        check(rule, currency);
        var to = clock.instant();
        var from = to.minus(java.time.Duration.ofDays(days));
        if (rule.quoteIdleDays() != null) {
            return new Preview(from, to, 0, List.of(), true); // the preview replays carts' rounds; quotes have none
        }
        var buyers = rounds.wouldHaveFired(rule, from, to, currency);
        // Sign-ins, checkouts, approvals and stalled items are known for the carts open now, not for every past round.
        boolean estimated = rule.noSignInDays() != null || rule.checkoutAbandoned() || rule.awaitingApprovalDays() != null
                || rule.stalledItemCarts() != null;
        return new Preview(from, to, buyers.stream().mapToInt(Buyer::carts).sum(), buyers, estimated);
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
                Money.of("50000", code), null, null, null, null, false, null, null, null, EnumSet.of(Action.ALERT_REP, Action.ESCALATE), null, 24, 24,
                null, null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Carrinho parado 3 dias — ligar" : "Cart idle 3 days — call", true, 72, null,
                Money.of("10000", code), null, null, null, null, false, null, null, null, EnumSet.of(Action.ALERT_REP, Action.CALL_TASK), 24, 48, null,
                null, null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Sem acesso há 15 dias com carrinho aberto" : "No sign-in for 15 days, cart open",
                true, null, null, null, null, null, null, 15, false, null, null, null, EnumSet.of(Action.ALERT_REP, Action.EMAIL_BUYER), null, 48, null,
                null, null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Checkout iniciado e não concluído" : "Checkout started, not finished", true, 2,
                null, null, null, null, null, null, true, null, null, null, EnumSet.of(Action.ALERT_REP), null, 24, null, null, null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Aprovação parada há 3 dias" : "Approval waiting 3 days", true, null, null, null,
                null, null, null, null, false, 3, null, null, EnumSet.of(Action.ALERT_REP), null, 48, null, null, null, null));
        playbook.add(new RuleDefinition(null, portuguese ? "Cotação sem decisão há 3 dias — ligar" : "Quote undecided 3 days — call", true, null,
                null, null, null, null, null, null, false, null, null, 3, EnumSet.of(Action.ALERT_REP, Action.CALL_TASK), 24, 24, null, null,
                null, null));
        return playbook;
    }

    /** A new supplier gets the playbook's rules, once: a supplier who deleted them does not get them back. */
    void installDefaultsIfNone() {
        if (rules.count() == 0) {
            defaults().forEach(this::store);
        }
    }

    private Currency supplierCurrency() {
        return tenants.byId(TenantContext.require()).orElseThrow().currency();
    }

    private static void check(RuleDefinition rule, Currency currency) {
        if (rule.name() == null || rule.name().isBlank()) {
            throw new RuleRefusal("name-missing");
        }
        if (rule.name().strip().length() > 120) {
            throw new RuleRefusal("name-too-long", 120);
        }
        positive(rule.idleHours(), MAX_HOURS, "idle-hours");
        positive(rule.unchangedDays(), MAX_DAYS, "unchanged-days");
        positive(rule.noSignInDays(), MAX_DAYS, "no-sign-in-days");
        positive(rule.awaitingApprovalDays(), MAX_DAYS, "awaiting-approval-days");
        positive(rule.stalledItemCarts(), MAX_CARTS, "stalled-item-carts");
        positive(rule.quoteIdleDays(), MAX_DAYS, "quote-idle-days");
        if (rule.quoteIdleDays() != null && (rule.idleHours() != null || rule.unchangedDays() != null || rule.noSignInDays() != null
                || rule.checkoutAbandoned() || rule.awaitingApprovalDays() != null || rule.stalledItemCarts() != null)) {
            throw new RuleRefusal("quote-and-cart"); // a rule watches quotes or carts: a quote has no idle cart, sign-in or checkout
        }
        if (rule.quoteIdleDays() != null && (rule.actions().contains(Action.EMAIL_BUYER) || rule.actions().contains(Action.PROGRESSIVE_DISCOUNT))) {
            throw new RuleRefusal("quote-actions"); // both speak of a cart's items; a quote is followed up by the rep
        }
        positive(rule.responseSlaHours(), MAX_HOURS, "response-sla-hours");
        for (var threshold : new Money[] {rule.minValue(), rule.maxValue()}) {
            if (threshold == null) {
                continue;
            }
            if (!threshold.currency().equals(currency)) {
                throw new RuleRefusal("threshold-currency", threshold.amount().toPlainString(), threshold.currency().getCurrencyCode(),
                        currency.getCurrencyCode());
            }
            if (threshold.amount().signum() < 0) {
                throw new RuleRefusal("threshold-negative");
            }
        }
        if (rule.minValue() != null && rule.maxValue() != null && rule.minValue().amount().compareTo(rule.maxValue().amount()) > 0) {
            throw new RuleRefusal("min-above-max");
        }
        if (rule.checkoutAbandoned() && rule.awaitingApprovalDays() != null) {
            throw new RuleRefusal("checkout-and-approval");
        }
        boolean anyCondition = rule.idleHours() != null || rule.unchangedDays() != null || rule.minValue() != null || rule.maxValue() != null
                || rule.noSignInDays() != null || rule.checkoutAbandoned() || rule.awaitingApprovalDays() != null
                || rule.stalledItemCarts() != null || rule.quoteIdleDays() != null;
        if (!anyCondition) {
            throw new RuleRefusal("no-condition");
        }
        if (rule.actions().isEmpty()) {
            throw new RuleRefusal("no-action");
        }
        if (rule.actions().contains(Action.CALL_TASK)) {
            required(rule.callDueHours(), MAX_HOURS, "call-due-hours");
        }
        if (rule.actions().contains(Action.ESCALATE)) {
            required(rule.escalateAfterHours(), MAX_HOURS, "escalate-after-hours");
        }
        if (rule.actions().contains(Action.PROGRESSIVE_DISCOUNT)) {
            percent(rule.discountPercentPerDay(), "discount-per-day");
            percent(rule.discountCapPercent(), "discount-cap");
            if (rule.discountCapPercent().compareTo(CartOffers.Terms.MOST) > 0) {
                throw new RuleRefusal("discount-cap-too-high", CartOffers.Terms.MOST.intValue());
            }
            if (rule.discountPercentPerDay().compareTo(rule.discountCapPercent()) > 0) {
                throw new RuleRefusal("discount-day-above-cap");
            }
            required(rule.discountValidDays(), MAX_OFFER_DAYS, "discount-valid-days");
        }
    }

    private static void positive(Integer value, int max, String field) {
        if (value != null && (value < 1 || value > max)) {
            throw new RuleRefusal("out-of-range", new RuleRefusal.Field(field), max, value);
        }
    }

    private static void required(Integer value, int max, String field) {
        if (value == null) {
            throw new RuleRefusal("required", new RuleRefusal.Field(field));
        }
        positive(value, max, field);
    }

    private static void percent(BigDecimal value, String field) {
        if (value == null || value.signum() <= 0) {
            throw new RuleRefusal("percent", new RuleRefusal.Field(field));
        }
    }
}
