package dev.feira.ordering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.ordering.PurchasingPolicy.ApprovalLevel;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Construtora Horizonte's purchasing policy at Ferragens Paulista: Patrícia buys, Ricardo approves.
 * An order over her limit waits, with the cart locked, for each approval level its amount reaches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class ApprovalIntegrationTests {

    static final String PATRICIA = "compras@construtorahorizonte.com.br";
    static final String RICARDO = "engenharia@construtorahorizonte.com.br";

    @Autowired
    Orders orders;
    @Autowired
    Approvals approvals;
    @Autowired
    PurchasingPolicy policy;
    @Autowired
    Carts carts;
    @Autowired
    Catalog catalog;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    People people;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    ApplicationEvents events;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private BuyerAccountProfile horizonte;
    private PortalUser patricia;
    private PortalUser ricardo;

    @BeforeEach
    void horizonte() {
        horizonte = asFerragens(() -> accounts.byAccountNumber("FP-10021")).orElseThrow();
        var team = people.ofBuyerCompany(horizonte.buyerCompanyId());
        patricia = team.stream().filter(p -> p.username().equals(PATRICIA)).findFirst().orElseThrow();
        ricardo = team.stream().filter(p -> p.username().equals(RICARDO)).findFirst().orElseThrow();
        Acting.asSupplier(ferragensId(), () -> catalog.setStock("FP-00092", "GRU", 500));
    }

    @AfterEach
    void asFound() {
        for (var waiting : asFerragens(() -> orders.ofBuyer(horizonte, java.util.Optional.of(OrderStatus.AWAITING_APPROVAL), 0, 100))) {
            as(patricia, () -> orders.cancel(horizonte, waiting.id(), "test over"));
        }
        as(patricia, () -> carts.empty(horizonte));
        asAdmin(() -> policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), null, null));
        asAdmin(() -> policy.setLevels(horizonte.buyerCompanyId(), List.of()));
        SecurityContextHolder.clearContext();
    }

    private dev.feira.shared.TenantId ferragensId() {
        return tenants.bySlug("ferragens").orElseThrow().id();
    }

    private <T> T asFerragens(Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
    }

    @Test
    void onlyTheCompanysBuyerAdminReadsAndSetsItsPurchasingRules() {
        var fernanda = people.ofBuyerCompany(asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow().buyerCompanyId()).stream()
                .filter(p -> p.has(Role.BUYER_ADMIN)).findFirst().orElseThrow();

        assertThatThrownBy(() -> as(fernanda, () -> policy.limits(horizonte.buyerCompanyId())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> as(ricardo, () -> {
            policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), BigDecimal.ONE, null);
            return null;
        })).as("an approver, not an admin").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> policy.setLevels(horizonte.buyerCompanyId(), List.of())).as("nobody signed in")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as(patricia, () -> policy.limits(horizonte.buyerCompanyId()))).isNotEmpty();
    }

    /** The company's rules are set by its buyer admin (Patrícia). */
    private void asAdmin(Runnable work) {
        as(patricia, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(PortalUser person, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(person.username(), null, List.of()));
        try {
            return asFerragens(work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Patrícia orders ten boxes of M6 nuts (R$ 511.00 at Horizonte's prices). */
    private PlacedOrder patriciaOrders() {
        as(patricia, () -> carts.empty(horizonte));
        as(patricia, () -> carts.add(horizonte, "FP-00092", 10, null));
        return as(patricia, () -> orders.place(horizonte, UUID.randomUUID().toString()));
    }

    @Test
    void anOrderWithinTheLimitsGoesStraightToTheSupplierAndCountsInTheMonth() {
        asAdmin(() -> policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), new BigDecimal("10000"), new BigDecimal("50000")));
        BigDecimal before = spentByPatricia();

        var order = patriciaOrders();

        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.approvalLevels()).isZero();
        assertThat(order.placedBy()).map(PlacedOrder.Purchaser::name).contains(patricia.displayName());
        assertThat(spentByPatricia()).isEqualByComparingTo(before.add(order.total().amount()));
    }

    @Test
    void anOrderOverTheLimitWaitsWithTheCartLockedUntilTheApproverApprovesIt() {
        asAdmin(() -> policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), new BigDecimal("100"), null));

        var order = patriciaOrders();

        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(as(patricia, () -> carts.view(horizonte)).awaitingApprovalOf()).contains(order.id());
        assertThatThrownBy(() -> as(patricia, () -> carts.add(horizonte, "FP-00092", 10, null))).isInstanceOf(Carts.CartRefusal.class)
                .hasMessageContaining("waits for approval");
        assertThat(events.stream(ApprovalRequested.class).filter(r -> r.order().equals(order.id())))
                .singleElement().satisfies(r -> assertThat(r.approvers()).contains(ricardo.id()).doesNotContain(patricia.id()));
        assertThat(events.stream(CartActivity.class)).extracting(CartActivity::kind).contains(CartActivity.Kind.SUBMITTED_FOR_APPROVAL);
        assertThatThrownBy(() -> as(patricia, () -> approvals.approve(order.id(), "mine"))).isInstanceOf(Approvals.ApprovalRefusal.class)
                .hasMessageContaining("your own order");
        assertThatThrownBy(() -> asFerragens(() -> orders.confirm(order.id(), Map.of(), null))).isInstanceOf(Orders.IllegalTransition.class);
        assertThat(as(ricardo, () -> approvals.awaitingMyDecision(horizonte))).extracting(PlacedOrder::id).contains(order.id());

        var approved = as(ricardo, () -> approvals.approve(order.id(), "Needed for the Jardins site"));

        assertThat(approved.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(approved.approvals()).singleElement().satisfies(a -> assertThat(a.deciderName()).isEqualTo(ricardo.displayName()));
        var cart = as(patricia, () -> carts.view(horizonte));
        assertThat(cart.isEmpty()).isTrue();
        assertThat(cart.awaitingApprovalOf()).isEmpty();
        assertThat(events.stream(ApprovalDecided.class).filter(d -> d.order().equals(order.id()))).singleElement()
                .satisfies(d -> assertThat(d.purchaser()).isEqualTo(patricia.id()));
        // What the approver wrote stays inside Horizonte: Ferragens' ERP reads that the order was approved, not why.
        var api = new dev.feira.testing.IntegrationApiClient(port);
        String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        var seenBySupplier = api.get("ferragens.localhost", "/api/v1/orders/" + order.id(), erp);
        assertThat(seenBySupplier.statusCode()).isEqualTo(200);
        assertThat(seenBySupplier.body()).contains("APPROVED", ricardo.displayName()).doesNotContain("Jardins site");
        assertThat(api.get("ferragens.localhost", "/api/v1/orders?status=APPROVED", erp).body()).doesNotContain("Jardins site");
        assertThat(approved.asSupplierSees().approvals()).singleElement().satisfies(a -> assertThat(a.comment()).isEmpty());
        assertThat(as(patricia, () -> orders.byId(order.id())).orElseThrow().approvals().getFirst().comment())
                .as("the purchaser reads it").contains("Needed for the Jardins site");
        assertThat(asFerragens(() -> orders.confirm(order.id(), Map.of(), null)).status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aBigOrderPassesEveryLevelItsAmountReachesAndTheWrongRoleIsRefused() {
        asAdmin(() -> policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), new BigDecimal("100"), null));
        asAdmin(() -> policy.setLevels(horizonte.buyerCompanyId(), List.of(new ApprovalLevel(BigDecimal.ZERO, Role.APPROVER),
                new ApprovalLevel(new BigDecimal("300"), Role.APPROVER), new ApprovalLevel(new BigDecimal("100000"), Role.BUYER_ADMIN))));

        var order = patriciaOrders(); // R$ 511: levels from 0 and from 300, not the one from 100,000

        assertThat(order.approvalLevels()).isEqualTo(2);
        var first = as(ricardo, () -> approvals.approve(order.id(), null));
        assertThat(first.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(first.levelAwaitingDecision()).contains(2);
        var second = as(ricardo, () -> approvals.approve(order.id(), "ok"));
        assertThat(second.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(second.approvals()).extracting(PlacedOrder.Approval::level).containsExactly(1, 2);

        asAdmin(() -> policy.setLevels(horizonte.buyerCompanyId(), List.of(new ApprovalLevel(BigDecimal.ZERO, Role.APPROVER),
                new ApprovalLevel(new BigDecimal("300"), Role.BUYER_ADMIN))));
        var next = patriciaOrders();
        as(ricardo, () -> approvals.approve(next.id(), null));
        assertThatThrownBy(() -> as(ricardo, () -> approvals.approve(next.id(), null))).isInstanceOf(Approvals.ApprovalRefusal.class)
                .hasMessageContaining("buyer admin");
        assertThatThrownBy(() -> asAdmin(() -> policy.setLevels(horizonte.buyerCompanyId(), List.of(new ApprovalLevel(BigDecimal.TEN, Role.APPROVER)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMonthlyLimitCountsWhatWasOrderedBeforeThisMonth() {
        BigDecimal spent = spentByPatricia();
        asAdmin(() -> policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), null, spent.add(new BigDecimal("800"))));

        var first = patriciaOrders();  // R$ 511: within
        var second = patriciaOrders(); // another R$ 511: over the month's R$ 800

        assertThat(first.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(second.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        as(ricardo, () -> approvals.reject(second.id(), "Over the month's budget"));
    }

    @Test
    void aRejectionNeedsAReasonAndOpensTheCartAgainAsItWas() {
        asAdmin(() -> policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), new BigDecimal("100"), null));
        var order = patriciaOrders();

        assertThatThrownBy(() -> as(ricardo, () -> approvals.reject(order.id(), " "))).isInstanceOf(Approvals.ApprovalRefusal.class);
        var rejected = as(ricardo, () -> approvals.reject(order.id(), "Buy the M8 instead"));

        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.statusReason()).contains("Buy the M8 instead");
        var cart = as(patricia, () -> carts.view(horizonte));
        assertThat(cart.awaitingApprovalOf()).isEmpty();
        assertThat(cart.lines()).extracting(PricedCart.Line::sku).containsExactly("FP-00092");
        assertThat(events.stream(CartActivity.class)).extracting(CartActivity::kind).contains(CartActivity.Kind.APPROVAL_REJECTED);
        as(patricia, () -> carts.empty(horizonte));
    }

    private BigDecimal spentByPatricia() {
        return as(patricia, () -> policy.limits(horizonte.buyerCompanyId())).stream().filter(l -> l.person().id().equals(patricia.id())).findFirst()
                .orElseThrow().spentThisMonth();
    }
}
