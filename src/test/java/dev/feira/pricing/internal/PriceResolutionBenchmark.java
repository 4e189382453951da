package dev.feira.pricing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.internal.PriceBook.Audience;
import dev.feira.pricing.internal.PriceBook.Buyer;
import dev.feira.pricing.internal.PriceBook.Discount;
import dev.feira.pricing.internal.PriceBook.Item;
import dev.feira.pricing.internal.PriceBook.ListPrices;
import dev.feira.pricing.internal.PriceBook.Promotion;
import dev.feira.pricing.internal.PriceBook.PromotionKind;

/**
 * Price resolution on one core, for a buyer to whom ten rules apply: its own list (that does not
 * hold the item), its category's and the general list with volume tiers, four discounts and three
 * promotions, in a book of 10,000 SKUs. Run with {@code bench/run PriceResolutionBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class PriceResolutionBenchmark {

    static final int SKUS = 10_000;
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    PriceBook book;
    Buyer buyer;
    Item[] items;
    List<Item> page;
    int next;

    @Setup
    public void compile() {
        var account = UUID.randomUUID();
        buyer = new Buyer(account, "construtoras");
        Map<String, TierTable> general = new HashMap<>();
        Map<String, TierTable> category = new HashMap<>();
        Map<String, TierTable> own = new HashMap<>();
        items = new Item[SKUS];
        for (int i = 0; i < SKUS; i++) {
            String sku = "SKU-%05d".formatted(i);
            BigDecimal list = BigDecimal.valueOf(1_000 + i * 7L % 90_000, 2);
            items[i] = new Item(sku, i % 2 == 0 ? "Fixadores > Parafusos" : "Fixadores > Porcas", list);
            general.put(sku, tiers(list, "0.96", "0.92"));
            category.put(sku, tiers(list, "0.95", "0.90"));
            own.put("OWN-" + i, tiers(list, "0.80", "0.80"));
        }
        var always = Validity.ALWAYS;
        var promotionValidity = new Validity(TODAY.minusDays(10), TODAY.plusDays(30));
        var builder = PriceBook.in(Currency.getInstance("BRL"))
                .accountList(account, new ListPrices("OWN", "own", always, 0, own))
                .categoryList("construtoras", new ListPrices("CAT", "cat", always, 0, category))
                .generalList(new ListPrices("GERAL", "geral", always, 0, general))
                .discount(new Discount("D-ACC", "acc", account, null, null, new BigDecimal("2"), always))
                .discount(new Discount("D-ACC-G", "acc g", account, null, "Fixadores", new BigDecimal("3"), always))
                .discount(new Discount("D-CAT", "cat", null, "construtoras", "Fixadores > Parafusos", new BigDecimal("4"), always))
                .discount(new Discount("D-ALL", "all", null, null, null, new BigDecimal("1"), always))
                .promotion(new Promotion("P-GROUP", "group", PromotionKind.PERCENT, null, "Fixadores", new BigDecimal("5"), null,
                        1, 0, 0, Audience.EVERYONE, promotionValidity))
                .promotion(new Promotion("P-PILOT", "pilot", PromotionKind.PERCENT, null, "Fixadores > Porcas", new BigDecimal("7"),
                        null, 1, 0, 0, new Audience(Set.of(account), null), promotionValidity))
                .promotion(new Promotion("P-BONUS", "bonus", PromotionKind.BONUS, null, "Fixadores", null, null, 1, 10, 1,
                        new Audience(Set.of(), "construtoras"), promotionValidity));
        book = builder.build();
        page = new ArrayList<>(List.of(items).subList(0, 50));
    }

    private static TierTable tiers(BigDecimal list, String ten, String fifty) {
        var prices = new TreeMap<Integer, BigDecimal>();
        prices.put(1, list);
        prices.put(10, list.multiply(new BigDecimal(ten)));
        prices.put(50, list.multiply(new BigDecimal(fifty)));
        return TierTable.of(prices);
    }

    /** One resolution, cycling through the catalog and three quantities. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public PriceQuote resolveOne() {
        int i = next++;
        return PriceResolver.resolve(book, buyer, items[i % SKUS], 1 + (i % 3) * 30, TODAY);
    }

    /** A search result page of 50 hits, each at its minimum lot. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void priceAPageOf50(Blackhole hole) {
        for (Item item : page) {
            hole.consume(PriceResolver.resolve(book, buyer, item, 1, TODAY));
        }
    }
}
