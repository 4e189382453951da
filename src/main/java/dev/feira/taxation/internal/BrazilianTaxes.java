package dev.feira.taxation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.shared.Money;
import dev.feira.taxation.Taxes;

/**
 * IPI, ICMS and ICMS-ST line by line, each amount rounded to the cent (half up, as fiscal documents do):
 * <ul>
 * <li>IPI = value × the product's IPI rate, added to the price;</li>
 * <li>ICMS = value × the rate between the states, already in the price;</li>
 * <li>ICMS-ST, where a rule applies: the base is (value + IPI) × (1 + MVA), the MVA adjusted for an interstate sale as
 * Convênio ICMS 142/2018 says; ST = base × the destination's internal rate − the ICMS of the sale itself.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
class BrazilianTaxes implements Taxes {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StRules rules;

    BrazilianTaxes(StRules rules) {
        this.rules = rules;
    }

    @Override
    public TaxedSale compute(Optional<String> originState, Optional<String> destinationState, List<TaxableLine> lines) {
        var currency = lines.isEmpty() ? java.util.Currency.getInstance("BRL") : lines.getFirst().value().currency();
        Money zero = new Money(BigDecimal.ZERO, currency);
        Optional<String> destination = destinationState.or(() -> originState);
        var stRules = originState.isPresent() && !lines.isEmpty() ? rules.findAll() : List.<StRule>of();
        List<LineTaxes> taxed = new ArrayList<>();
        Money goods = zero;
        Money ipi = zero;
        Money icms = zero;
        Money st = zero;
        for (TaxableLine line : lines) {
            BigDecimal value = line.value().amount();
            BigDecimal ipiRate = line.ipiRate() == null ? BigDecimal.ZERO : line.ipiRate();
            BigDecimal lineIpi = cents(value.multiply(ipiRate).divide(HUNDRED));
            // Without the supplier's state there is no telling which ICMS applies: none is shown rather than a guess.
            BigDecimal icmsRate = originState.map(o -> IcmsRates.between(o, destination.orElseThrow())).orElse(BigDecimal.ZERO);
            BigDecimal lineIcms = cents(value.multiply(icmsRate).divide(HUNDRED));
            var rule = line.ncm() == null ? Optional.<StRule>empty() : mostSpecific(stRules, line.ncm(), destination.orElse(null));
            BigDecimal lineSt = BigDecimal.ZERO;
            Optional<BigDecimal> destinationRate = Optional.empty();
            if (rule.isPresent()) {
                BigDecimal internal = IcmsRates.internal(destination.orElseThrow());
                destinationRate = Optional.of(internal);
                BigDecimal mva = adjustedMva(rule.get().mva(), icmsRate, internal, !originState.equals(destination));
                BigDecimal base = value.add(lineIpi).multiply(BigDecimal.ONE.add(mva.divide(HUNDRED)));
                lineSt = cents(base.multiply(internal).divide(HUNDRED).subtract(lineIcms)).max(BigDecimal.ZERO);
            }
            taxed.add(new LineTaxes(line.sku(), line.ncm(), ipiRate, new Money(lineIpi, currency), icmsRate, new Money(lineIcms, currency),
                    rule.map(StRule::mva), destinationRate, new Money(lineSt, currency)));
            goods = goods.plus(line.value());
            ipi = ipi.plus(new Money(lineIpi, currency));
            icms = icms.plus(new Money(lineIcms, currency));
            st = st.plus(new Money(lineSt, currency));
        }
        return new TaxedSale(List.copyOf(taxed), goods, ipi, icms, st, originState, destination,
                originState.isPresent() && !originState.equals(destination));
    }

    /** MVA ajustada = [(1 + MVA) × (1 − interstate rate) / (1 − internal rate)] − 1, in percent. */
    static BigDecimal adjustedMva(BigDecimal mva, BigDecimal saleRate, BigDecimal internalRate, boolean interstate) {
        if (!interstate) {
            return mva;
        }
        BigDecimal factor = BigDecimal.ONE.add(mva.divide(HUNDRED))
                .multiply(BigDecimal.ONE.subtract(saleRate.divide(HUNDRED)))
                .divide(BigDecimal.ONE.subtract(internalRate.divide(HUNDRED)), 10, RoundingMode.HALF_UP);
        return factor.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** The longest NCM prefix wins; for the same prefix, a rule naming the destination before one for any state. */
    static Optional<StRule> mostSpecific(List<StRule> rules, String ncm, String destination) {
        return rules.stream()
                .filter(r -> ncm.startsWith(r.ncmPrefix()))
                .filter(r -> r.destinationState() == null || r.destinationState().equals(destination))
                .max(Comparator.comparingInt((StRule r) -> r.ncmPrefix().length()).thenComparing(r -> r.destinationState() != null));
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
