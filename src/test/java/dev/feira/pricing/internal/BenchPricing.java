package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.pricing.Assortment;
import dev.feira.pricing.PriceQuote;

/** Opens the compiled price book to the search benchmark (test code; see dev.feira.benchmarks). */
public final class BenchPricing {

    private final PriceBook book;

    private BenchPricing(PriceBook book) {
        this.book = book;
    }

    /**
     * A supplier's conditions as a busy one has them: a general list with tiers for every SKU, a
     * category list, ten applicable rules for each of {@code accounts} buyers (own list, discounts,
     * promotions), and an assortment of half the groups for every other buyer.
     */
    public static BenchPricing supplier(List<String> skus, List<String> groups, List<UUID> accounts) {
        var builder = PriceBook.in(Currency.getInstance("BRL"));
        Map<String, TierTable> general = new HashMap<>();
        Map<String, TierTable> category = new HashMap<>();
        for (int i = 0; i < skus.size(); i++) {
            BigDecimal price = BigDecimal.valueOf(1_000 + (i * 37L) % 90_000, 2);
            general.put(skus.get(i), tiers(price, "0.96", "0.92"));
            if (i % 3 == 0) {
                category.put(skus.get(i), tiers(price, "0.95", "0.90"));
            }
        }
        builder.generalList(new PriceBook.ListPrices("GERAL", "geral", Validity.ALWAYS, 0, general));
        builder.categoryList("industria", new PriceBook.ListPrices("IND", "ind", Validity.ALWAYS, 0, category));
        var today = LocalDate.now();
        for (int a = 0; a < accounts.size(); a++) {
            UUID account = accounts.get(a);
            Map<String, TierTable> own = new HashMap<>();
            for (int i = a; i < skus.size(); i += 50) {
                own.put(skus.get(i), TierTable.single(new BigDecimal("9.90")));
            }
            builder.accountList(account, new PriceBook.ListPrices("OWN-" + a, "own", Validity.ALWAYS, 0, own));
            builder.discount(new PriceBook.Discount("D-" + a, "d", account, null, null, new BigDecimal("2"), Validity.ALWAYS));
            builder.discount(new PriceBook.Discount("DG-" + a, "dg", account, null, groups.get(a % groups.size()),
                    new BigDecimal("4"), Validity.ALWAYS));
            builder.promotion(new PriceBook.Promotion("P-" + a, "p", PriceBook.PromotionKind.PERCENT, null,
                    groups.get((a + 1) % groups.size()), new BigDecimal("5"), null, 1, 0, 0,
                    new PriceBook.Audience(Set.of(account), null), new Validity(today.minusDays(5), today.plusDays(5))));
            if (a % 2 == 1) {
                builder.accountAssortment(account, new Assortment("A-" + a, "a",
                        Set.copyOf(groups.subList(0, groups.size() / 2)), Set.of()));
            }
        }
        return new BenchPricing(builder.build());
    }

    private static TierTable tiers(BigDecimal list, String ten, String fifty) {
        var prices = new TreeMap<Integer, BigDecimal>();
        prices.put(1, list);
        prices.put(10, list.multiply(new BigDecimal(ten)));
        prices.put(50, list.multiply(new BigDecimal(fifty)));
        return TierTable.of(prices);
    }

    public java.util.Optional<Assortment> assortment(UUID account, String category) {
        return book.assortment(account, category);
    }

    /** Prices a result page as the portal does: each hit at the buyer's minimum lot. */
    public List<PriceQuote> price(UUID account, String category, List<ProductSnapshot> hits) {
        var buyer = new PriceBook.Buyer(account, category);
        var today = LocalDate.now();
        return hits.stream().map(p -> PriceResolver.resolve(book, buyer, new PriceBook.Item(p.sku(), p.category(), p.listPrice()),
                book.lot(buyer, new PriceBook.Item(p.sku(), p.category(), p.listPrice()), p.minOrderQuantity(), p.orderMultiple()).minimum(),
                today)).toList();
    }
}
