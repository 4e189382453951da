package dev.feira.pricing.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetProblem;

/**
 * A price list's prices as a sheet: {@code sku, min_quantity, unit_price}, one row per volume tier
 * (min_quantity empty means 1). Checks every row, and that a SKU's tiers never get dearer as the
 * quantity grows.
 */
final class PriceListCsv {

    static final List<String> COLUMNS = List.of("sku", "min_quantity", "unit_price");

    private PriceListCsv() {
    }

    private record Tier(long line, String sku, int from, BigDecimal price) {
    }

    /** Tier prices by SKU, then by lower bound. @throws InvalidSheet listing every problem */
    static Map<String, Map<Integer, BigDecimal>> parse(String source, Reader input) throws IOException {
        Set<String> seen = new HashSet<>();
        List<Tier> tiers = Sheet.csv(source, input).requireColumns(List.of("sku", "unit_price")).map(row -> {
            var tier = new Tier(row.line(), row.required("sku"), row.positiveInt("min_quantity"), row.price("unit_price"));
            if (tier.sku() != null && !seen.add(tier.sku() + "@" + tier.from())) {
                row.translatedProblem("min_quantity", "import.problem.two-prices", "SKU '" + tier.sku() + "' has two prices from "
                        + tier.from() + " units", java.util.List.of(tier.sku(), tier.from()));
            }
            return tier;
        });
        Map<String, Map<Integer, BigDecimal>> prices = new HashMap<>();
        Map<String, Map<Integer, Long>> lines = new HashMap<>();
        for (Tier tier : tiers) {
            prices.computeIfAbsent(tier.sku(), sku -> new TreeMap<>()).put(tier.from(), tier.price());
            lines.computeIfAbsent(tier.sku(), sku -> new HashMap<>()).put(tier.from(), tier.line());
        }
        var problems = new java.util.ArrayList<SheetProblem>();
        prices.forEach((sku, bySize) -> {
            try {
                TierTable.of(bySize);
            } catch (IllegalArgumentException e) {
                long line = lines.get(sku).values().stream().max(Long::compare).orElse(0L);
                problems.add(new SheetProblem(line, "unit_price", "SKU '" + sku + "': " + e.getMessage()));
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(SheetProblem::line));
            throw new InvalidSheet(source, problems);
        }
        return prices;
    }
}
