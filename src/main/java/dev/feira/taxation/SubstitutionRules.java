package dev.feira.taxation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The current supplier's ICMS-ST rules: for products whose NCM starts with a prefix, sold into a state (or any), the
 * added-value margin (MVA) on which the substitute ICMS is computed. Read by its staff; changed by its admin, anyone
 * else is refused with an {@code AccessDeniedException}.
 */
public interface SubstitutionRules {

    List<SubstitutionRule> all();

    /**
     * @throws TaxRefusal when the prefix is not 2 to 8 digits, the state unknown or the margin out of 0–500 %
     */
    SubstitutionRule add(String ncmPrefix, String destinationState, BigDecimal mva);

    void remove(UUID rule);

    /**
     * @param destinationState a UF, or null for every destination
     * @param mva              the margin in percent ("40" for 40 %)
     */
    record SubstitutionRule(UUID id, String ncmPrefix, String destinationState, BigDecimal mva) {
    }

    /** A rule that cannot be saved as given; its key is {@code taxes.refused.<key>}. */
    class TaxRefusal extends dev.feira.shared.TranslatedRefusal {
        public TaxRefusal(String key, String english) {
            super("taxes.refused." + key, english);
        }
    }
}
