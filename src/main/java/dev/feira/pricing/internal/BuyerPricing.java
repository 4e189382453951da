package dev.feira.pricing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.TradeTerms;

/** Prices for the current supplier's buyers, resolved from its compiled {@link PriceBook}. */
@Service
class BuyerPricing implements Pricing {

    private final PriceBooks books;
    private final Clock clock;

    BuyerPricing(PriceBooks books) {
        this.books = books;
        // Days change in the supplier's market, not in UTC: a list valid "until the 31st" applies all of that day in Brazil.
        this.clock = Clock.system(java.time.ZoneId.of("America/Sao_Paulo"));
    }

    @Override
    public PriceQuote quote(ProductSnapshot product, int quantity, Optional<BuyerAccountProfile> buyer) {
        return PriceResolver.resolve(books.current(), buyer.map(BuyerPricing::buyer).orElse(null), item(product),
                quantity, LocalDate.now(clock));
    }

    @Override
    public List<PriceQuote> quoteAtMinimumLot(List<ProductSnapshot> products, Optional<BuyerAccountProfile> buyer) {
        PriceBook book = books.current();
        PriceBook.Buyer who = buyer.map(BuyerPricing::buyer).orElse(null);
        LocalDate today = LocalDate.now(clock);
        return products.stream()
                .map(p -> PriceResolver.resolve(book, who, item(p), Math.max(1, lot(book, who, p).minimum()), today))
                .toList();
    }

    @Override
    public dev.feira.pricing.OrderLot orderLot(ProductSnapshot product, Optional<BuyerAccountProfile> buyer) {
        return lot(books.current(), buyer.map(BuyerPricing::buyer).orElse(null), product);
    }

    private static dev.feira.pricing.OrderLot lot(PriceBook book, PriceBook.Buyer buyer, ProductSnapshot product) {
        return book.lot(buyer, item(product), product.minOrderQuantity(), product.orderMultiple());
    }

    @Override
    public TradeTerms terms(Optional<BuyerAccountProfile> buyer) {
        return books.current().terms(buyer.map(BuyerAccountProfile::id).orElse(null));
    }

    @Override
    public Optional<dev.feira.pricing.Assortment> assortment(Optional<BuyerAccountProfile> buyer) {
        return buyer.flatMap(b -> books.current().assortment(b.id(), b.customerCategory()));
    }

    @Override
    public dev.feira.pricing.AccountConditions conditionsOf(BuyerAccountProfile buyer) {
        return books.current().conditionsOf(buyer.id(), buyer.customerCategory(), LocalDate.now(clock));
    }

    private static PriceBook.Buyer buyer(BuyerAccountProfile account) {
        return new PriceBook.Buyer(account.id(), account.customerCategory());
    }

    private static PriceBook.Item item(ProductSnapshot product) {
        return new PriceBook.Item(product.sku(), product.category(), product.listPrice());
    }
}
