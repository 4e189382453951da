package dev.feira.recovery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The current supplier's abandonment rules. */
public interface AbandonmentRules {

    /** Every rule, by name. */
    List<RuleDefinition> all();

    Optional<RuleDefinition> byId(UUID id);

    /**
     * Creates the rule (no id) or replaces it. Carts are measured against it from now on, including
     * carts already idle long enough: those fire at the next sweep.
     *
     * @throws RuleRefusal when the rule makes no sense (negative days, a threshold in another currency, no action…)
     */
    RuleDefinition save(RuleDefinition rule);

    /** Removes the supplier's rule; its alerts stay, with their follow-up. False when the supplier has no such rule. */
    boolean delete(UUID id);

    /**
     * What the rule would have done over the last {@code days} days of carts, before it is saved:
     * the carts it would have fired on and their buyers. Idle and unchanged time, value, category
     * and pilot group are measured on each round of shopping; no sign-in is estimated from how long
     * the round lasted, and checkout or approval from the carts open now ({@link Preview#estimated}).
     *
     * @throws RuleRefusal as {@link #save} would
     */
    Preview preview(RuleDefinition rule, int days);

    record Preview(java.time.Instant from, java.time.Instant to, int carts, List<Buyer> buyers, boolean estimated) {
    }

    /** A buyer whose carts the rule would have fired on: how many, and the largest. */
    record Buyer(String name, String accountNumber, int carts, dev.feira.shared.Money largest) {
    }

    /** The rules a new supplier starts with (from the cart-recovery playbook), all editable. */
    List<RuleDefinition> defaults();
}
