package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.pricing.TradeTerms;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One RFQ from a buyer to two suppliers, through the module's services as its people use them: each supplier sees only
 * its own invitation, quotes in revisions or declines, and the buyer sees sealed prices only after the deadline.
 */
@SpringBootTest
@ActiveProfiles("test")
class RfqIntegrationTests {

    static final String PATRICIA = "compras@construtorahorizonte.com.br"; // Horizonte's purchaser
    static final String RICARDO = "engenharia@construtorahorizonte.com.br"; // Horizonte's approver
    static final String FERNANDA = "suprimentos@metalurgicavale.com.br"; // another company's purchaser
    static final String CARLOS = "carlos.lima@ferragenspaulista.com.br"; // Ferragens' rep

    @Autowired
    Rfqs rfqs;
    @Autowired
    Quotes quotes;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    dev.feira.ordering.Orders orders;
    @Autowired
    dev.feira.identity.People people;
    @Autowired
    dev.feira.notification.Notifications notifications;
    @Autowired
    dev.feira.webhooks.Webhooks webhooks;
    @Autowired
    dev.feira.catalog.Catalog catalog;
    @Autowired
    dev.feira.identity.BuyerAccountDirectory buyerAccounts;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @AfterEach
    void timeAsItIs() {
        MovableClock.get().reset();
    }

