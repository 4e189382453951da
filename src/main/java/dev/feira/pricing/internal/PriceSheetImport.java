package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.catalog.Catalog;
import dev.feira.identity.CatalogAccess;
import dev.feira.shared.sheet.InvalidSheet;
import dev.feira.shared.sheet.Sheet;
import dev.feira.shared.sheet.SheetImport;
import dev.feira.shared.sheet.SheetProblem;

/**
 * The price sheet: {@code price_list, sku, min_quantity, unit_price}, one row per volume tier.
 * Each price list named in the sheet gets exactly the sheet's prices (its other SKUs are removed);
 * lists not named are untouched. Lists must exist (their audience and validity are conditions, set
 * elsewhere); SKUs must be in the catalog.
 */
@Component
class PriceSheetImport implements SheetImport, dev.feira.shared.sheet.SheetExport {

    private final PriceLists lists;
    private final PriceListEntries entries;
    private final ConditionsImport conditions;
    private final Catalog catalog;
    private final TransactionTemplate transaction;
    private final CatalogAccess access;

    PriceSheetImport(PriceLists lists, PriceListEntries entries, ConditionsImport conditions, Catalog catalog,
                     PlatformTransactionManager transactions, CatalogAccess access) {
        this.access = access;
        this.lists = lists;
        this.entries = entries;
        this.conditions = conditions;
        this.catalog = catalog;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String kind() {
        return "prices";
    }

    @Override
    public java.util.Set<String> numberColumns() {
        return java.util.Set.of("min_quantity", "unit_price");
    }

    @Override
    public List<String> columns() {
        return List.of("price_list", "sku", "min_quantity", "unit_price");
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("price_list", "sku", "unit_price");
    }

    /** Every tier of every price list, by list code, SKU and lower bound. */
    @Override
    public void rows(java.util.function.Consumer<List<String>> row) {
        access.requireAdministrator();
        Map<java.util.UUID, String> codes = new HashMap<>();
        lists.findAll().forEach(l -> codes.put(l.id(), l.code()));
        entries.findAll().stream()
                .sorted(java.util.Comparator.comparing((PriceListEntry e) -> codes.get(e.key().priceListId()))
                        .thenComparing(e -> e.key().sku()).thenComparingInt(e -> e.key().minQuantity()))
                .forEach(e -> row.accept(List.of(codes.get(e.key().priceListId()), e.key().sku(),
                        String.valueOf(e.key().minQuantity()), e.unitPrice().stripTrailingZeros().toPlainString())));
    }

    private record Tier(long line, String list, String sku, int from, BigDecimal price) {
    }

    @Override
    public Preview check(Sheet sheet) {
        access.requireAdministrator();
        try {
            var prices = prices(sheet);
            int changes = 0;
            for (var list : prices.entrySet()) {
                changes += conditions.entryChanges(lists.findByCode(list.getKey()).orElseThrow().id(), list.getValue());
            }
            return new Preview(sheet.size(), List.of(), changes);
        } catch (InvalidSheet e) {
            return new Preview(sheet.size(), e.problems(), 0);
        }
    }

    @Override
    public Applied apply(Sheet sheet, IntConsumer progress) {
        access.requireAdministrator();
        var prices = prices(sheet);
        Integer changed = transaction.execute(status -> {
            int written = 0;
            int done = 0;
            for (var list : prices.entrySet()) {
                written += conditions.replaceEntries(lists.findByCode(list.getKey()).orElseThrow().id(), list.getValue());
                progress.accept(++done * 100 / prices.size());
            }
            conditions.announceChange();
            return written;
        });
        progress.accept(100);
        return new Applied(sheet.size(), changed == null ? 0 : changed);
    }

    /** Prices by list, SKU and lower bound, after checking every row, list, SKU and tier table. */
    private Map<String, Map<String, Map<Integer, BigDecimal>>> prices(Sheet sheet) {
        Set<String> seen = new HashSet<>();
        List<Tier> tiers = sheet.requireColumns(requiredColumns()).map(row -> {
            var tier = new Tier(row.line(), row.required("price_list"), row.required("sku"), row.positiveInt("min_quantity"),
                    row.price("unit_price"));
            if (tier.list() != null && tier.sku() != null && !seen.add(tier.list() + "|" + tier.sku() + "|" + tier.from())) {
                row.translatedProblem("min_quantity", "import.problem.two-prices-in", "SKU '" + tier.sku() + "' has two prices from "
                        + tier.from() + " units in " + tier.list(), java.util.List.of(tier.sku(), tier.from(), tier.list()));
            }
            return tier;
        });
        List<SheetProblem> problems = new ArrayList<>();
        Map<String, Boolean> listExists = new HashMap<>();
        var unknownSkus = catalog.unknownSkus(tiers.stream().map(Tier::sku).toList());
        Map<String, Map<String, Map<Integer, BigDecimal>>> prices = new TreeMap<>();
        Map<String, Long> lastLine = new HashMap<>();
        for (Tier tier : tiers) {
            if (!listExists.computeIfAbsent(tier.list(), code -> lists.findByCode(code).isPresent())) {
                problems.add(new SheetProblem(tier.line(), "price_list", "no price list '" + tier.list() + "'; create it first"));
            } else if (unknownSkus.contains(tier.sku())) {
                problems.add(new SheetProblem(tier.line(), "sku", "no product with SKU '" + tier.sku() + "' in the catalog"));
            } else {
                prices.computeIfAbsent(tier.list(), l -> new HashMap<>()).computeIfAbsent(tier.sku(), s -> new TreeMap<>())
                        .put(tier.from(), tier.price());
                lastLine.merge(tier.list() + "|" + tier.sku(), tier.line(), Math::max);
            }
        }
        prices.forEach((list, bySku) -> bySku.forEach((sku, table) -> {
            try {
                TierTable.of(table);
            } catch (IllegalArgumentException e) {
                problems.add(new SheetProblem(lastLine.get(list + "|" + sku), "unit_price", "SKU '" + sku + "' in " + list + ": " + e.getMessage()));
            }
        }));
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(SheetProblem::line));
            throw new InvalidSheet(sheet.source(), problems);
        }
        return prices;
    }
}
