package dev.feira.taxation.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * ICMS rates between Brazil's states. Within a state, its modal internal rate (2025, without the poverty-fund
 * surcharge some states add); across a border, the Senate's interstate rates: 7 % from the South and Southeast (but
 * Espírito Santo) into the North, Northeast, Centre-West and Espírito Santo, 12 % otherwise. The 4 % on imported goods
 * and product-specific internal rates are not modelled (docs/decisions/010).
 */
final class IcmsRates {

    private static final Map<String, BigDecimal> INTERNAL = Map.ofEntries(
            Map.entry("AC", new BigDecimal("19")), Map.entry("AL", new BigDecimal("20.5")), Map.entry("AM", new BigDecimal("20")),
            Map.entry("AP", new BigDecimal("18")), Map.entry("BA", new BigDecimal("20.5")), Map.entry("CE", new BigDecimal("20")),
            Map.entry("DF", new BigDecimal("20")), Map.entry("ES", new BigDecimal("17")), Map.entry("GO", new BigDecimal("19")),
            Map.entry("MA", new BigDecimal("23")), Map.entry("MT", new BigDecimal("17")), Map.entry("MS", new BigDecimal("17")),
            Map.entry("MG", new BigDecimal("18")), Map.entry("PA", new BigDecimal("19")), Map.entry("PB", new BigDecimal("20")),
            Map.entry("PR", new BigDecimal("19.5")), Map.entry("PE", new BigDecimal("20.5")), Map.entry("PI", new BigDecimal("22.5")),
            Map.entry("RJ", new BigDecimal("20")), Map.entry("RN", new BigDecimal("20")), Map.entry("RS", new BigDecimal("17")),
            Map.entry("RO", new BigDecimal("19.5")), Map.entry("RR", new BigDecimal("20")), Map.entry("SC", new BigDecimal("17")),
            Map.entry("SP", new BigDecimal("18")), Map.entry("SE", new BigDecimal("20")), Map.entry("TO", new BigDecimal("20")));

    /** The South and Southeast but Espírito Santo: their sales into the other regions and ES pay 7 %. */
    private static final Set<String> SOUTH_AND_SOUTHEAST = Set.of("SP", "RJ", "MG", "PR", "SC", "RS");

    private IcmsRates() {
    }

    static BigDecimal internal(String state) {
        var rate = INTERNAL.get(state);
        if (rate == null) {
            throw new IllegalArgumentException("Not a Brazilian state: " + state);
        }
        return rate;
    }

    static BigDecimal between(String origin, String destination) {
        if (origin.equals(destination)) {
            return internal(origin);
        }
        return SOUTH_AND_SOUTHEAST.contains(origin) && !SOUTH_AND_SOUTHEAST.contains(destination)
                ? new BigDecimal("7") : new BigDecimal("12");
    }
}
