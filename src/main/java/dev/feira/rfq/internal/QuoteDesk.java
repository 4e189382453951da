package dev.feira.rfq.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.PortalUser;
import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.Pricing;
import dev.feira.rfq.InvitationId;
import dev.feira.rfq.InvitationSummary;
import dev.feira.rfq.QuoteAnswered;
import dev.feira.rfq.QuoteDecided;
import dev.feira.rfq.QuoteDraft;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.QuoteSubmitted;
import dev.feira.rfq.Quotes;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.SupplierInvitation;
import dev.feira.shared.TenantContext;

/**
 * The supplier's side: its invitations and its answers. Every method first checks that the caller manages the supplier
 * whose portal this is; the tenant key then binds every query to that supplier.
 */
@Service
class QuoteDesk implements Quotes {

    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");
    private static final int MAX_QUANTITY = RfqRules.MAX_QUANTITY;

    private final InvitationStore invitations;
    private final RevisionStore revisions;
    private final CatalogAccess access;
    private final CurrentUser currentUser;
    private final BuyerAccountDirectory accounts;
    private final Catalog catalog;
    private final Pricing pricing;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final MessageThread thread;
    private final QuoteMetricsReader metricsReader;
    private final dev.feira.identity.People people;
    private final ResponseTime responseTime;
    private final AttachmentShelf attachments;

    QuoteDesk(InvitationStore invitations, RevisionStore revisions, CatalogAccess access, CurrentUser currentUser,
              BuyerAccountDirectory accounts, Catalog catalog, Pricing pricing, ApplicationEventPublisher events, Clock clock,
              PlatformTransactionManager transactions, MessageThread thread, QuoteMetricsReader metricsReader,
              dev.feira.identity.People people, ResponseTime responseTime, AttachmentShelf attachments) {
        this.attachments = attachments;
        this.thread = thread;
        this.responseTime = responseTime;
        this.metricsReader = metricsReader;
        this.people = people;
        this.invitations = invitations;
        this.revisions = revisions;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.catalog = catalog;
        this.pricing = pricing;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<InvitationSummary> inbox(Optional<QuoteStatus> status, int page, int size) {
        access.requireManager();
        return transaction.execute(tx -> invitations.findInbox(status.orElse(null), PageRequest.of(page, size)).stream()
                .map(QuoteInvitation::summary).toList());
    }

    @Override
    public long countInbox(Optional<QuoteStatus> status) {
        access.requireManager();
        return transaction.execute(tx -> invitations.countInbox(status.orElse(null)));
    }

    @Override
    public Optional<SupplierInvitation> open(InvitationId id) {
        access.requireManager();
        return transaction.execute(tx -> invitations.findById(id.value()).map(invitation -> {
            // Opened by a person: the buyer's "viewed" and the response clock's first mark. A system's read is not a look.
            if (currentUser.get().isPresent() && invitation.status() == QuoteStatus.INVITED) {
                invitation.viewed(clock.instant());
                invitations.save(invitation);
            }
            return view(invitation);
        }));
    }

    @Override
    public byte[] quotePdf(InvitationId id, java.util.Locale locale) {
        var invitation = open(id).orElseThrow(() -> new Quotes.UnknownInvitation(id));
        var quote = invitation.latest().orElseThrow(() -> new RfqRefusal("nothing-submitted", "Nothing was submitted for "
                + invitation.rfqNumber() + " yet", invitation.rfqNumber()));
        var supplier = access.requireManager();
        var letterhead = new QuoteDocuments.Letterhead(supplier.name(), supplier.primaryColor(), invitation.buyerName(),
                invitation.rfqNumber(), invitation.title());
        return QuoteDocuments.quotePdf(letterhead, invitation.lines().stream().map(l -> new QuoteDocuments.Asked(l.lineId(), l.position(),
                l.description(), l.quantity(), l.unit())).toList(), quote, locale);
    }

    @Override
    public List<dev.feira.rfq.RfqAttachment> attachments(InvitationId id) {
        var invitation = invitationFor(id);
        return attachments.forSupplier(invitation.buyerCompanyId(), () -> attachments.of(invitation.buyerCompanyId(), invitation.rfqId().value()));
    }

    @Override
    public Optional<dev.feira.rfq.RfqAttachment.Content> attachment(InvitationId id, UUID attachment) {
        var invitation = invitationFor(id);
        return attachments.forSupplier(invitation.buyerCompanyId(),
                () -> attachments.content(invitation.buyerCompanyId(), invitation.rfqId().value(), attachment));
    }

    /** The supplier's own invitation (its tenant key): only then may it read what the buyer attached. */
    private QuoteInvitation invitationFor(InvitationId id) {
        access.requireManager();
        return transaction.execute(tx -> invitations.findById(id.value())).orElseThrow(() -> new Quotes.UnknownInvitation(id));
    }

    @Override
    public java.time.Duration responseTime() {
        access.requireManager();
        return transaction.execute(tx -> responseTime.current());
    }

    @Override
    public void setResponseTime(java.time.Duration hours) {
        access.requireAdministrator();
        if (hours == null || hours.toMinutes() % 60 != 0 || hours.toHours() < 1 || hours.toHours() > 720) {
            throw new RfqRefusal("response-time", "A response time is 1 to 720 whole hours");
        }
        transaction.executeWithoutResult(tx -> responseTime.set(hours));
    }

    @Override
    public dev.feira.rfq.QuoteMetrics metrics(Instant from, Instant to) {
        access.requireAdministrator();
        if (from == null || to == null || !from.isBefore(to) || java.time.Duration.between(from, to).toDays() > 731) {
            throw new RfqRefusal("metrics-period", "A period starts before it ends and spans two years at most");
        }
        return transaction.execute(tx -> metricsReader.read(from, to, rep -> people.person(rep).map(PortalUser::displayName)));
    }

    /** The current supplier's invitation as its staff see it, for its own systems (webhooks): no caller to check. */
    Optional<SupplierInvitation> invitationOfSupplier(InvitationId id) {
        return transaction.execute(tx -> invitations.findById(id.value()).map(this::view));
    }

    private SupplierInvitation view(QuoteInvitation invitation) {
        var buyer = invitation.buyerAccountId().flatMap(accounts::byId);
        Map<String, Optional<ProductSnapshot>> products = new HashMap<>();
        var order = SupplierQuoteReader.lineOrder(invitation);
        return invitation.view(line -> line.sku().flatMap(sku -> products.computeIfAbsent(sku, catalog::bySku))
                        .map(product -> suggested(product, line.quantity(), buyer)), pricing.terms(buyer),
                revisions.findByInvitationIdOrderByRevision(invitation.id()).stream().map(r -> r.view(order)).toList());
    }

    /** This buyer's own price for the product at that quantity (the one price resolution, with its trace). */
    private PriceQuote suggested(ProductSnapshot product, int quantity, Optional<dev.feira.identity.BuyerAccountProfile> buyer) {
        return pricing.quote(product, quantity, buyer);
    }

    @Override
    public QuoteRevision submit(InvitationId id, QuoteDraft quote) {
        access.requireManager();
        Instant now = clock.instant();
        return transaction.execute(tx -> {
            QuoteInvitation invitation = invitations.findById(id.value()).orElseThrow(() -> new Quotes.UnknownInvitation(id));
            invitation.requireOpen(now);
            Map<String, String> alternatives = check(invitation, quote, now);
            int revision = invitation.submitted(now);
            invitations.save(invitation);
            Optional<PortalUser> person = currentUser.get();
            var entry = revisions.save(new QuoteRevisionEntry(invitation.id(), revision, invitation.round(), now,
                    person.map(PortalUser::id).orElse(null), person.map(PortalUser::displayName).orElse("API"), quote, alternatives));
            announce(invitation, now);
            var submitted = entry.view(SupplierQuoteReader.lineOrder(invitation));
            events.publishEvent(new QuoteSubmitted(TenantContext.require(), invitation.invitationId(), invitation.rfqNumber(),
                    invitation.buyerAccountId(), revision, valueOf(submitted, invitation), java.util.Currency.getInstance(invitation.currency()),
                    (int) submitted.lines().stream().filter(QuoteRevision.Line::quoted).count(), now));
            return submitted;
        });
    }

    @Override
    public SupplierInvitation decline(InvitationId id, String reason) {
        access.requireManager();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 500) {
            throw new RfqRefusal("reason-too-long", "A reason has up to 500 characters");
        }
        Instant now = clock.instant();
        return transaction.execute(tx -> {
            QuoteInvitation invitation = invitations.findById(id.value()).orElseThrow(() -> new Quotes.UnknownInvitation(id));
            invitation.declined(why, now);
            invitations.save(invitation);
            announce(invitation, now);
            return view(invitation);
        });
    }

