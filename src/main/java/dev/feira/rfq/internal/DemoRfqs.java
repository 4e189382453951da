package dev.feira.rfq.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.pricing.TradeTerms;
import dev.feira.rfq.QuoteDraft;
import dev.feira.rfq.RfqDraft;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.shared.startup.BeforeServing;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * A fresh start shows the RFQ marketplace at work: Construtora Horizonte has one RFQ closed with two quotes to compare
 * and award, one open with a quote in and one invitation unanswered, and a draft. Written once (not when the company
 * has any RFQ), after the demo tenants, through the module's own entities: the times are set in the past, which no
 * service would accept.
 */
@Component
@ConditionalOnProperty(name = "feira.demo-data.enabled", havingValue = "true")
class DemoRfqs extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoRfqs.class);
    private static final ZoneId BUYER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final RfqStore rfqs;
    private final InvitationStore invitations;
    private final RevisionStore revisions;
    private final CompanyBinding company;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DemoRfqs(RfqStore rfqs, InvitationStore invitations, RevisionStore revisions, CompanyBinding company, BuyerAccountDirectory accounts,
             TenantDirectory tenants, Clock clock, PlatformTransactionManager transactions) {
        this.rfqs = rfqs;
        this.invitations = invitations;
        this.revisions = revisions;
        this.company = company;
        this.accounts = accounts;
        this.tenants = tenants;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public int getPhase() {
        return PHASE + 1; // after the demo tenants, their accounts and catalogs
    }

    @Override
    protected void prepare() {
        Optional<TenantProfile> ferragens = tenants.bySlug("ferragens");
        Optional<TenantProfile> escritorio = tenants.bySlug("escritorio");
        if (ferragens.isEmpty() || escritorio.isEmpty()) {
            return;
        }
        Optional<BuyerAccountProfile> horizonte = TenantContext.callAs(ferragens.get().id(), () -> accounts.byAccountNumber("FP-10021"));
        if (horizonte.isEmpty()) {
            return;
        }
        UUID buyer = horizonte.get().buyerCompanyId();
        if (Boolean.TRUE.equals(transaction.execute(status -> {
            company.bind(buyer);
            return rfqs.countOfCompany(buyer, null) > 0;
        }))) {
            return;
        }
        Instant now = clock.instant();
        TenantId f = ferragens.get().id();
        TenantId e = escritorio.get().id();
        LocalDate today = LocalDate.ofInstant(now, BUYER_ZONE);

        var closed = rfq(buyer, "Obra Jardins — fixação e elétrica", now.minus(Duration.ofDays(4)), now.minus(Duration.ofDays(1)),
                today.plusDays(20),
                List.of(RfqDraft.Line.typed("Parafuso sextavado M8 x 40 zincado", 2000, "UN"), RfqDraft.Line.typed("Fita isolante 19 mm x 20 m", 300, "UN"),
                        RfqDraft.Line.typed("Abraçadeira de nylon 200 mm (pacote com 100)", 50, "PC")), List.of(f, e));
        var quotedF = invite(closed, f, "Construtora Horizonte Ltda.", now.minus(Duration.ofDays(4)));
        var quotedE = invite(closed, e, "Construtora Horizonte Ltda.", now.minus(Duration.ofDays(4)));
        quote(f, "Carlos Lima", quotedF, now.minus(Duration.ofDays(3)), "28/56 dias, boleto", TradeTerms.Freight.CIF, BigDecimal.ZERO, today.plusDays(20),
                java.util.Arrays.asList(new BigDecimal("0.42"), new BigDecimal("4.10"), null)); // no cable ties at Ferragens
        quote(e, "Rafael Nunes", quotedE, now.minus(Duration.ofDays(2)), "antecipado", TradeTerms.Freight.FOB, new BigDecimal("180.00"), today.plusDays(15),
                List.of(new BigDecimal("0.39"), new BigDecimal("3.95"), new BigDecimal("18.90")));

        var open = rfq(buyer, "Reforma do escritório — material de expediente", now.minus(Duration.ofHours(6)), now.plus(Duration.ofDays(3)),
                today.plusDays(15), List.of(RfqDraft.Line.typed("Papel A4 75 g (caixa com 10 resmas)", 40, "CX"),
                        RfqDraft.Line.typed("Grampeador de mesa 26/6", 12, "UN")), List.of(f, e));
        invite(open, f, "Construtora Horizonte Ltda.", now.minus(Duration.ofHours(6)));
        var openE = invite(open, e, "Construtora Horizonte Ltda.", now.minus(Duration.ofHours(6)));
        quote(e, "Rafael Nunes", openE, now.minus(Duration.ofHours(2)), "30/60 dias, boleto", TradeTerms.Freight.CIF, BigDecimal.ZERO, today.plusDays(10),
                List.of(new BigDecimal("229.90"), new BigDecimal("41.50")));

        transaction.executeWithoutResult(status -> {
            company.bind(buyer);
            var draft = new Rfq(buyer, "RFQ-%06d".formatted(rfqs.nextNumber()), null, "Patrícia Mendes", now.minus(Duration.ofHours(1)));
            draft.write(new RfqDraft("Canteiro Pinheiros — EPIs", null, "Rua Haddock Lobo, 1200 — São Paulo/SP", null, "BRL", true, RfqDraft.AwardMode.PER_LINE,
                    null, List.of(RfqDraft.Line.typed("Luva de raspa", 200, "PAR"), RfqDraft.Line.typed("Capacete classe B", 40, "UN"))), "BRL", List.of(f, e));
            rfqs.save(draft);
        });
        log.info("Demo RFQs of Construtora Horizonte written: one to compare and award, one open, one draft");
    }

    private Rfq rfq(UUID buyer, String title, Instant created, Instant deadline, LocalDate needBy, List<RfqDraft.Line> lines, List<TenantId> to) {
        return transaction.execute(status -> {
            company.bind(buyer);
            var rfq = new Rfq(buyer, "RFQ-%06d".formatted(rfqs.nextNumber()), null, "Patrícia Mendes", created);
            rfq.write(new RfqDraft(title, needBy, "Rua Haddock Lobo, 1200 — São Paulo/SP", deadline, "BRL", true, RfqDraft.AwardMode.PER_LINE,
                    "Entrega na obra, de segunda a sexta, das 7h às 16h.", lines), "BRL", to);
            rfq.publish(created);
            return rfqs.save(rfq);
        });
    }

    private QuoteInvitation invite(Rfq rfq, TenantId supplier, String buyerName, Instant at) {
        return TenantContext.callAs(supplier, () -> transaction.execute(status -> {
            var account = accounts.accountOfCompany(rfq.buyerCompanyId());
            var rep = account.flatMap(a -> accounts.salesRepOf(a.id())).map(p -> p.id());
            Instant respondBy = at.plus(Duration.ofHours(24)).isBefore(rfq.deadline()) ? at.plus(Duration.ofHours(24)) : rfq.deadline();
            return invitations.save(new QuoteInvitation(rfq, supplier, buyerName, account.map(BuyerAccountProfile::id).orElse(null),
                    account.map(BuyerAccountProfile::customerCategory).orElse(null), rep.orElse(null), at, respondBy));
        }));
    }

    /** A submitted revision, and the buyer's side told (as the listener would have). */
    private void quote(TenantId supplier, String rep, QuoteInvitation invitation, Instant at, String terms, TradeTerms.Freight freight, BigDecimal freightValue,
                       LocalDate validUntil, List<BigDecimal> prices) {
        var lines = invitation.lines();
        var quoted = new java.util.ArrayList<QuoteDraft.Line>();
        for (int i = 0; i < lines.size(); i++) {
            if (prices.get(i) != null) {
                quoted.add(new QuoteDraft.Line(lines.get(i).lineId(), prices.get(i), null, null, 3 + i, null, null, null));
            }
        }
        var draft = new QuoteDraft("BRL", validUntil, terms, freight, freightValue, null, quoted);
        int revision = TenantContext.callAs(supplier, () -> transaction.execute(status -> {
            var current = invitations.findById(invitation.id()).orElseThrow();
            int number = current.submitted(at);
            invitations.save(current);
            revisions.save(new QuoteRevisionEntry(current.id(), number, current.round(), at, null, rep, draft, java.util.Map.of()));
            return number;
        }));
        transaction.executeWithoutResult(status -> {
            company.bind(invitation.buyerCompanyId());
            rfqs.mirrorAnswer(invitation.rfqId().value(), invitation.buyerCompanyId(), supplier.value(), "SUBMITTED", revision, null, at);
        });
    }
}
