package dev.feira.taxation.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.identity.CatalogAccess;
import dev.feira.shared.BrazilianStates;
import dev.feira.taxation.SubstitutionRules;

/** The supplier's ICMS-ST rules: its staff and systems read them, its admins and systems change them. */
@Service
@Transactional
class SubstitutionRuleDesk implements SubstitutionRules {

    private static final BigDecimal MAX_MVA = BigDecimal.valueOf(500);

    private final StRules rules;
    private final CatalogAccess access;

    SubstitutionRuleDesk(StRules rules, CatalogAccess access) {
        this.rules = rules;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SubstitutionRule> all() {
        access.requireManager();
        return rules.findAll().stream().map(StRule::toRule)
                .sorted(Comparator.comparing(SubstitutionRule::ncmPrefix).thenComparing(r -> r.destinationState() == null ? "" : r.destinationState()))
                .toList();
    }

    @Override
    public SubstitutionRule add(String ncmPrefix, String destinationState, BigDecimal mva) {
        access.requireAdministrator();
        String prefix = ncmPrefix == null ? "" : ncmPrefix.strip().replace(".", "");
        if (!prefix.matches("\\d{2,8}")) {
            throw new TaxRefusal("ncm-prefix", "The NCM (or its start) has 2 to 8 digits, e.g. 7318 or 7318.15.00");
        }
        String state = null;
        if (destinationState != null && !destinationState.isBlank()) {
            state = BrazilianStates.valid(destinationState).orElseThrow(() -> new TaxRefusal("state", "Not a Brazilian state (UF)"));
        }
        if (mva == null || mva.signum() < 0 || mva.compareTo(MAX_MVA) > 0 || mva.stripTrailingZeros().scale() > 2) {
            throw new TaxRefusal("mva", "The MVA is a percentage from 0 to 500, at most 2 decimals");
        }
        try {
            return rules.saveAndFlush(new StRule(prefix, state, mva)).toRule();
        } catch (DataIntegrityViolationException taken) {
            throw new TaxRefusal("duplicate", "There is a rule for this NCM and state already: remove it first");
        }
    }

    @Override
    public void remove(UUID rule) {
        access.requireAdministrator();
        rules.delete(rules.findById(rule).orElseThrow(() -> new TaxRefusal("unknown", "No such rule")));
    }
}
