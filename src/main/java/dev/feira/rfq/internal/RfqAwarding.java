package dev.feira.rfq.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerCaller;
import dev.feira.ordering.Orders;
import dev.feira.ordering.QuotedOrder;
import dev.feira.rfq.AwardLine;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.RfqAwarded;
import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.RfqStatus;
import dev.feira.rfq.Rfqs;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * Turns an award into orders. Everything is checked first (nothing happens on a refusal); then one order per supplier
 * is placed at its quoted prices, as the purchaser who awards (so the company's approvals apply), with an order key
 * fixed by the RFQ and the supplier: awarding again after a failure half-way finds the orders already placed, and one
 * RFQ never makes two orders at one supplier. Only then does the RFQ become awarded and ordered.
 */
@Component
class RfqAwarding {

    private static final ZoneId BUYER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final RfqStore rfqs;
    private final CompanyBinding company;
    private final SupplierQuoteReader quotes;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RfqAwarding(RfqStore rfqs, CompanyBinding company, SupplierQuoteReader quotes, BuyerAccountDirectory accounts,
                TenantDirectory tenants, Orders orders, ApplicationEventPublisher events, Clock clock,
                PlatformTransactionManager transactions) {
        this.rfqs = rfqs;
        this.company = company;
        this.quotes = quotes;
        this.accounts = accounts;
        this.tenants = tenants;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    void award(BuyerCaller buyer, RfqId id, List<AwardLine> awards) {
        Instant now = clock.instant();
        Rfq rfq = transaction.execute(status -> {
            company.bind(buyer.buyerCompany());
            var found = rfqs.findByIdAndBuyerCompanyId(id.value(), buyer.buyerCompany()).orElseThrow(() -> new Rfqs.UnknownRfq(id));
            if (found.closeIfDue(now)) {
                rfqs.save(found);
            }
            return found;
        });
        if (rfq.status() == RfqStatus.PUBLISHED || rfq.status() == RfqStatus.NEGOTIATING) {
            throw new RfqRefusal("award-before-deadline", "Quotes of " + rfq.number() + " open at the deadline; award after it", rfq.number());
        }
        if (rfq.status() == RfqStatus.EXPIRED) {
            throw new RfqRefusal("award-expired", "No quote reached " + rfq.number() + " by its deadline; nothing to award", rfq.number());
        }
        if (rfq.status() != RfqStatus.CLOSED) {
            throw new RfqRefusal("transition", "RFQ " + rfq.number() + " cannot be awarded now", rfq.number());
        }
        var bySupplier = checked(rfq, awards, now);
        var placed = new ArrayList<Rfq.Award>();
        for (var entry : bySupplier.entrySet()) {
            placed.addAll(place(rfq, entry.getKey(), entry.getValue(), buyer));
        }
        transaction.executeWithoutResult(status -> {
            company.bind(buyer.buyerCompany());
            var current = rfqs.findByIdAndBuyerCompanyId(id.value(), buyer.buyerCompany()).orElseThrow();
            var quotedLines = new HashMap<TenantId, Integer>();
            bySupplier.forEach((supplier, lines) -> quotedLines.put(supplier, (int) lines.quote.lines().stream()
                    .filter(QuoteRevision.Line::quoted).count()));
            var fully = new ArrayList<TenantId>();
            var partly = new ArrayList<TenantId>();
            bySupplier.forEach((supplier, lines) -> {
                boolean all = lines.lines.size() == quotedLines.get(supplier) && lines.lines.stream().allMatch(AwardedLine::inFull);
                (all ? fully : partly).add(supplier);
            });
            current.awarded(placed, fully, partly, now);
            rfqs.save(current);
            events.publishEvent(new RfqAwarded(current.rfqId(), current.number(), current.buyerCompanyId(), fully, partly,
                    current.invitedSuppliers(), now));
        });
    }

    /** What one supplier gets: its latest quote and the lines awarded to it. */
    private record SupplierAward(QuoteRevision quote, List<AwardedLine> lines) {
    }

    private record AwardedLine(BuyerRfq.Line asked, QuoteRevision.Line quoted, int quantity) {
        boolean inFull() {
            return quantity >= quoted.quantity().orElse(asked.quantity());
        }
    }

    /** Every rule of an award, before anything is placed. */
    private Map<TenantId, SupplierAward> checked(Rfq rfq, List<AwardLine> awards, Instant now) {
        if (awards == null || awards.isEmpty()) {
            throw new RfqRefusal("award-empty", "Award at least one line");
        }
        var view = rfq.view(List.of());
        Map<UUID, BuyerRfq.Line> lines = new HashMap<>();
        view.lines().forEach(l -> lines.put(l.lineId(), l));
        var invited = rfq.invitedSuppliers();
        Map<UUID, Integer> perLine = new HashMap<>();
        Map<TenantId, SupplierAward> bySupplier = new LinkedHashMap<>();
        LocalDate today = LocalDate.ofInstant(now, BUYER_ZONE);
        for (AwardLine award : awards) {
            BuyerRfq.Line asked = lines.get(award.lineId());
            if (asked == null || award.supplier() == null || !invited.contains(award.supplier())) {
                throw new RfqRefusal("award-unknown", "An award names lines and suppliers of this RFQ");
            }
            if (award.quantity() < 1) {
                throw new RfqRefusal("award-quantity", "Line " + asked.position() + ": award 1 or more", asked.position());
            }
            int total = perLine.merge(award.lineId(), award.quantity(), Integer::sum);
            if (total > asked.quantity()) {
                throw new RfqRefusal("award-more-than-asked", "Line " + asked.position() + ": more awarded than the " + asked.quantity()
                        + " asked", asked.position(), asked.quantity());
            }
            var supplierAward = bySupplier.computeIfAbsent(award.supplier(), supplier -> new SupplierAward(quotes.latest(supplier, rfq.id())
                    .orElseThrow(() -> new RfqRefusal("award-not-quoted", "A supplier that did not quote cannot be awarded",
                            name(supplier))), new ArrayList<>()));
            if (supplierAward.quote().validUntil().isBefore(today)) {
                throw new RfqRefusal("award-quote-expired", "The quote of " + name(award.supplier()) + " expired on "
                        + supplierAward.quote().validUntil(), name(award.supplier()));
            }
            var quoted = supplierAward.quote().lines().stream().filter(l -> l.lineId().equals(award.lineId()) && l.quoted()).findFirst()
                    .orElseThrow(() -> new RfqRefusal("award-line-not-quoted", "Line " + asked.position() + " was not quoted by "
                            + name(award.supplier()), asked.position(), name(award.supplier())));
            int offered = quoted.quantity().orElse(asked.quantity());
            if (award.quantity() > offered) {
                throw new RfqRefusal("award-more-than-quoted", "Line " + asked.position() + ": " + name(award.supplier()) + " quoted "
                        + offered + ", not " + award.quantity(), asked.position(), name(award.supplier()), offered);
            }
            supplierAward.lines().add(new AwardedLine(asked, quoted, award.quantity()));
        }
        if (rfq.awardMode() == RfqDraft.AwardMode.WHOLE && (bySupplier.size() > 1 || perLine.size() < lines.size())) {
            throw new RfqRefusal("award-whole", "This RFQ is awarded whole: every line to one supplier");
        }
        for (TenantId supplier : bySupplier.keySet()) {
            if (TenantContext.callAs(supplier, () -> accounts.accountOfCompany(rfq.buyerCompanyId())).isEmpty()) {
                throw new RfqRefusal("award-no-account", "Your company needs an account at " + name(supplier) + " to order there",
                        name(supplier));
            }
        }
        return bySupplier;
    }

    private List<Rfq.Award> place(Rfq rfq, TenantId supplier, SupplierAward award, BuyerCaller buyer) {
        var quote = award.quote();
        var lines = award.lines().stream().map(l -> new QuotedOrder.Line(
                l.quoted().alternativeSku() != null ? l.quoted().alternativeSku() : l.asked().supplier() != null
                        && l.asked().supplier().equals(supplier) ? l.asked().sku() : null,
                l.quoted().alternativeName() != null ? l.quoted().alternativeName() : l.asked().description(),
                l.quoted().unit() != null ? l.quoted().unit() : l.asked().unit(), l.quantity(), l.quoted().unitPrice().orElseThrow())).toList();
        int leadTime = award.lines().stream().mapToInt(l -> l.quoted().leadTimeDays().orElse(0)).max().orElse(0);
        var order = new QuotedOrder(rfq.number(), Currency.getInstance(quote.currency()), quote.paymentTerms(), quote.freight(), leadTime, lines);
        var placed = TenantContext.callAs(supplier, () -> orders.placeQuoted(
                accounts.accountOfCompany(rfq.buyerCompanyId()).orElseThrow(), orderKey(rfq, supplier), order));
        return award.lines().stream().map(l -> new Rfq.Award(l.asked().lineId(), supplier, l.quantity(), l.quoted().unitPrice().orElseThrow(),
                placed.id(), placed.number())).toList();
    }

    /** Fixed by the RFQ and the supplier (and short enough for an order key): the same award places the same order. */
    static String orderKey(Rfq rfq, TenantId supplier) {
        return "rfq-" + UUID.nameUUIDFromBytes((rfq.id() + "/" + supplier).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private String name(TenantId supplier) {
        return tenants.byId(supplier).map(TenantProfile::name).orElse(supplier.toString());
    }
}
