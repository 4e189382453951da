package dev.feira.rfq.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerCaller;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.PortalUser;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.RfqCancelled;
import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.RfqPublished;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.RfqStatus;
import dev.feira.rfq.RfqSummary;
import dev.feira.rfq.Rfqs;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * The buyer's side of the RFQ marketplace. The caller's company is read from whoever is signed in, never taken from
 * the request: a purchaser cannot reach another company's RFQ by naming its id. Each transaction is bound to that
 * company (row-level security) and every query names it too.
 */
@Service
class RfqDesk implements Rfqs {

    private final RfqStore rfqs;
    private final CompanyBinding company;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final CatalogAccess access;
    private final SupplierQuoteReader quotes;
    private final RfqAwarding awarding;
    private final CostOfCapital costOfCapital;
    private final MessageThread thread;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SupplierSuggestions suggestions;
    private final AttachmentShelf attachments;
    private final LiveRfqs live;
    private final dev.feira.catalog.Catalog catalog;

    RfqDesk(RfqStore rfqs, CompanyBinding company, BuyerAccountDirectory accounts, TenantDirectory tenants, CatalogAccess access,
            SupplierQuoteReader quotes, RfqAwarding awarding, CostOfCapital costOfCapital, MessageThread thread,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions, SupplierSuggestions suggestions,
            dev.feira.catalog.Catalog catalog, AttachmentShelf attachments, LiveRfqs live) {
        this.attachments = attachments;
        this.live = live;
        this.thread = thread;
        this.suggestions = suggestions;
        this.catalog = catalog;
        this.costOfCapital = costOfCapital;
        this.awarding = awarding;
        this.rfqs = rfqs;
        this.company = company;
        this.accounts = accounts;
        this.tenants = tenants;
        this.access = access;
        this.quotes = quotes;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public RfqId create(RfqDraft draft, Set<TenantId> suppliers) {
        BuyerCaller buyer = purchaser();
        RfqRules.check(draft, suppliers, clock);
        String currency = currencyOf(draft, askable(suppliers));
        return transaction.execute(status -> {
            company.bind(buyer.buyerCompany());
            var rfq = new Rfq(buyer.buyerCompany(), "RFQ-%06d".formatted(rfqs.nextNumber()),
                    buyer.person().map(PortalUser::id).orElse(null), buyer.name(), clock.instant());
            rfq.write(draft, currency, suppliers);
            return rfqs.save(rfq).rfqId();
        });
    }

    @Override
    public BuyerRfq revise(RfqId id, RfqDraft draft, Set<TenantId> suppliers) {
        BuyerCaller buyer = purchaser();
        transaction.executeWithoutResult(status -> {
            Rfq rfq = load(buyer, id); // another company's RFQ is unknown, whatever the draft says
            RfqRules.check(draft, suppliers, clock);
            rfq.write(draft, currencyOf(draft, askable(suppliers)), suppliers);
            rfqs.save(rfq);
        });
        return byId(id).orElseThrow(() -> new UnknownRfq(id));
    }

    @Override
    public BuyerRfq publish(RfqId id) {
        BuyerCaller buyer = purchaser();
        transaction.executeWithoutResult(status -> {
            Rfq rfq = load(buyer, id);
            if (rfq.lines().isEmpty()) {
                throw new RfqRefusal("no-lines", "Add at least one line before sending RFQ " + rfq.number(), rfq.number());
            }
            if (rfq.invitedSuppliers().isEmpty()) {
                throw new RfqRefusal("no-suppliers", "Choose at least one supplier before sending RFQ " + rfq.number(), rfq.number());
            }
            Instant now = clock.instant();
            if (rfq.deadline() == null || !rfq.deadline().isAfter(now)) {
                throw new RfqRefusal("deadline-past", "The response deadline must be in the future");
            }
            askable(Set.copyOf(rfq.invitedSuppliers())); // an account closed since the draft was written
            rfq.publish(now);
            rfqs.save(rfq);
            events.publishEvent(new RfqPublished(rfq.rfqId(), rfq.number(), rfq.buyerCompanyId(), rfq.invitedSuppliers(), rfq.deadline(), now));
        });
        return byId(id).orElseThrow(() -> new UnknownRfq(id));
    }

    @Override
    public BuyerRfq award(RfqId id, List<dev.feira.rfq.AwardLine> lines) {
        awarding.award(purchaser(), id, lines);
        return byId(id).orElseThrow(() -> new UnknownRfq(id));
    }

    @Override
    public BuyerRfq negotiate(RfqId id, dev.feira.rfq.NegotiationRound round) {
        BuyerCaller buyer = purchaser();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            Rfq rfq = load(buyer, id);
            rfq.closeIfDue(now);
            if (rfq.status().takesQuotes()) {
                throw new RfqRefusal("negotiate-before-deadline", "Quotes of " + rfq.number() + " are still coming in: negotiate after the deadline",
                        rfq.number());
            }
            var quoted = rfq.invited().stream().filter(s -> s.status() == dev.feira.rfq.QuoteStatus.SUBMITTED).map(Rfq.Invited::supplier)
                    .collect(java.util.stream.Collectors.toSet());
            if (round.suppliers().isEmpty() || !quoted.containsAll(round.suppliers())) {
                throw new RfqRefusal("negotiate-suppliers", "A round goes to suppliers that quoted");
            }
            if (round.deadline() == null || !round.deadline().isAfter(now)) {
                throw new RfqRefusal("deadline-past", "The response deadline must be in the future");
            }
            var lineIds = rfq.lines().stream().map(Rfq.Line::lineId).collect(java.util.stream.Collectors.toSet());
            if (!lineIds.containsAll(round.targets().keySet()) || round.targets().values().stream()
                    .anyMatch(t -> t == null || t.signum() < 0 || t.scale() > 4)) {
                throw new RfqRefusal("negotiate-targets", "Targets are zero or more, for lines of this RFQ");
            }
            String note = round.note() == null || round.note().isBlank() ? null : round.note().strip();
            if (note != null && note.length() > 2000) {
                throw new RfqRefusal("text-too-long", "A round's note has up to 2,000 characters");
            }
            rfq.negotiate(round.deadline());
            rfqs.save(rfq);
            events.publishEvent(new dev.feira.rfq.RoundOpened(rfq.rfqId(), rfq.number(), rfq.buyerCompanyId(), rfq.round(),
                    List.copyOf(round.suppliers()), round.deadline(), round.targets(), note, now));
        });
        return byId(id).orElseThrow(() -> new UnknownRfq(id));
    }

    @Override
    public List<dev.feira.rfq.QuoteMessage> messages(RfqId id, TenantId supplier) {
        Rfq rfq = sentTo(member(), id, supplier);
        return thread.of(supplier, rfq.id());
    }

    @Override
    public dev.feira.rfq.QuoteMessage write(RfqId id, TenantId supplier, java.util.UUID line, String body) {
        BuyerCaller buyer = member();
        Rfq rfq = sentTo(buyer, id, supplier);
        return thread.write(supplier, rfq.id(), line, true, buyer.name(), body);
    }

    /** The company's RFQ, once sent, and one of the suppliers it was sent to. */
    private Rfq sentTo(BuyerCaller buyer, RfqId id, TenantId supplier) {
        Rfq rfq = transaction.execute(status -> load(buyer, id));
        if (rfq.status() == RfqStatus.DRAFT || supplier == null || !rfq.invitedSuppliers().contains(supplier)) {
            throw new RfqRefusal("message-no-invitation", "This supplier was not asked to quote this RFQ");
        }
        return rfq;
    }

    @Override
    public BuyerRfq cancel(RfqId id, String reason) {
        BuyerCaller buyer = purchaser();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw new RfqRefusal("reason-too-long", "A reason has up to 500 characters");
        }
        transaction.executeWithoutResult(status -> {
            Rfq rfq = load(buyer, id);
            boolean sent = rfq.status() != RfqStatus.DRAFT;
            rfq.cancel(why);
            rfqs.save(rfq);
            if (sent) {
                events.publishEvent(new RfqCancelled(rfq.rfqId(), rfq.number(), rfq.buyerCompanyId(), rfq.invitedSuppliers(), why,
                        clock.instant()));
            }
        });
        return byId(id).orElseThrow(() -> new UnknownRfq(id));
    }

    @Override
    public Optional<BuyerRfq> byId(RfqId id) {
        BuyerCaller buyer = member();
        Instant now = clock.instant();
        Optional<Rfq> found = transaction.execute(status -> {
            company.bind(buyer.buyerCompany());
            var rfq = rfqs.findByIdAndBuyerCompanyId(id.value(), buyer.buyerCompany());
            rfq.filter(r -> r.closeIfDue(now)).ifPresent(rfqs::save);
            return rfq;
        });
        return found.map(rfq -> rfq.view(answers(rfq, now)));
    }

    /** Per supplier: where its answer stands, and its latest revision once the buyer may see prices. */
    private List<BuyerRfq.Answer> answers(Rfq rfq, Instant now) {
        List<BuyerRfq.Answer> answers = new ArrayList<>();
        for (var invited : rfq.invited()) {
            String name = tenants.byId(invited.supplier()).map(TenantProfile::name).orElse("?");
            var quote = invited.status() == QuoteStatus.SUBMITTED && rfq.quotesOpenAt(now)
                    ? quotes.latest(invited.supplier(), rfq.id()) : Optional.<dev.feira.rfq.QuoteRevision>empty();
            answers.add(new BuyerRfq.Answer(invited.supplier(), name, invited.status(), invited.revisions(), invited.answeredAt(),
                    invited.declineReason(), quote));
        }
        return answers;
    }

    @Override
    public byte[] comparisonWorkbook(RfqId id, java.util.Locale locale) {
        var rfq = byId(id).orElseThrow(() -> new UnknownRfq(id));
        return QuoteDocuments.comparisonWorkbook(rfq, dev.feira.rfq.RfqComparison.of(rfq, costOfCapital()), locale);
    }

    @Override
    public byte[] quotePdf(RfqId id, TenantId supplier, java.util.Locale locale) {
        var rfq = byId(id).orElseThrow(() -> new UnknownRfq(id));
        var answer = rfq.answers().stream().filter(a -> a.supplier().equals(supplier)).findFirst()
                .orElseThrow(() -> new RfqRefusal("message-no-invitation", "This supplier was not asked to quote this RFQ"));
        var quote = answer.quote().orElseThrow(() -> new RfqRefusal("no-quote-to-show", "No quote of " + answer.supplierName()
                + " to show yet", answer.supplierName()));
        var buyer = member();
        var letterhead = new QuoteDocuments.Letterhead(answer.supplierName(), tenants.byId(supplier).map(TenantProfile::primaryColor)
                .orElse(null), buyer.companyName(), rfq.number(), rfq.title());
        return QuoteDocuments.quotePdf(letterhead, rfq.lines().stream().map(l -> new QuoteDocuments.Asked(l.lineId(), l.position(),
                l.description(), l.quantity(), l.unit())).toList(), quote, locale);
    }

    @Override
    public List<RfqSummary> ofCompany(Optional<RfqStatus> status, int pageNumber, int size) {
        BuyerCaller buyer = member();
        return transaction.execute(tx -> {
            company.bind(buyer.buyerCompany());
            Instant now = clock.instant();
            // An RFQ whose deadline passed is listed as what it is now: closed (or expired), not open.
            var page = rfqs.findOfCompany(buyer.buyerCompany(), status.orElse(null), PageRequest.of(pageNumber, size));
            for (Rfq rfq : page) {
                if (rfq.closeIfDue(now)) {
                    rfqs.save(rfq);
                }
            }
            return page.stream().map(Rfq::summary).toList();
        });
    }

    @Override
    public long countOfCompany(Optional<RfqStatus> status) {
        BuyerCaller buyer = member();
        return transaction.execute(tx -> {
            company.bind(buyer.buyerCompany());
            return rfqs.countOfCompany(buyer.buyerCompany(), status.orElse(null));
        });
    }

    @Override
    public java.math.BigDecimal costOfCapital() {
        BuyerCaller buyer = member();
        return transaction.execute(status -> {
            company.bind(buyer.buyerCompany());
            return costOfCapital.of(buyer.buyerCompany());
        });
    }

    @Override
    public void setCostOfCapital(java.math.BigDecimal yearly) {
        BuyerCaller buyer = member();
        if (buyer.person().filter(p -> p.has(dev.feira.identity.Role.BUYER_ADMIN)).isEmpty()) {
            throw new AccessDeniedException("The company's buyer admin sets its cost of capital");
        }
        if (yearly == null || yearly.signum() < 0 || yearly.compareTo(new java.math.BigDecimal("5")) > 0 || yearly.scale() > 4) {
            throw new RfqRefusal("cost-of-capital", "The cost of capital is 0 to 500 % a year");
        }
        transaction.executeWithoutResult(status -> {
            company.bind(buyer.buyerCompany());
            costOfCapital.set(buyer.buyerCompany(), yearly);
        });
    }

    @Override
    public Runnable listen(RfqId id, Runnable answered) {
        member();
        return live.listen(id, answered);
    }

    @Override
    public dev.feira.rfq.RfqAttachment attach(RfqId id, String fileName, byte[] content) {
        BuyerCaller buyer = purchaser();
        return transaction.execute(status -> {
            Rfq rfq = load(buyer, id);
            if (rfq.status() != RfqStatus.DRAFT && !rfq.status().takesQuotes()) {
                throw new RfqRefusal("attachment-closed", "Files are attached while " + rfq.number() + " takes quotes", rfq.number());
            }
            return attachments.add(buyer.buyerCompany(), id.value(), fileName, content, buyer.name(), clock.instant());
        });
    }

    @Override
    public List<dev.feira.rfq.RfqAttachment> attachments(RfqId id) {
        BuyerCaller buyer = member();
        return transaction.execute(status -> {
            load(buyer, id);
            return attachments.of(buyer.buyerCompany(), id.value());
        });
    }

    @Override
    public Optional<dev.feira.rfq.RfqAttachment.Content> attachment(RfqId id, java.util.UUID attachment) {
        BuyerCaller buyer = member();
        return transaction.execute(status -> {
            load(buyer, id);
            return attachments.content(buyer.buyerCompany(), id.value(), attachment);
        });
    }

    @Override
    public void detach(RfqId id, java.util.UUID attachment) {
        BuyerCaller buyer = purchaser();
        transaction.executeWithoutResult(status -> {
            Rfq rfq = load(buyer, id);
            if (rfq.status() != RfqStatus.DRAFT) {
                throw new RfqRefusal("attachment-sent", "The suppliers have the files of " + rfq.number() + ": they stay", rfq.number());
            }
            attachments.remove(buyer.buyerCompany(), id.value(), attachment);
        });
    }

    @Override
    public List<Rfqs.SupplierSuggestion> suggestSuppliers(List<dev.feira.rfq.RfqDraft.Line> lines) {
        member();
        return suggestions.suggest(lines == null ? List.of() : lines);
    }

    @Override
    public Optional<dev.feira.rfq.RfqDraft.Line> lineFor(TenantId supplier, String sku, int quantity) {
        member();
        if (supplier == null || sku == null || quantity < 1 || tenants.byId(supplier).filter(access::mayBrowse).isEmpty()) {
            return Optional.empty();
        }
        return TenantContext.callAs(supplier, () -> catalog.bySku(sku.strip()))
                .map(product -> new dev.feira.rfq.RfqDraft.Line(product.name(), quantity, product.unit(), null, product.sku(), supplier,
                        product.gtin(), product.mpn()));
    }

    @Override
    public List<SupplierChoice> askableSuppliers() {
        member();
        return tenants.all().stream().filter(access::mayBrowse).sorted(java.util.Comparator.comparing(TenantProfile::name))
                .map(t -> new SupplierChoice(t.id(), t.slug(), t.name())).toList();
    }

    private Rfq load(BuyerCaller buyer, RfqId id) {
        company.bind(buyer.buyerCompany());
        return rfqs.findByIdAndBuyerCompanyId(id.value(), buyer.buyerCompany()).orElseThrow(() -> new UnknownRfq(id));
    }

    /**
     * Anyone of the company reads its RFQs (approvers too), on the marketplace or on a supplier's portal it may enter:
     * a private supplier's portal is not a door for the companies it does not serve.
     */
    private BuyerCaller member() {
        var buyer = accounts.buyerCaller().orElseThrow(() -> new AccessDeniedException("RFQs are a buyer company's"));
        if (tenants.current().filter(portal -> !access.mayBrowse(portal)).isPresent()) {
            throw new AccessDeniedException("This supplier's portal is for its customers");
        }
        return buyer;
    }

    /** Writing and sending RFQs is buying: purchasers, buyer admins, the company's systems. */
    private BuyerCaller purchaser() {
        BuyerCaller buyer = member();
        if (!buyer.mayPurchase()) {
            throw new AccessDeniedException("Only the company's purchasers write RFQs");
        }
        return buyer;
    }

    /**
     * The suppliers the caller may ask: those whose catalogs it may see (a private supplier only where the company has
     * an account). Any other is refused without saying whether it exists.
     */
    private List<TenantProfile> askable(Set<TenantId> suppliers) {
        List<TenantProfile> profiles = new ArrayList<>();
        for (TenantId id : new LinkedHashSet<>(suppliers)) {
            var supplier = tenants.byId(id).filter(access::mayBrowse)
                    .orElseThrow(() -> new RfqRefusal("supplier", "Supplier " + id + " is not one you can ask for quotes", id));
            profiles.add(supplier);
        }
        return profiles;
    }

    private static String currencyOf(RfqDraft draft, List<TenantProfile> suppliers) {
        if (draft.currency() != null && !draft.currency().isBlank()) {
            return Currency.getInstance(draft.currency().strip()).getCurrencyCode();
        }
        return suppliers.stream().findFirst().map(s -> s.currency().getCurrencyCode()).orElse("BRL");
    }
}
