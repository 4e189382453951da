package dev.feira.pricing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.feira.pricing.ConditionsChanged;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.live.ClusterSignals;
import dev.feira.tenancy.TenantDirectory;

/**
 * Each tenant's {@link PriceBook}, compiled from the database once and kept until its conditions
 * change. A change evicts at once here and, through a cluster signal once it commits, on every other
 * instance; the time limit is the fallback should a signal be lost.
 */
@Component
class PriceBooks {

    private static final Logger log = LoggerFactory.getLogger(PriceBooks.class);
    static final Duration MAX_AGE = Duration.ofSeconds(60);
    static final String CHANGED = "price-books-changed";

    private record Compiled(PriceBook book, Instant at) {
    }

    private final Map<TenantId, Compiled> books = new ConcurrentHashMap<>();
    private final PriceLists lists;
    private final PriceListEntries entries;
    private final DiscountRules discounts;
    private final Promotions promotions;
    private final TradeTermsEntries terms;
    private final AssortmentDefinitions assortments;
    private final OrderRules orderRules;
    private final TenantDirectory tenants;
    private final TransactionTemplate snapshot;
    private final ClusterSignals signals;
    private final Clock clock = Clock.systemUTC();

    PriceBooks(PriceLists lists, PriceListEntries entries, DiscountRules discounts, Promotions promotions,
               TradeTermsEntries terms, AssortmentDefinitions assortments, OrderRules orderRules, TenantDirectory tenants,
               PlatformTransactionManager transactions, ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(CHANGED, tenant -> books.remove(new TenantId(UUID.fromString(tenant))));
        this.assortments = assortments;
        this.orderRules = orderRules;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.lists = lists;
        this.entries = entries;
        this.discounts = discounts;
        this.promotions = promotions;
        this.terms = terms;
        this.tenants = tenants;
    }

    /** The current tenant's book. */
    PriceBook current() {
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        Compiled compiled = books.get(tenant);
        if (compiled == null || compiled.at().plus(MAX_AGE).isBefore(now)) {
            // One read-only transaction, so the book is one consistent snapshot of the conditions.
            compiled = new Compiled(snapshot.execute(status -> compile(tenant)), now);
            books.put(tenant, compiled);
        }
        return compiled.book();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ConditionsChanged event) {
        books.remove(event.tenant());
        signals.send(CHANGED, event.tenant().value().toString());
    }

    private PriceBook compile(TenantId tenant) {
        var currency = tenants.byId(tenant).orElseThrow().currency();
        var book = PriceBook.in(currency);
        Map<UUID, Map<String, Map<Integer, java.math.BigDecimal>>> pricesByList = new HashMap<>();
        for (PriceListEntry entry : entries.findAll()) {
            pricesByList.computeIfAbsent(entry.key().priceListId(), id -> new HashMap<>())
                    .computeIfAbsent(entry.key().sku(), sku -> new TreeMap<>())
                    .put(entry.key().minQuantity(), entry.unitPrice());
        }
        for (PriceList list : lists.findAll()) {
            if (!list.currency().equals(currency.getCurrencyCode())) {
                log.warn("Price list {} is in {}, the supplier sells in {}: not applied", list.code(), list.currency(), currency);
                continue;
            }
            var tiers = new HashMap<String, TierTable>();
            pricesByList.getOrDefault(list.id(), Map.of()).forEach((sku, prices) -> tiers.put(sku, TierTable.of(prices)));
            var compiled = new PriceBook.ListPrices(list.code(), list.name(), list.validity(), list.priority(), Map.copyOf(tiers));
            if (list.buyerAccountId() != null) {
                book.accountList(list.buyerAccountId(), compiled);
            } else if (list.customerCategory() != null) {
                book.categoryList(list.customerCategory(), compiled);
            } else {
                book.generalList(compiled);
            }
        }
        discounts.findAll().forEach(rule -> book.discount(rule.compile()));
        promotions.findAll().forEach(promotion -> book.promotion(promotion.compile()));
        List<TradeTermsEntry> allTerms = new ArrayList<>(terms.findAll());
        for (TradeTermsEntry entry : allTerms) {
            if (entry.buyerAccountId() == null) {
                book.defaultTerms(entry.compile(currency));
            } else {
                book.accountTerms(entry.buyerAccountId(), entry.compile(currency));
            }
        }
        for (AssortmentDefinition assortment : assortments.findAll()) {
            if (assortment.buyerAccountId() != null) {
                book.accountAssortment(assortment.buyerAccountId(), assortment.compile());
            } else {
                book.categoryAssortment(assortment.customerCategory(), assortment.compile());
            }
        }
        orderRules.findAll().forEach(rule -> book.lotRule(rule.compile()));
        return book.build();
    }
}
