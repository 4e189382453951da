package dev.feira.taxation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.feira.shared.Money;
import dev.feira.taxation.Taxes.TaxableLine;

import static org.assertj.core.api.Assertions.assertThat;

/** IPI, ICMS and ICMS-ST of a line, worked as a Brazilian invoice would (rates of docs/decisions/010). */
class BrazilianTaxesTests {

    private static Money reais(String amount) {
        return Money.of(amount, "BRL");
    }

    private static BrazilianTaxes with(StRule... rules) {
        return new BrazilianTaxes(new StRules() {
            public List<StRule> findAll() {
                return List.of(rules);
            }

            public Optional<StRule> findById(UUID id) {
                return Optional.empty();
            }

            public StRule saveAndFlush(StRule rule) {
                return rule;
            }

            public void delete(StRule rule) {
            }
        });
    }

    private static final TaxableLine SCREWS = new TaxableLine("FP-00001", "73181500", new BigDecimal("5"), reais("1000.00"));

    @Test
    void withinAStateIpiIsAddedAndTheStatesOwnIcmsIsInThePrice() {
        var sale = with().compute(Optional.of("SP"), Optional.of("SP"), List.of(SCREWS));

        assertThat(sale.ipi().amount()).isEqualByComparingTo("50.00");
        assertThat(sale.icms().amount()).isEqualByComparingTo("180.00"); // 18 % in São Paulo
        assertThat(sale.icmsSt().amount()).isZero();
        assertThat(sale.total().amount()).isEqualByComparingTo("1050.00");
        assertThat(sale.interstate()).isFalse();
    }

    @Test
    void acrossABorderTheInterstateRateApplies() {
        var calc = with();

        assertThat(calc.compute(Optional.of("SP"), Optional.of("RJ"), List.of(SCREWS)).lines().getFirst().icmsRate()).isEqualByComparingTo("12");
        assertThat(calc.compute(Optional.of("SP"), Optional.of("BA"), List.of(SCREWS)).lines().getFirst().icmsRate()).isEqualByComparingTo("7");
        assertThat(calc.compute(Optional.of("SP"), Optional.of("ES"), List.of(SCREWS)).lines().getFirst().icmsRate()).isEqualByComparingTo("7");
        assertThat(calc.compute(Optional.of("BA"), Optional.of("SP"), List.of(SCREWS)).lines().getFirst().icmsRate()).isEqualByComparingTo("12");
        assertThat(calc.compute(Optional.of("PR"), Optional.empty(), List.of(SCREWS)).lines().getFirst().icmsRate())
                .as("no destination: an internal sale").isEqualByComparingTo("19.5");
    }

    @Test
    void substitutionIsComputedOnTheAdjustedMarginLessTheSalesOwnIcms() {
        var sale = with(new StRule("7318", "RJ", new BigDecimal("45"))).compute(Optional.of("SP"), Optional.of("RJ"), List.of(SCREWS));

        // MVA adjusted: 1.45 × (1 − 12 %) / (1 − 20 %) − 1 = 59.5 %; base (1000 + 50) × 1.595 = 1674.75;
        // ST = 1674.75 × 20 % − 120.00 own ICMS = 214.95
        var line = sale.lines().getFirst();
        assertThat(line.stMva()).contains(new BigDecimal("45"));
        assertThat(line.icmsSt().amount()).isEqualByComparingTo("214.95");
        assertThat(sale.total().amount()).isEqualByComparingTo("1264.95");
    }

    @Test
    void theMostSpecificRuleWinsAndOtherDestinationsHaveNone() {
        var calc = with(new StRule("73", null, new BigDecimal("10")), new StRule("731815", null, new BigDecimal("30")),
                new StRule("731815", "SP", new BigDecimal("50")));

        assertThat(calc.compute(Optional.of("SP"), Optional.of("SP"), List.of(SCREWS)).lines().getFirst().stMva())
                .contains(new BigDecimal("50"));
        assertThat(calc.compute(Optional.of("SP"), Optional.of("MG"), List.of(SCREWS)).lines().getFirst().stMva())
                .contains(new BigDecimal("30"));
        var other = new TaxableLine("X", "84716052", BigDecimal.ZERO, reais("100.00"));
        assertThat(calc.compute(Optional.of("SP"), Optional.of("SP"), List.of(other)).lines().getFirst().stMva()).isEmpty();
    }

    @Test
    void withoutTheSuppliersStateNoIcmsIsGuessedButIpiStillApplies() {
        var sale = with(new StRule("7318", null, new BigDecimal("45"))).compute(Optional.empty(), Optional.of("RJ"), List.of(SCREWS));

        assertThat(sale.icms().amount()).isZero();
        assertThat(sale.icmsSt().amount()).isZero();
        assertThat(sale.ipi().amount()).isEqualByComparingTo("50.00");
    }
}