    @Test
    void aSealedRfqReachesEachSupplierAloneAndOpensItsQuotesAtTheDeadline() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var deadline = MovableClock.get().instant().plus(Duration.ofMinutes(5));
        var draft = new RfqDraft("Obra Jardins — fixadores", LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(20),
                "Rua das Obras, 100 — São Paulo/SP", deadline, null, true, RfqDraft.AwardMode.PER_LINE, "Entrega na obra",
                List.of(new RfqDraft.Line("Parafuso sextavado", 500, "UN", new BigDecimal("0.50"), "FP-00092", ferragens, null, null),
                        RfqDraft.Line.typed("Bucha de nylon 8 mm", 1000, "UN")));

        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens, escritorio)));
        var published = asBuyer(PATRICIA, () -> rfqs.publish(id));
        assertThat(published.status()).isEqualTo(RfqStatus.PUBLISHED);
        assertThat(published.number()).startsWith("RFQ-");

        var atFerragens = await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(ferragens,
                () -> quotes.inbox(java.util.Optional.empty(), 0, 50)).stream().filter(i -> i.rfqNumber().equals(published.number())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        var atEscritorio = await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(escritorio,
                () -> quotes.inbox(java.util.Optional.empty(), 0, 50)).stream().filter(i -> i.rfqNumber().equals(published.number())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();

        // Ferragens' rep opens it: the buyer's own price for its product is where the quote starts; Escritório never sees
        // Ferragens' SKU, nor can it open Ferragens' invitation.
        var invitation = Acting.asPerson(CARLOS, ferragens, () -> quotes.open(atFerragens.id())).orElseThrow();
        assertThat(invitation.status()).isEqualTo(QuoteStatus.VIEWED);
        assertThat(invitation.buyerName()).isEqualTo("Construtora Horizonte Ltda.");
        assertThat(invitation.assignedRep()).as("the account's sales rep").isPresent();
        assertThat(invitation.lines().getFirst().suggested()).isPresent();
        var escritorioView = Acting.asSupplier(escritorio, () -> quotes.open(atEscritorio.id())).orElseThrow();
        assertThat(escritorioView.lines().getFirst().sku()).isNull();
        assertThat(Acting.asSupplier(escritorio, () -> quotes.open(atFerragens.id()))).isEmpty();

        var lines = invitation.lines();
        var first = Acting.asPerson(CARLOS, ferragens, () -> quotes.submit(atFerragens.id(), quote("BRL",
                new QuoteDraft.Line(lines.get(0).lineId(), new BigDecimal("0.48"), 500, "UN", 5, 100, null, null))));
        var second = Acting.asPerson(CARLOS, ferragens, () -> quotes.submit(atFerragens.id(), quote("BRL",
                new QuoteDraft.Line(lines.get(0).lineId(), new BigDecimal("0.45"), 500, "UN", 5, 100, null, null),
                new QuoteDraft.Line(lines.get(1).lineId(), new BigDecimal("0.12"), 1000, "UN", 7, null, null, "Nylon 6"))));
        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).isEqualTo(2);
        Acting.asSupplier(escritorio, () -> quotes.decline(atEscritorio.id(), "Não trabalhamos com fixadores"));

        // Sealed: before the deadline the buyer sees who answered, not what.
        var before = await().atMost(Duration.ofSeconds(20)).until(() -> asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow(),
                rfq -> rfq.answers().stream().allMatch(a -> !a.status().unanswered()) && revisionsOf(rfq, ferragens) == 2);
        assertThat(before.answers()).allSatisfy(answer -> assertThat(answer.quote()).isEmpty());
        assertThat(before.answers()).extracting(BuyerRfq.Answer::status)
                .containsExactlyInAnyOrder(QuoteStatus.SUBMITTED, QuoteStatus.DECLINED);

        MovableClock.get().advance(Duration.ofMinutes(6));
        var after = asBuyer(RICARDO, () -> rfqs.byId(id)).orElseThrow();
        assertThat(after.status()).isEqualTo(RfqStatus.CLOSED);
        var quoted = after.answers().stream().filter(a -> a.supplier().equals(ferragens)).findFirst().orElseThrow().quote().orElseThrow();
        assertThat(quoted.revision()).isEqualTo(2);
        assertThat(quoted.lines()).extracting(l -> l.unitPrice().orElseThrow()).containsExactly(new BigDecimal("0.4500"), new BigDecimal("0.1200"));

        // A quote after the deadline is refused and changes nothing.
        assertThatThrownBy(() -> Acting.asPerson(CARLOS, ferragens, () -> quotes.submit(atFerragens.id(), quote("BRL",
                new QuoteDraft.Line(lines.get(0).lineId(), new BigDecimal("0.40"), 500, "UN", 5, 100, null, null)))))
                .isInstanceOf(RfqRefusal.class).extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.deadline-passed");
        assertThat(Acting.asSupplier(ferragens, () -> quotes.open(atFerragens.id())).orElseThrow().revisions()).hasSize(2);
    }

    @Test
    void anotherCompanySeesNoneOfItAndAnApproverDoesNotWriteRfqs() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var draft = new RfqDraft("Reposição", null, null, MovableClock.get().instant().plus(Duration.ofDays(2)), "BRL", false,
                RfqDraft.AwardMode.WHOLE, null, List.of(RfqDraft.Line.typed("Luvas de raspa", 50, "PAR")));
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens)));

        assertThat(asBuyer(FERNANDA, () -> rfqs.byId(id))).isEmpty();
        assertThatThrownBy(() -> asBuyer(FERNANDA, () -> rfqs.publish(id))).isInstanceOf(Rfqs.UnknownRfq.class);
        assertThatThrownBy(() -> asBuyer(FERNANDA, () -> rfqs.revise(id, new RfqDraft("", null, null, null, null, false, null, null,
                List.of()), Set.of()))).as("ownership before validation: nothing learnt from the draft").isInstanceOf(Rfqs.UnknownRfq.class);
        assertThat(asBuyer(FERNANDA, () -> rfqs.ofCompany(java.util.Optional.empty(), 0, 100))).noneMatch(r -> r.id().equals(id));
        assertThatThrownBy(() -> asBuyer(RICARDO, () -> rfqs.create(draft, Set.of(ferragens)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson(CARLOS, ferragens, () -> rfqs.byId(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(asBuyer(RICARDO, () -> rfqs.byId(id))).map(BuyerRfq::status).contains(RfqStatus.DRAFT);
    }

    @Test
    void nonsenseIsRefusedWithItsReasonAndChangesNothing() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var now = MovableClock.get().instant();
        var line = List.of(RfqDraft.Line.typed("Cimento CP II", 100, "SC"));
        long before = asBuyer(PATRICIA, () -> rfqs.countOfCompany(java.util.Optional.empty()));

        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.create(new RfqDraft("Cimento", null, null, now.minusSeconds(60), null,
                false, null, null, line), Set.of(ferragens)))).isInstanceOf(RfqRefusal.class)
                .extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.deadline-past");
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.create(new RfqDraft("Cimento", null, null, now.plusSeconds(3600), null,
                false, null, null, List.of(RfqDraft.Line.typed("Cimento", 0, "SC"))), Set.of(ferragens)))).isInstanceOf(RfqRefusal.class)
                .extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.line-quantity");
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.create(new RfqDraft("Cimento", null, null, now.plusSeconds(3600), null,
                false, null, null, line), Set.of(tenants.bySlug("sabor").orElseThrow().id())))).isInstanceOf(RfqRefusal.class)
                .extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.supplier");
        assertThat(asBuyer(PATRICIA, () -> rfqs.countOfCompany(java.util.Optional.empty()))).isEqualTo(before);

        // A quote in another currency than the RFQ's.
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(new RfqDraft("Cimento", null, null, now.plusSeconds(3600), null, false, null,
                null, line), Set.of(ferragens)));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        var invitation = await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(ferragens,
                () -> quotes.inbox(java.util.Optional.empty(), 0, 50)).stream().filter(i -> i.rfqNumber().equals(number)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        var lineId = Acting.asSupplier(ferragens, () -> quotes.open(invitation.id())).orElseThrow().lines().getFirst().lineId();
        assertThatThrownBy(() -> Acting.asSupplier(ferragens, () -> quotes.submit(invitation.id(), quote("USD",
                new QuoteDraft.Line(lineId, new BigDecimal("30"), 100, "SC", 2, null, null, null))))).isInstanceOf(RfqRefusal.class)
                .extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.quote-currency");
        assertThat(Acting.asSupplier(ferragens, () -> quotes.open(invitation.id())).orElseThrow().revisions()).isEmpty();
        assertThat(asBuyer(PATRICIA, () -> rfqs.cancel(id, "Comprado de outro jeito")).status()).isEqualTo(RfqStatus.CANCELLED);
        await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(ferragens, () -> quotes.open(invitation.id())).orElseThrow()
                .status() == QuoteStatus.CANCELLED);
    }

    @Test
    void anRfqNobodyQuotedByItsDeadlineSaysSoWhenAwarded() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(new RfqDraft("Areia média", null, null,
                MovableClock.get().instant().plus(Duration.ofMinutes(5)), null, false, null, null,
                List.of(RfqDraft.Line.typed("Areia média", 10, "M3"))), Set.of(ferragens)));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        var invitation = invitationAt(ferragens, number);
        var line = Acting.asSupplier(ferragens, () -> quotes.open(invitation)).orElseThrow().lines().getFirst().lineId();
        MovableClock.get().advance(Duration.ofMinutes(6));

        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.award(id, List.of(new AwardLine(line, ferragens, 10)))))
                .isInstanceOf(RfqRefusal.class).extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.award-expired");
        assertThat(asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow().status()).isEqualTo(RfqStatus.EXPIRED);
    }

    @Test
    void anAwardSplitAcrossTwoSuppliersBecomesOneOrderAtEachAtTheQuotedPricesAndOnlyOnce() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var draft = new RfqDraft("Canteiro — EPIs", null, null, MovableClock.get().instant().plus(Duration.ofMinutes(5)), null, false,
                RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Luva de raspa", 100, "PAR"),
                RfqDraft.Line.typed("Fita isolante 19 mm", 1000, "UN")));
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens, escritorio)));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        var atFerragens = invitationAt(ferragens, number);
        var atEscritorio = invitationAt(escritorio, number);
        var lines = Acting.asSupplier(ferragens, () -> quotes.open(atFerragens)).orElseThrow().lines();
        UUID gloves = lines.get(0).lineId();
        UUID tape = lines.get(1).lineId();
        Acting.asSupplier(ferragens, () -> quotes.submit(atFerragens, quote("BRL",
                new QuoteDraft.Line(gloves, new BigDecimal("7.90"), 100, "PAR", 3, null, null, null),
                new QuoteDraft.Line(tape, new BigDecimal("2.10"), 400, "UN", 3, null, null, "Só 400 em estoque"))));
        Acting.asSupplier(escritorio, () -> quotes.submit(atEscritorio, quote("BRL",
                new QuoteDraft.Line(tape, new BigDecimal("2.35"), 1000, "UN", 5, null, null, null))));

        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.award(id, List.of(new AwardLine(gloves, ferragens, 100)))))
                .isInstanceOf(RfqRefusal.class).extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.award-before-deadline");
        // Quotes reach the buyer's side of the RFQ after their commit; the deadline is minutes away in real life.
        await().atMost(Duration.ofSeconds(20)).until(() -> asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow().answers().stream()
                .allMatch(a -> a.status() == QuoteStatus.SUBMITTED));
        MovableClock.get().advance(Duration.ofMinutes(6));
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.award(id, List.of(new AwardLine(tape, ferragens, 500)))))
                .isInstanceOf(RfqRefusal.class).extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.award-more-than-quoted");
        assertThatThrownBy(() -> asBuyer(RICARDO, () -> rfqs.award(id, List.of(new AwardLine(gloves, ferragens, 100)))))
                .isInstanceOf(AccessDeniedException.class);

        var awarded = asBuyer(PATRICIA, () -> rfqs.award(id, List.of(new AwardLine(gloves, ferragens, 100),
                new AwardLine(tape, ferragens, 400), new AwardLine(tape, escritorio, 600))));

        assertThat(awarded.status()).isEqualTo(RfqStatus.ORDERED);
        var ferragensOrder = Acting.asSupplier(ferragens, () -> orders.byId(awarded.awarded().stream()
                .filter(a -> a.supplier().equals(ferragens)).findFirst().orElseThrow().order())).orElseThrow();
        var escritorioOrder = Acting.asSupplier(escritorio, () -> orders.byId(awarded.awarded().stream()
                .filter(a -> a.supplier().equals(escritorio)).findFirst().orElseThrow().order())).orElseThrow();
        assertThat(ferragensOrder.reference()).contains(number);
        assertThat(ferragensOrder.lines()).extracting(l -> l.quantity() + " × " + l.unitPrice().amount().stripTrailingZeros().toPlainString())
                .containsExactly("100 × 7.9", "400 × 2.1");
        assertThat(ferragensOrder.total().amount()).isEqualByComparingTo("1630.00");
        assertThat(escritorioOrder.lines()).singleElement().satisfies(l -> {
            assertThat(l.quantity()).isEqualTo(600);
            assertThat(l.name()).isEqualTo("Fita isolante 19 mm");
        });
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.award(id, List.of(new AwardLine(gloves, ferragens, 100)))))
                .as("one RFQ, one order per supplier").isInstanceOf(RfqRefusal.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(escritorio, () -> quotes.open(atEscritorio)).orElseThrow()
                .status() == QuoteStatus.PARTIALLY_AWARDED);
        await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(ferragens, () -> quotes.open(atFerragens)).orElseThrow()
                .status() == QuoteStatus.AWARDED);
        var beatriz = people.staffOf(escritorio, dev.feira.identity.Role.SUPPLIER_ADMIN).getFirst();
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.latest(beatriz.id(), 50).stream()
                .anyMatch(n -> n.key().equals("rfq-partly-awarded") && n.arguments().getFirst().equals(number)));
    }

    @Test
    void aNegotiationRoundAsksTheChosenSupplierToReviseTowardsATargetAndTheOthersQuotesStand() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var draft = new RfqDraft("Fixação — rodada", null, null, MovableClock.get().instant().plus(Duration.ofMinutes(5)), null, true,
                RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Parafuso autoatarraxante", 2000, "UN")));
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens, escritorio)));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        var atFerragens = invitationAt(ferragens, number);
        var atEscritorio = invitationAt(escritorio, number);
        UUID screws = Acting.asSupplier(ferragens, () -> quotes.open(atFerragens)).orElseThrow().lines().getFirst().lineId();
        Acting.asSupplier(ferragens, () -> quotes.submit(atFerragens, quote("BRL",
                new QuoteDraft.Line(screws, new BigDecimal("0.20"), null, null, 2, null, null, null))));
        Acting.asSupplier(escritorio, () -> quotes.submit(atEscritorio, quote("BRL",
                new QuoteDraft.Line(screws, new BigDecimal("0.22"), null, null, 4, null, null, null))));
        var round = new NegotiationRound(MovableClock.get().instant().plus(Duration.ofMinutes(20)), Set.of(ferragens),
                java.util.Map.of(screws, new BigDecimal("0.17")), "Fechamos hoje se chegar a 0,17");
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.negotiate(id, round))).isInstanceOf(RfqRefusal.class)
                .extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.negotiate-before-deadline");
        await().atMost(Duration.ofSeconds(20)).until(() -> asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow().answers().stream()
                .allMatch(a -> a.status() == QuoteStatus.SUBMITTED));

        MovableClock.get().advance(Duration.ofMinutes(6));
        var negotiating = asBuyer(PATRICIA, () -> rfqs.negotiate(id, round));

        assertThat(negotiating.status()).isEqualTo(RfqStatus.NEGOTIATING);
        assertThat(negotiating.round()).isEqualTo(2);
        var invited = await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(ferragens, () -> quotes.open(atFerragens)).orElseThrow(),
                invitation -> invitation.round() == 2);
        assertThat(invited.roundNote()).contains("Fechamos hoje se chegar a 0,17");
        assertThat(invited.lines().getFirst().roundTarget()).contains(new BigDecimal("0.1700"));
        var revised = Acting.asSupplier(ferragens, () -> quotes.submit(atFerragens, quote("BRL",
                new QuoteDraft.Line(screws, new BigDecimal("0.18"), null, null, 2, null, null, null))));
        assertThat(revised.round()).isEqualTo(2);
        assertThatThrownBy(() -> Acting.asSupplier(escritorio, () -> quotes.submit(atEscritorio, quote("BRL",
                new QuoteDraft.Line(screws, new BigDecimal("0.16"), null, null, 4, null, null, null)))))
                .as("not asked to revise: its deadline has passed").isInstanceOf(RfqRefusal.class);

        MovableClock.get().advance(Duration.ofMinutes(21));
        var closed = asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow();
        assertThat(closed.status()).isEqualTo(RfqStatus.CLOSED);
        var comparison = RfqComparison.of(closed, new BigDecimal("0.15"));
        assertThat(comparison.rows().getFirst().offers()).extracting(o -> o.cost().unitPrice())
                .containsExactlyInAnyOrder(new BigDecimal("0.1800"), new BigDecimal("0.2200"));
        assertThat(comparison.rows().getFirst().best().orElseThrow().supplier()).isEqualTo(ferragens);
    }

    @Test
    void aFreshStartShowsTheFlowInDemoRfqs() {
        var demo = asBuyer(RICARDO, () -> rfqs.ofCompany(java.util.Optional.empty(), 0, 100)).stream()
                .filter(r -> java.util.Set.of("Obra Jardins — fixação e elétrica", "Reforma do escritório — material de expediente",
                        "Canteiro Pinheiros — EPIs").contains(r.title())).toList();
        assertThat(demo).extracting(RfqSummary::status)
                .containsExactlyInAnyOrder(RfqStatus.CLOSED, RfqStatus.PUBLISHED, RfqStatus.DRAFT);
        var closed = asBuyer(RICARDO, () -> rfqs.byId(demo.stream().filter(r -> r.status() == RfqStatus.CLOSED).findFirst().orElseThrow().id()))
                .orElseThrow();
        var comparison = RfqComparison.of(closed, new BigDecimal("0.15"));
        assertThat(comparison.totals()).hasSize(2);
        assertThat(comparison.rows()).allSatisfy(row -> assertThat(row.best()).isPresent());
    }

    @Test
    void theRepHearsOfANewRfqAndTheManagersOfOneLeftUnansweredPastItsResponseTime() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var carlos = people.staffOf(ferragens, dev.feira.identity.Role.SALES_REP).stream()
                .filter(p -> p.username().equals(CARLOS)).findFirst().orElseThrow();
        var marcos = people.staffOf(ferragens, dev.feira.identity.Role.SUPPLIER_ADMIN).getFirst();
        var draft = new RfqDraft("Prazo curto", null, null, MovableClock.get().instant().plus(Duration.ofMinutes(5)), null, false,
                RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Chumbador CBA 3/8", 300, "UN")));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(rfqs.create(draft, Set.of(ferragens)))).number();

        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.latest(carlos.id(), 20).stream()
                .anyMatch(n -> n.key().equals("rfq-invited") && n.arguments().getFirst().equals(number)));
        assertThat(notifications.latest(marcos.id(), 50)).noneMatch(n -> n.key().equals("rfq-overdue") && n.arguments().getFirst().equals(number));

        // Three quarters of the response time (here the deadline, sooner than 24 h) gone: the rep is reminded, once.
        MovableClock.get().advance(Duration.ofMinutes(4));
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.latest(carlos.id(), 50).stream()
                .anyMatch(n -> n.key().equals("rfq-due-soon") && n.arguments().getFirst().equals(number)));
        assertThat(notifications.latest(marcos.id(), 50)).noneMatch(n -> n.key().equals("rfq-overdue") && n.arguments().getFirst().equals(number));

        MovableClock.get().advance(Duration.ofMinutes(2)); // the response time has run out
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.latest(marcos.id(), 50).stream()
                .anyMatch(n -> n.key().equals("rfq-overdue") && n.arguments().getFirst().equals(number)
                        && n.arguments().get(2).equals("Carlos Lima")));
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.latest(carlos.id(), 50).stream()
                .anyMatch(n -> n.key().equals("rfq-overdue") && n.arguments().getFirst().equals(number)));
        assertThat(notifications.latest(carlos.id(), 50)).as("escalated once, however often the clock sweeps")
                .filteredOn(n -> n.key().equals("rfq-overdue") && n.arguments().getFirst().equals(number)).hasSize(1);
        assertThat(notifications.latest(carlos.id(), 50)).as("reminded once")
                .filteredOn(n -> n.key().equals("rfq-due-soon") && n.arguments().getFirst().equals(number)).hasSize(1);
    }

    @Test
    void theBuyerAndEachSupplierTalkInAThreadOnlyTheTwoOfThemRead() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var draft = new RfqDraft("Conversa", null, null, MovableClock.get().instant().plus(Duration.ofDays(1)), null, true,
                RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Bucha S8", 5000, "UN")));
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens, escritorio)));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        var atFerragens = invitationAt(ferragens, number);
        invitationAt(escritorio, number);

        asBuyer(PATRICIA, () -> rfqs.write(id, ferragens, null, "Aceitam entrega em duas parcelas?"));
        Acting.asPerson(CARLOS, ferragens, () -> quotes.write(atFerragens, null, "Sim, sem custo adicional."));

        assertThat(asBuyer(RICARDO, () -> rfqs.messages(id, ferragens))).extracting(QuoteMessage::author, QuoteMessage::fromBuyer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Patrícia Mendes", true), org.assertj.core.groups.Tuple.tuple("Carlos Lima", false));
        assertThat(asBuyer(PATRICIA, () -> rfqs.messages(id, escritorio))).as("another supplier's thread").isEmpty();
        assertThat(Acting.asSupplier(ferragens, () -> quotes.messages(atFerragens))).hasSize(2);
        assertThatThrownBy(() -> asBuyer(FERNANDA, () -> rfqs.messages(id, ferragens))).isInstanceOf(Rfqs.UnknownRfq.class);
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.write(id, ferragens, null, " "))).isInstanceOf(RfqRefusal.class);
        var carlos = people.staffOf(ferragens, dev.feira.identity.Role.SALES_REP).stream().filter(p -> p.username().equals(CARLOS))
                .findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> notifications.latest(carlos.id(), 50).stream()
                .anyMatch(n -> n.key().equals("rfq-message-to-supplier") && n.arguments().getFirst().equals(number)));
    }

    @Test
    void theSuppliersErpHearsOfTheInvitationItsQuoteAndTheAwardThroughItsWebhooks() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var erp = new com.github.tomakehurst.wiremock.WireMockServer(com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                .dynamicPort().bindAddress("127.0.0.1"));
        erp.start();
        erp.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/feira").willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)));
        var subscription = Acting.asSupplier(escritorio, () -> webhooks.subscribe("http://127.0.0.1:" + erp.port() + "/feira",
                Set.of("rfq.published", "quote.submitted", "rfq.awarded")));
        try {
            var draft = new RfqDraft("Webhooks — papelaria", null, null, MovableClock.get().instant().plus(Duration.ofMinutes(5)), null,
                    false, RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Caneta esferográfica azul", 300, "UN")));
            RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens, escritorio)));
            var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
            var atEscritorio = invitationAt(escritorio, number);
            UUID pens = Acting.asSupplier(escritorio, () -> quotes.open(atEscritorio)).orElseThrow().lines().getFirst().lineId();
            Acting.asPerson("rafael.nunes@escritoriototal.com.br", escritorio, () -> quotes.submit(atEscritorio, quote("BRL",
                    new QuoteDraft.Line(pens, new BigDecimal("1.15"), 300, "UN", 2, null, null, null))));
            await().atMost(Duration.ofSeconds(20)).until(() -> revisionsOf(asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow(), escritorio) == 1);
            MovableClock.get().advance(Duration.ofMinutes(6));
            var awarded = asBuyer(PATRICIA, () -> rfqs.award(id, List.of(new AwardLine(pens, escritorio, 300))));
            String order = awarded.awarded().getFirst().orderNumber();

            await().atMost(Duration.ofSeconds(30)).until(() -> erp.getAllServeEvents().size() >= 3);
            var received = erp.getAllServeEvents().stream().map(e -> e.getRequest().getBodyAsString()).toList();
            assertThat(received).filteredOn(b -> b.contains("\"type\":\"rfq.published\"")).singleElement().satisfies(body -> {
                assertThat(body).contains(number, "Caneta esferográfica azul");
                assertThat(body).as("a supplier never learns who else was asked").doesNotContain("Ferragens");
            });
            assertThat(received).filteredOn(b -> b.contains("\"type\":\"quote.submitted\"")).singleElement().asString()
                    .contains(number, "1.15");
            assertThat(received).filteredOn(b -> b.contains("\"type\":\"rfq.awarded\"")).singleElement().asString()
                    .contains(number, "\"outcome\":\"AWARDED\"", order);
        } finally {
            Acting.asSupplier(escritorio, () -> {
                webhooks.unsubscribe(subscription.id());
                return null;
            });
            erp.stop();
        }
    }

    @Test
    void aQuoteWhoseAnswerReachesTheBuyerOnlyAfterTheDeadlineStillLeavesTheRfqOpenForComparisonNotExpired() {
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var deadline = MovableClock.get().instant().plus(Duration.ofMinutes(5));
        var draft = new RfqDraft("Resposta atrasada", null, null, deadline, null, false, RfqDraft.AwardMode.PER_LINE, null,
                List.of(RfqDraft.Line.typed("Grampeador de mesa", 12, "UN")));
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(escritorio)));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        var atEscritorio = invitationAt(escritorio, number);
        UUID company = asBuyer(PATRICIA, () -> buyerAccounts.buyerCaller().orElseThrow().buyerCompany());
        MovableClock.get().advance(Duration.ofMinutes(6));
        assertThat(asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow().status()).as("no answer known yet").isEqualTo(RfqStatus.EXPIRED);

        // The supplier's answer, submitted a minute before the deadline, reaches the buyer's side only now.
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new QuoteAnswered(escritorio, atEscritorio, id, number, company, QuoteStatus.SUBMITTED, 1, null, deadline.minusSeconds(60))));

        await().atMost(Duration.ofSeconds(20)).until(() -> asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow().status() == RfqStatus.CLOSED);
    }

    @Test
    void theSuppliersMetricsCountWhatItQuotedHowFastAndWhatItWonPerRep() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var from = MovableClock.get().instant().minus(Duration.ofDays(1));
        var to = MovableClock.get().instant().plus(Duration.ofDays(1));
        var ferragensBefore = Acting.asSupplier(ferragens, () -> quotes.metrics(from, to));
        var escritorioBefore = Acting.asSupplier(escritorio, () -> quotes.metrics(from, to));
        var draft = new RfqDraft("Métricas", null, null, MovableClock.get().instant().plus(Duration.ofMinutes(5)), null, false,
                RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Abraçadeira rosca sem fim", 200, "UN")));
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens, escritorio)));
        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        var atFerragens = invitationAt(ferragens, number);
        var atEscritorio = invitationAt(escritorio, number);
        UUID line = Acting.asSupplier(ferragens, () -> quotes.open(atFerragens)).orElseThrow().lines().getFirst().lineId();
        Acting.asPerson(CARLOS, ferragens, () -> quotes.submit(atFerragens, quote("BRL",
                new QuoteDraft.Line(line, new BigDecimal("2.50"), 200, "UN", 2, null, null, null))));
        Acting.asSupplier(escritorio, () -> quotes.decline(atEscritorio, "Não trabalhamos com este item"));
        await().atMost(Duration.ofSeconds(20)).until(() -> revisionsOf(asBuyer(PATRICIA, () -> rfqs.byId(id)).orElseThrow(), ferragens) == 1);
        MovableClock.get().advance(Duration.ofMinutes(6));
        asBuyer(PATRICIA, () -> rfqs.award(id, List.of(new AwardLine(line, ferragens, 200))));
        await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(ferragens, () -> quotes.metrics(from, to)).total().won()
                == ferragensBefore.total().won() + 1);

        var ferragensAfter = Acting.asSupplier(ferragens, () -> quotes.metrics(from, to));
        assertThat(ferragensAfter.total().invited()).isEqualTo(ferragensBefore.total().invited() + 1);
        assertThat(ferragensAfter.total().quoted()).isEqualTo(ferragensBefore.total().quoted() + 1);
        assertThat(ferragensAfter.total().valueWon().subtract(ferragensBefore.total().valueWon())).isEqualByComparingTo("500.00");
        assertThat(ferragensAfter.total().medianResponse()).isPresent();
        assertThat(ferragensAfter.byRep()).anySatisfy(rep -> {
            assertThat(rep.label()).contains("Carlos Lima");
            assertThat(rep.won()).isPositive();
            assertThat(rep.winRate()).isPresent();
        });
        assertThat(ferragensAfter.byCategory()).anySatisfy(category -> assertThat(category.label()).contains("construtoras"));
        var escritorioAfter = Acting.asSupplier(escritorio, () -> quotes.metrics(from, to));
        assertThat(escritorioAfter.total().declined()).isEqualTo(escritorioBefore.total().declined() + 1);
        assertThatThrownBy(() -> Acting.asPerson(CARLOS, ferragens, () -> quotes.metrics(from, to))).as("the manager's figures")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asSupplier(ferragens, () -> quotes.metrics(to, from))).isInstanceOf(RfqRefusal.class);
    }

    @Test
    void eachSupplierPromisesItsOwnResponseTimeAndItsInvitationsAreDueByIt() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        Acting.asSupplier(ferragens, () -> {
            quotes.setResponseTime(Duration.ofHours(2));
            return null;
        });
        try {
            assertThatThrownBy(() -> Acting.asPerson(CARLOS, ferragens, () -> {
                quotes.setResponseTime(Duration.ofHours(1));
                return null;
            })).as("the admins' promise, not a rep's").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Acting.asSupplier(ferragens, () -> {
                quotes.setResponseTime(Duration.ofMinutes(30));
                return null;
            })).isInstanceOf(RfqRefusal.class);
            var sent = MovableClock.get().instant();
            var draft = new RfqDraft("SLA", null, null, sent.plus(Duration.ofDays(3)), null, false, RfqDraft.AwardMode.PER_LINE, null,
                    List.of(RfqDraft.Line.typed("Arruela lisa M6", 1000, "UN")));
            var number = asBuyer(PATRICIA, () -> rfqs.publish(rfqs.create(draft, Set.of(ferragens, escritorio)))).number();

            var atFerragens = Acting.asSupplier(ferragens, () -> quotes.open(invitationAt(ferragens, number))).orElseThrow();
            var atEscritorio = Acting.asSupplier(escritorio, () -> quotes.open(invitationAt(escritorio, number))).orElseThrow();
            assertThat(Duration.between(sent, atFerragens.respondBy())).isBetween(Duration.ofHours(2), Duration.ofHours(2).plusMinutes(1));
            assertThat(Duration.between(sent, atEscritorio.respondBy())).as("the platform's default")
                    .isBetween(Duration.ofHours(24), Duration.ofHours(24).plusMinutes(1));
        } finally {
            Acting.asSupplier(ferragens, () -> {
                quotes.setResponseTime(Duration.ofHours(24));
                return null;
            });
        }
    }

    @Test
    void aPrivateSupplierIsAskedOnlyByCompaniesWithAnAccountThere() {
        TenantId sabor = tenants.bySlug("sabor").orElseThrow().id();
        var draft = new RfqDraft("Café para o refeitório", null, null, MovableClock.get().instant().plus(Duration.ofDays(1)), null, true,
                RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Café torrado e moído 500 g", 40, "PCT")));

        RfqId id = asBuyer(FERNANDA, () -> rfqs.create(draft, Set.of(sabor)));
        var published = asBuyer(FERNANDA, () -> rfqs.publish(id)); // checked again when sent, within its transaction
        assertThat(published.status()).isEqualTo(RfqStatus.PUBLISHED);
        invitationAt(sabor, published.number());
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(sabor)))).isInstanceOf(RfqRefusal.class)
                .extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.supplier");
    }

    @Test
    void feiraSuggestsTheSuppliersHoldingTheItemsAmongThoseTheBuyerMayAsk() {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId sabor = tenants.bySlug("sabor").orElseThrow().id();
        var bolt = Acting.asSupplier(ferragens, () -> catalog.bySku("FP-00092")).orElseThrow();
        var flour = Acting.asSupplier(sabor, () -> catalog.bySku("SC-00001")).orElseThrow();
        var lines = List.of(new RfqDraft.Line(bolt.name(), 10, "UN", null, null, null, bolt.gtin(), bolt.mpn()),
                RfqDraft.Line.typed(flour.name(), 5, "UN"));

        var forFernanda = await().atMost(Duration.ofSeconds(30)).until(() -> asBuyer(FERNANDA, () -> rfqs.suggestSuppliers(lines)),
                found -> found.stream().anyMatch(s -> s.slug().equals("sabor")));
        assertThat(forFernanda).extracting(Rfqs.SupplierSuggestion::slug).contains("ferragens");
        assertThat(forFernanda).filteredOn(s -> s.slug().equals("ferragens")).singleElement()
                .satisfies(s -> assertThat(s.lines()).isGreaterThanOrEqualTo(1));
        assertThat(asBuyer(PATRICIA, () -> rfqs.suggestSuppliers(lines))).extracting(Rfqs.SupplierSuggestion::slug)
                .as("a private supplier only where the company has an account").contains("ferragens").doesNotContain("sabor");

        assertThat(asBuyer(PATRICIA, () -> rfqs.lineFor(ferragens, "FP-00092", 12))).hasValueSatisfying(line -> {
            assertThat(line.sku()).isEqualTo("FP-00092");
            assertThat(line.supplier()).isEqualTo(ferragens);
            assertThat(line.quantity()).isEqualTo(12);
            assertThat(line.description()).isEqualTo(bolt.name());
        });
        assertThat(asBuyer(PATRICIA, () -> rfqs.lineFor(sabor, "SC-00001", 1))).as("not Patrícia's to ask").isEmpty();
    }

    @Test
    void theBuyerAttachesSpecSheetsCheckedByContentAndOnlyTheSuppliersAskedReadThem() throws java.io.IOException {
        TenantId ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var draft = new RfqDraft("Com desenho", null, null, MovableClock.get().instant().plus(Duration.ofDays(1)), null, true,
                RfqDraft.AwardMode.PER_LINE, null, List.of(RfqDraft.Line.typed("Suporte em L conforme desenho", 50, "UN")));
        RfqId id = asBuyer(PATRICIA, () -> rfqs.create(draft, Set.of(ferragens)));
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var picture = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", picture);

        var drawing = asBuyer(PATRICIA, () -> rfqs.attach(id, "C:\\obras\\desenho-suporte.pdf", pdf));
        asBuyer(PATRICIA, () -> rfqs.attach(id, "foto", picture.toByteArray()));
        assertThat(drawing.fileName()).isEqualTo("desenho-suporte.pdf");
        assertThat(drawing.contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> rfqs.attach(id, "planilha.pdf", "sku;qtd\nA;1\n".getBytes())))
                .as("a name proves nothing").isInstanceOf(RfqRefusal.class)
                .extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.attachment-type");
        assertThatThrownBy(() -> asBuyer(FERNANDA, () -> rfqs.attachments(id))).isInstanceOf(Rfqs.UnknownRfq.class);
        assertThatThrownBy(() -> asBuyer(RICARDO, () -> rfqs.attach(id, "x.pdf", pdf))).as("an approver reads, does not write")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asBuyer(PATRICIA, () -> rfqs.attachments(id))).extracting(RfqAttachment::fileName)
                .containsExactly("desenho-suporte.pdf", "foto.png");

        var number = asBuyer(PATRICIA, () -> rfqs.publish(id)).number();
        assertThatThrownBy(() -> asBuyer(PATRICIA, () -> {
            rfqs.detach(id, drawing.id());
            return null;
        })).isInstanceOf(RfqRefusal.class).extracting(e -> ((RfqRefusal) e).key()).isEqualTo("rfq.refused.attachment-sent");
        var atFerragens = invitationAt(ferragens, number);
        assertThat(Acting.asSupplier(ferragens, () -> quotes.attachments(atFerragens))).hasSize(2);
        assertThat(Acting.asSupplier(ferragens, () -> quotes.attachment(atFerragens, drawing.id()))).hasValueSatisfying(file -> {
            assertThat(file.bytes()).isEqualTo(pdf);
            assertThat(file.contentType()).isEqualTo("application/pdf");
        });
        assertThatThrownBy(() -> Acting.asSupplier(escritorio, () -> quotes.attachments(atFerragens))).as("a supplier not asked")
                .isInstanceOf(Quotes.UnknownInvitation.class);
    }

    private InvitationId invitationAt(TenantId supplier, String number) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(supplier,
                () -> quotes.inbox(java.util.Optional.empty(), 0, 50)).stream().filter(i -> i.rfqNumber().equals(number)).findFirst(),
                java.util.Optional::isPresent).orElseThrow().id();
    }

    private static int revisionsOf(BuyerRfq rfq, TenantId supplier) {
        return rfq.answers().stream().filter(a -> a.supplier().equals(supplier)).mapToInt(BuyerRfq.Answer::revisions).sum();
    }

    private static QuoteDraft quote(String currency, QuoteDraft.Line... lines) {
        return new QuoteDraft(currency, LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(30), "28/56 dias, boleto",
                TradeTerms.Freight.CIF, BigDecimal.ZERO, null, List.of(lines));
    }

    /** Buyers act on the marketplace host (no supplier portal). */
    private static <T> T asBuyer(String username, Supplier<T> work) {
        return Acting.asPerson(username, null, work);
    }
}
