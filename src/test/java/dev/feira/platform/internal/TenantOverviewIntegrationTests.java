package dev.feira.platform.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.platform.TenantOverview;
import dev.feira.platform.TenantOverview.Order;
import dev.feira.platform.TenantOverview.TenantFilter;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.Money;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantStatus;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The operators' figures come from the platform's own sales ledger, fed by ordering's events: each order counted once
 * however often its event arrives, and taken out when rejected; tenants are searched, filtered and sorted by them.
 * Only operators see any of it.
 */
@SpringBootTest
@ActiveProfiles("test")
class TenantOverviewIntegrationTests {

    static final String OPERATOR = "operador@feira.com.br";

    @Autowired
    TenantOverview overview;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    SalesLedger ledger;
    @Autowired
    PlanDesk plans;
    @Autowired
    java.time.Clock clock; // the application's (movable in tests): orders placed "now" by its reckoning
    @Autowired
    dev.feira.platform.OperatorAudit audit;

    @Test
    void eachOrderCountsOnceAndARejectedOneNotAtAll() {
        var escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        var before = asOperator(() -> overview.of(escritorio).orElseThrow());
        UUID order = UUID.randomUUID();
        UUID rejected = UUID.randomUUID();
        UUID buyer = UUID.randomUUID();
        var placed = new OrderPlaced(escritorio, order, "T-1", buyer, UUID.randomUUID(), Money.of("1000.00", "BRL"), PaymentMethod.INVOICE,
                clock.instant());
        // As ordering's events reach the ledger (the publication registry may deliver one twice) — the listener itself, on
        // this thread: through its proxy it would run later, on the listeners' own threads.
        SalesLedger listener = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(ledger);
        listener.on(placed);
        listener.on(placed);
        listener.on(new OrderPlaced(escritorio, rejected, "T-2", buyer, UUID.randomUUID(), Money.of("500.00", "BRL"), PaymentMethod.INVOICE,
                clock.instant()));
        listener.on(new OrderStatusChanged(escritorio, rejected, "T-2", OrderStatus.SUBMITTED, OrderStatus.REJECTED, "no stock", clock.instant()));

        var after = asOperator(() -> overview.of(escritorio).orElseThrow());
        assertThat(after.orders()).isEqualTo(before.orders() + 1);
        assertThat(after.gmv().amount().subtract(before.gmv().amount())).isEqualByComparingTo("1000.00");
        assertThat(after.activeBuyers()).isEqualTo(before.activeBuyers() + 1);

        var byGmv = asOperator(() -> overview.find(new TenantFilter("", Set.of(), Order.GMV), 0, 100));
        assertThat(byGmv).extracting(s -> s.gmv().amount()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(asOperator(() -> overview.figures()).gmv().amount()).isGreaterThanOrEqualTo(after.gmv().amount());
    }

    @Test
    void tenantsAreFoundByNameHostOrCnpjAndFilteredByStatus() {
        assertThat(asOperator(() -> overview.find(new TenantFilter("SABOR", Set.of(), Order.NAME), 0, 10)))
                .extracting(s -> s.tenant().slug()).containsExactly("sabor");
        assertThat(asOperator(() -> overview.find(new TenantFilter("ferragens.localhost", Set.of(), Order.NAME), 0, 10)))
                .extracting(s -> s.tenant().slug()).containsExactly("ferragens");
        assertThat(asOperator(() -> overview.count(new TenantFilter("", Set.of(TenantStatus.CANCELLED), Order.NAME))))
                .isEqualTo((int) tenants.all().stream().filter(t -> t.status() == TenantStatus.CANCELLED).count());
        int all = asOperator(() -> overview.count(TenantFilter.all()));
        assertThat(asOperator(() -> overview.find(TenantFilter.all(), 1, 2))).hasSizeLessThanOrEqualTo(2)
                .extracting(s -> s.tenant().slug()).isEqualTo(asOperator(() -> overview.find(TenantFilter.all(), 0, all)).stream()
                        .skip(1).limit(2).map(s -> s.tenant().slug()).toList());
    }

    @Test
    void plansCountInTheFiguresAndOnlyTheSuppliersAdminsAndOperatorsChooseThem() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        var sabor = tenants.bySlug("sabor").orElseThrow().id();
        assertThat(asOperator(() -> plans.of(ferragens)).orElseThrow().plan().code()).as("declared in tenants/ferragens/plan.yaml")
                .isEqualTo("profissional");
        var figures = asOperator(() -> overview.figures());
        long paying = tenants.all().stream().filter(t -> t.status() == TenantStatus.ACTIVE || t.status() == TenantStatus.PAST_DUE)
                .map(t -> plans.stored(t.id())).filter(java.util.Optional::isPresent).count();
        assertThat(paying).isPositive();
        assertThat(figures.mrr().amount()).isPositive();
        assertThat(figures.byPlan()).containsKeys("Básico", "Profissional", "Enterprise");

        assertThatThrownBy(() -> Acting.asPerson("admin@ferragenspaulista.com.br", sabor, () -> plans.choose(sabor, "basico")))
                .as("another supplier's admin").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asPerson("carlos.lima@ferragenspaulista.com.br", ferragens, () -> plans.choose(ferragens, "basico")))
                .as("a rep").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asOperator(() -> plans.choose(ferragens, "gratis"))).isInstanceOf(IllegalArgumentException.class);

        asOperator(() -> plans.choose(ferragens, "enterprise"));
        assertThat(asOperator(() -> overview.of(ferragens)).orElseThrow().plan()).contains("Enterprise");
        assertThat(asOperator(() -> audit.search("profissional → enterprise", 0, 5))).isNotEmpty();
        Acting.asPerson("admin@ferragenspaulista.com.br", ferragens, () -> plans.choose(ferragens, "profissional"));
        assertThat(Acting.asPerson("admin@ferragenspaulista.com.br", ferragens, () -> plans.of(ferragens)).orElseThrow().plan().code())
                .isEqualTo("profissional");
    }

    @Test
    void nobodyButOperatorsSeesTheFigures() {
        var ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        assertThatThrownBy(() -> Acting.asPerson("admin@ferragenspaulista.com.br", ferragens, () -> overview.find(TenantFilter.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Acting.asSupplier(ferragens, () -> overview.figures())).isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T asOperator(java.util.function.Supplier<T> work) {
        return Acting.asPerson(OPERATOR, null, work);
    }
}