    @Override
    public SupplierInvitation withdraw(InvitationId id) {
        access.requireManager();
        Instant now = clock.instant();
        return transaction.execute(tx -> {
            QuoteInvitation invitation = invitations.findById(id.value()).orElseThrow(() -> new Quotes.UnknownInvitation(id));
            invitation.withdrawn(now);
            invitations.save(invitation);
            announce(invitation, now);
            events.publishEvent(new QuoteDecided(TenantContext.require(), invitation.invitationId(), invitation.rfqNumber(),
                    QuoteStatus.WITHDRAWN, Optional.empty(), Optional.empty(), Optional.empty(), now));
            return view(invitation);
        });
    }

    @Override
    public List<dev.feira.rfq.QuoteMessage> messages(InvitationId id) {
        access.requireManager();
        var invitation = transaction.execute(tx -> invitations.findById(id.value())).orElseThrow(() -> new Quotes.UnknownInvitation(id));
        return thread.of(TenantContext.require(), invitation.rfqId().value());
    }

    @Override
    public dev.feira.rfq.QuoteMessage write(InvitationId id, java.util.UUID line, String body) {
        var supplier = access.requireManager();
        var invitation = transaction.execute(tx -> invitations.findById(id.value())).orElseThrow(() -> new Quotes.UnknownInvitation(id));
        String author = currentUser.get().map(PortalUser::displayName).orElse(supplier.name());
        return thread.write(supplier.id(), invitation.rfqId().value(), line, false, author, body);
    }

