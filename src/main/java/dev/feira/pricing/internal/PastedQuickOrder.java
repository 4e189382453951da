package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.OrderLot;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.QuickOrder;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

/**
 * Reads pasted order lines: a SKU and a quantity separated by spaces, a tab (a spreadsheet
 * column), a semicolon or a comma, optionally followed by a unit of sale ("FP-00001 3 FD": three
 * bundles, counted in the product's base unit). Blank lines are skipped; everything else is answered line by
 * line, so the buyer fixes what is wrong and keeps the rest. Lots are the buyer's own (order rules).
 */
@Service
class PastedQuickOrder implements QuickOrder {

    private static final Pattern LINE = Pattern.compile("^\\s*(\\S+?)\\s*[\\t;, ]\\s*([^\\s;,]+)(?:\\s*[\\t;, ]\\s*([A-Za-z0-9]{1,16}))?\\s*$");

    private final Catalog catalog;
    private final Pricing pricing;
    private final TenantDirectory tenants;

    PastedQuickOrder(Catalog catalog, Pricing pricing, TenantDirectory tenants) {
        this.catalog = catalog;
        this.pricing = pricing;
        this.tenants = tenants;
    }

    @Override
    public Result price(String pastedLines, Optional<BuyerAccountProfile> buyer) {
        var currency = tenants.byId(TenantContext.require()).orElseThrow().currency();
        var assortment = pricing.assortment(buyer);
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        String[] rows = pastedLines == null ? new String[0] : pastedLines.split("\\R");
        for (int i = 0; i < rows.length && lines.size() < MAX_LINES; i++) {
            String text = rows[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            var matcher = LINE.matcher(text);
            if (!matcher.matches()) {
                lines.add(problem(i + 1, text, null, null, Problem.UNREADABLE));
                continue;
            }
            String sku = matcher.group(1).toUpperCase(java.util.Locale.ROOT);
            Integer counted = quantity(matcher.group(2));
            Optional<ProductSnapshot> product = catalog.bySku(sku)
                    .filter(p -> assortment.map(a -> a.includes(p.sku(), p.category())).orElse(true));
            Optional<String> unit = Optional.ofNullable(matcher.group(3)).map(u -> u.toUpperCase(java.util.Locale.ROOT))
                    .filter(u -> product.map(p -> !u.equals(p.unit())).orElse(true));
            Optional<Integer> inBaseUnits = product.flatMap(p -> counted == null ? Optional.empty() : inBaseUnits(p, counted, matcher.group(3)));
            Integer quantity = inBaseUnits.filter(q -> q <= Pricing.MAX_QUANTITY).orElse(null);
            Optional<OrderLot> lot = product.map(p -> pricing.orderLot(p, buyer));
            Problem problem = product.isEmpty() ? Problem.UNKNOWN_SKU
                    : counted != null && inBaseUnits.isEmpty() ? Problem.UNKNOWN_UNIT
                    : quantity == null ? Problem.BAD_QUANTITY
                    : !seen.add(sku) ? Problem.DUPLICATE
                    : quantity < lot.get().minimum() ? Problem.BELOW_MINIMUM_LOT
                    : quantity % lot.get().multiple() != 0 ? Problem.NOT_A_MULTIPLE
                    : null;
            if (problem != null) {
                lines.add(new Line(i + 1, text, sku, quantity, product, lot, Optional.empty(), Optional.of(problem), unit));
                continue;
            }
            var quote = pricing.quote(product.get(), quantity, buyer);
            total = total.add(quote.total().amount());
            lines.add(new Line(i + 1, text, sku, quantity, product, lot, Optional.of(quote), Optional.empty(), unit));
        }
        return new Result(lines, new Money(total, currency));
    }

    private static Line problem(int number, String text, String sku, Integer quantity, Problem problem) {
        return new Line(number, text, sku, quantity, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(problem),
                Optional.empty());
    }

    private static Optional<Integer> inBaseUnits(ProductSnapshot product, int quantity, String unit) {
        try {
            return product.inBaseUnits(quantity, unit);
        } catch (ArithmeticException e) {
            return Optional.of(Integer.MAX_VALUE); // overflow: more than anyone may order
        }
    }

    /** A whole number from 1 to the maximum; "1.000" (pt-BR thousands) reads as 1000. */
    private static Integer quantity(String text) {
        String digits = text.matches("\\d{1,3}(\\.\\d{3})+") ? text.replace(".", "") : text;
        try {
            int value = Integer.parseInt(digits);
            return value >= 1 && value <= Pricing.MAX_QUANTITY ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
