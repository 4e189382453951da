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

    void delete(UUID id);

    /** The rules a new supplier starts with (from the cart-recovery playbook), all editable. */
    List<RuleDefinition> defaults();
}