    /** The quoted lines at their prices and quantities (a line quoting no quantity offers what was asked), plus freight. */
    private static BigDecimal valueOf(QuoteRevision quote, QuoteInvitation invitation) {
        Map<UUID, Integer> asked = new HashMap<>();
        invitation.lines().forEach(line -> asked.put(line.lineId(), line.quantity()));
        BigDecimal value = quote.freightValue() == null ? BigDecimal.ZERO : quote.freightValue();
        for (var line : quote.lines()) {
            if (line.quoted()) {
                value = value.add(line.unitPrice().orElseThrow().multiply(BigDecimal.valueOf(line.quantity().orElse(asked.getOrDefault(line.lineId(), 0)))));
            }
        }
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private void announce(QuoteInvitation invitation, Instant now) {
        events.publishEvent(new QuoteAnswered(TenantContext.require(), invitation.invitationId(), invitation.rfqId(), invitation.rfqNumber(),
                invitation.buyerCompanyId(), invitation.status(), invitation.revisions(),
                invitation.status() == QuoteStatus.DECLINED ? invitation.declineReason().orElse(null) : null, now));
    }

    /**
     * A quote answers the lines asked, in the RFQ's currency, with at least one price; alternatives are products of this
     * supplier's catalog. Answers the alternatives' names by SKU.
     */
    private Map<String, String> check(QuoteInvitation invitation, QuoteDraft quote, Instant now) {
        if (quote.currency() == null || !quote.currency().strip().equalsIgnoreCase(invitation.currency())) {
            throw new RfqRefusal("quote-currency", "Quote in " + invitation.currency() + ", the currency of RFQ " + invitation.rfqNumber(),
                    invitation.currency(), invitation.rfqNumber());
        }
        LocalDate today = LocalDate.ofInstant(now, SUPPLIER_ZONE);
        if (quote.validUntil() == null || quote.validUntil().isBefore(today)) {
            throw new RfqRefusal("quote-validity", "A quote is valid until a day from today on");
        }
        if (quote.paymentTerms() == null || quote.paymentTerms().isBlank() || quote.paymentTerms().strip().length() > 200) {
            throw new RfqRefusal("quote-payment-terms", "A quote states its payment terms (up to 200 characters), e.g. 28/56 dias, boleto");
        }
        if (quote.freight() == null) {
            throw new RfqRefusal("quote-freight", "A quote says whether freight is CIF or FOB");
        }
        if (quote.freightValue() != null && (quote.freightValue().signum() < 0 || quote.freightValue().scale() > 2)) {
            throw new RfqRefusal("quote-freight-value", "The freight value is zero or more, in cents at most");
        }
        if (quote.notes() != null && quote.notes().length() > 4000) {
            throw new RfqRefusal("text-too-long", "Notes have up to 4,000 characters");
        }
        Set<UUID> asked = new HashSet<>(SupplierQuoteReader.lineOrder(invitation));
        Set<UUID> answered = new HashSet<>();
        Map<String, String> alternatives = new HashMap<>();
        int priced = 0;
        for (var line : quote.lines()) {
            if (line.lineId() == null || !asked.contains(line.lineId()) || !answered.add(line.lineId())) {
                throw new RfqRefusal("quote-line-unknown", "A quote answers each line of the RFQ once, and only those");
            }
            if (line.unitPrice() != null) {
                priced++;
                BigDecimal price = line.unitPrice();
                if (price.signum() < 0 || price.scale() > 4 || price.precision() - price.scale() > 15) {
                    throw new RfqRefusal("quote-price", "A unit price is zero or more, with up to 4 decimals");
                }
            }
            if (line.quantity() != null && (line.quantity() < 1 || line.quantity() > MAX_QUANTITY)) {
                throw new RfqRefusal("quote-quantity", "A quantity offered is a whole number from 1 to " + MAX_QUANTITY, MAX_QUANTITY);
            }
            if ((line.leadTimeDays() != null && (line.leadTimeDays() < 0 || line.leadTimeDays() > 365))
                    || (line.minLot() != null && (line.minLot() < 1 || line.minLot() > MAX_QUANTITY))) {
                throw new RfqRefusal("quote-lead-time", "A lead time is 0 to 365 days and a minimum lot 1 or more");
            }
            if ((line.unit() != null && line.unit().strip().length() > 16) || (line.note() != null && line.note().strip().length() > 500)) {
                throw new RfqRefusal("quote-line-text", "A unit has up to 16 characters and a line's note up to 500");
            }
            if (line.alternativeSku() != null && !line.alternativeSku().isBlank()) {
                String sku = line.alternativeSku().strip();
                var product = catalog.bySku(sku).orElseThrow(() -> new RfqRefusal("quote-alternative",
                        "The alternative " + sku + " is not a product of your catalog", sku));
                alternatives.put(sku, product.name());
            }
        }
        if (priced == 0) {
            throw new RfqRefusal("quote-empty", "Quote a price for at least one line, or decline the RFQ");
        }
        return alternatives;
    }
}
