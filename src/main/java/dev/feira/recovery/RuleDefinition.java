package dev.feira.recovery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.feira.shared.Money;

/**
 * An abandonment rule as a supplier writes it. Every condition that is set must hold (null or
 * false: not a condition); the rule then fires once per cart episode with all its actions.
 *
 * @param id                   null for a new rule
 * @param idleHours            no activity on the cart (changes, views) for this long
 * @param unchangedDays        no line added, changed or removed for this long
 * @param minValue             the cart is worth at least this (in the supplier's currency)
 * @param maxValue             the cart is worth at most this
 * @param customerCategory     only buyers of this customer category
 * @param pilotAccounts        only these accounts (by account number): a pilot group before widening
 * @param noSignInDays         nobody of the buyer signed in for this long while the cart is open
 * @param checkoutAbandoned    the buyer started the checkout and did not finish it
 * @param awaitingApprovalDays the cart's order waits for the buyer's approver this long
 * @param stalledItemCarts     the cart holds a product that sits in at least this many open carts idle 48 hours or more
 *                             (a price, stock or specification problem worth a call, not only this buyer's hesitation)
 * @param quoteIdleDays        not a cart: a quote the supplier submitted to an RFQ has sat this long neither awarded nor
 *                             answered (a rule with it watches quotes only, and the rep follows the quote up like a cart)
 * @param callDueHours         for {@link Action#CALL_TASK}: the call is due this long after the alert
 * @param responseSlaHours     first contact expected within this long (a visible timer)
 * @param escalateAfterHours   for {@link Action#ESCALATE}: the sales manager is told if the rep has not acted by then
 * @param discountPercentPerDay for {@link Action#PROGRESSIVE_DISCOUNT}: grows by this per idle day
 * @param discountCapPercent   for {@link Action#PROGRESSIVE_DISCOUNT}: never more than this
 * @param discountValidDays    for {@link Action#PROGRESSIVE_DISCOUNT}: the offer expires this long after it is made
 */
public record RuleDefinition(
        UUID id,
        String name,
        boolean enabled,
        Integer idleHours,
        Integer unchangedDays,
        Money minValue,
        Money maxValue,
        String customerCategory,
        List<String> pilotAccounts,
        Integer noSignInDays,
        boolean checkoutAbandoned,
        Integer awaitingApprovalDays,
        Integer stalledItemCarts,
        Integer quoteIdleDays,
        Set<Action> actions,
        Integer callDueHours,
        Integer responseSlaHours,
        Integer escalateAfterHours,
        BigDecimal discountPercentPerDay,
        BigDecimal discountCapPercent,
        Integer discountValidDays) {

    public RuleDefinition {
        pilotAccounts = pilotAccounts == null ? List.of() : List.copyOf(pilotAccounts);
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    /**
     * As a client writes it: a rule is on unless it says {@code "enabled": false}, and a checkout
     * condition only when asked for (JSON may leave either out).
     */
    @com.fasterxml.jackson.annotation.JsonCreator
    static RuleDefinition read(@com.fasterxml.jackson.annotation.JsonProperty("id") UUID id,
                               @com.fasterxml.jackson.annotation.JsonProperty("name") String name,
                               @com.fasterxml.jackson.annotation.JsonProperty("enabled") Boolean enabled,
                               @com.fasterxml.jackson.annotation.JsonProperty("idleHours") Integer idleHours,
                               @com.fasterxml.jackson.annotation.JsonProperty("unchangedDays") Integer unchangedDays,
                               @com.fasterxml.jackson.annotation.JsonProperty("minValue") Money minValue,
                               @com.fasterxml.jackson.annotation.JsonProperty("maxValue") Money maxValue,
                               @com.fasterxml.jackson.annotation.JsonProperty("customerCategory") String customerCategory,
                               @com.fasterxml.jackson.annotation.JsonProperty("pilotAccounts") List<String> pilotAccounts,
                               @com.fasterxml.jackson.annotation.JsonProperty("noSignInDays") Integer noSignInDays,
                               @com.fasterxml.jackson.annotation.JsonProperty("checkoutAbandoned") Boolean checkoutAbandoned,
                               @com.fasterxml.jackson.annotation.JsonProperty("awaitingApprovalDays") Integer awaitingApprovalDays,
                               @com.fasterxml.jackson.annotation.JsonProperty("stalledItemCarts") Integer stalledItemCarts,
                               @com.fasterxml.jackson.annotation.JsonProperty("quoteIdleDays") Integer quoteIdleDays,
                               @com.fasterxml.jackson.annotation.JsonProperty("actions") Set<Action> actions,
                               @com.fasterxml.jackson.annotation.JsonProperty("callDueHours") Integer callDueHours,
                               @com.fasterxml.jackson.annotation.JsonProperty("responseSlaHours") Integer responseSlaHours,
                               @com.fasterxml.jackson.annotation.JsonProperty("escalateAfterHours") Integer escalateAfterHours,
                               @com.fasterxml.jackson.annotation.JsonProperty("discountPercentPerDay") BigDecimal discountPercentPerDay,
                               @com.fasterxml.jackson.annotation.JsonProperty("discountCapPercent") BigDecimal discountCapPercent,
                               @com.fasterxml.jackson.annotation.JsonProperty("discountValidDays") Integer discountValidDays) {
        return new RuleDefinition(id, name, enabled == null || enabled, idleHours, unchangedDays, minValue, maxValue, customerCategory,
                pilotAccounts, noSignInDays, Boolean.TRUE.equals(checkoutAbandoned), awaitingApprovalDays, stalledItemCarts, quoteIdleDays, actions, callDueHours,
                responseSlaHours, escalateAfterHours, discountPercentPerDay, discountCapPercent, discountValidDays);
    }

    /** The same rule under another id (an API path names the rule it changes). */
    public RuleDefinition withId(UUID newId) {
        return new RuleDefinition(newId, name, enabled, idleHours, unchangedDays, minValue, maxValue, customerCategory, pilotAccounts,
                noSignInDays, checkoutAbandoned, awaitingApprovalDays, stalledItemCarts, quoteIdleDays, actions, callDueHours, responseSlaHours, escalateAfterHours,
                discountPercentPerDay, discountCapPercent, discountValidDays);
    }

    /** What a rule does when it fires. */
    public enum Action {
        /** Tell the account's sales rep at once: in the app (live) and by e-mail. */
        ALERT_REP,
        /** Put a call on the rep's list, due some hours after the alert. */
        CALL_TASK,
        /** E-mail the buyer in the rep's name, listing the cart's items. */
        EMAIL_BUYER,
        /** Offer the buyer a discount on the cart that grows with idle time, up to a cap; it expires. */
        PROGRESSIVE_DISCOUNT,
        /** Tell the sales manager when the rep has not acted in time. */
        ESCALATE
    }
}
