package dev.feira.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CompanyAddresses;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Refusal;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a Brazilian B2B buyer writes on its order — its PO number, a delivery address among its company's branches
 * (each with its CNPJ), a delivery date, a note — and the unit it chose, carried to the order the supplier reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class CheckoutDetailsIntegrationTests {

    @Autowired
    Orders orders;
    @Autowired
    Carts carts;
    @Autowired
    CompanyAddresses addresses;
    @Autowired
    PurchasingPolicy policy;
    @Autowired
    Catalog catalog;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    People people;
    @Autowired
    TenantDirectory tenants;

    private BuyerAccountProfile horizonte;
    private PortalUser patricia;
    private PortalUser ricardo;
    private PortalUser fernanda;

    @BeforeEach
    void people() {
        horizonte = asFerragens(() -> accounts.byAccountNumber("FP-10021")).orElseThrow();
        var team = people.ofBuyerCompany(horizonte.buyerCompanyId());
        patricia = team.stream().filter(p -> p.username().equals("compras@construtorahorizonte.com.br")).findFirst().orElseThrow();
        ricardo = team.stream().filter(p -> p.username().equals("engenharia@construtorahorizonte.com.br")).findFirst().orElseThrow();
        var vale = asFerragens(() -> accounts.byAccountNumber("FP-10007")).orElseThrow();
        fernanda = people.ofBuyerCompany(vale.buyerCompanyId()).stream()
                .filter(p -> p.username().equals("suprimentos@metalurgicavale.com.br")).findFirst().orElseThrow();
        Acting.asSupplier(tenants.bySlug("ferragens").orElseThrow().id(), () -> catalog.setStock("FP-00092", "GRU", 500));
        as(patricia, () -> carts.empty(horizonte));
    }

    @AfterEach
    void asFound() {
        as(patricia, () -> carts.empty(horizonte));
        as(patricia, () -> {
            policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), null, null);
            return null;
        });
    }

    @Test
    void theOrderCarriesThePoNumberShipToDateNoteAndTheUnitTheBuyerChose() {
        as(patricia, () -> carts.add(horizonte, "FP-00092", 1, "FD"));
        var barra = as(patricia, () -> addresses.ofCaller()).stream().filter(a -> a.label().equals("Obra Barra da Tijuca"))
                .findFirst().orElseThrow();
        var date = LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(10);

        var order = as(patricia, () -> orders.place(horizonte, UUID.randomUUID().toString(), new Checkout(null,
                Optional.of(" PC-2026-0042 "), Optional.of(barra.id()), Optional.of(date), Optional.of("Entregar pela portaria 2"))));

        var purchase = order.purchase();
        assertThat(purchase.buyerPoNumber()).contains("PC-2026-0042");
        assertThat(purchase.shipTo()).map(PurchaseDetails.ShipTo::state).contains("RJ");
        assertThat(purchase.shipTo()).map(PurchaseDetails.ShipTo::taxId).contains("12.345.678/0003-57");
        assertThat(purchase.requestedDelivery()).contains(date);
        assertThat(purchase.noteToSupplier()).contains("Entregar pela portaria 2");
        assertThat(order.lines().getFirst().ordered().text(Locale.forLanguageTag("pt-BR"))).isEqualTo("1 FD (10 CX)");
        // The supplier reads the same, from its inbox of what needs its action.
        var inInbox = asFerragens(() -> orders.inbox(OrderStatus.awaitingSupplier(), 0, 50)).stream()
                .filter(o -> o.id().equals(order.id())).findFirst().orElseThrow();
        assertThat(inInbox.purchase()).isEqualTo(purchase);
        assertThat(inInbox.lines().getFirst().saleUnit()).map(OrderedQuantity.SaleUnit::code).contains("FD");
    }

    @Test
    void taxesFollowWhereTheGoodsGoInterstateWithSubstitutionInternalWithout() {
        var addressBook = as(patricia, () -> addresses.ofCaller());
        var barra = addressBook.stream().filter(a -> a.state().equals("RJ")).findFirst().orElseThrow();
        as(patricia, () -> carts.add(horizonte, "FP-00092", 10, null));
        var toRio = as(patricia, () -> orders.place(horizonte, UUID.randomUUID().toString(), new Checkout(null, Optional.empty(),
                Optional.of(barra.id()), Optional.empty(), Optional.empty())));
        as(patricia, () -> carts.add(horizonte, "FP-00092", 10, null));
        var inSaoPaulo = as(patricia, () -> orders.place(horizonte, UUID.randomUUID().toString()));

        // Nuts (NCM 7318.16.00, IPI 5 %) from São Paulo: into Rio at 12 % with Ferragens' ST rule for 7318 there …
        var rio = toRio.taxes();
        assertThat(rio.originState()).contains("SP");
        assertThat(rio.destinationState()).contains("RJ");
        assertThat(rio.ipi().amount()).isEqualByComparingTo(toRio.total().amount().multiply(new BigDecimal("0.05"))
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(rio.icms().amount()).isEqualByComparingTo(toRio.total().amount().multiply(new BigDecimal("0.12"))
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(rio.icmsSt().amount()).isPositive();
        assertThat(toRio.payable().amount()).isEqualByComparingTo(toRio.total().amount().add(rio.ipi().amount()).add(rio.icmsSt().amount()));
        assertThat(toRio.lines().getFirst().tax()).map(PlacedOrder.LineTax::ncm).contains("73181600");
        // … and within São Paulo at 18 %, with no substitution.
        assertThat(inSaoPaulo.taxes().icms().amount()).isEqualByComparingTo(inSaoPaulo.total().amount().multiply(new BigDecimal("0.18"))
                .setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(inSaoPaulo.taxes().icmsSt().amount()).isZero();
    }

    @Test
    void withoutAChoiceTheCompanysDefaultAddressIsUsed() {
        as(patricia, () -> carts.add(horizonte, "FP-00092", 10, null));

        var order = as(patricia, () -> orders.place(horizonte, UUID.randomUUID().toString()));

        assertThat(order.purchase().shipTo()).map(PurchaseDetails.ShipTo::label).contains("Sede");
        assertThat(order.lines().getFirst().saleUnit()).isEmpty();
    }

    @Test
    void anotherCompanysAddressAPastDateOrAnOverlongPoNumberPlacesNothing() {
        as(patricia, () -> carts.add(horizonte, "FP-00092", 10, null));
        var valesAddress = as(fernanda, () -> addresses.ofCaller()).getFirst().id();
        var yesterday = LocalDate.now(ZoneId.of("America/Sao_Paulo")).minusDays(1);

        assertThatThrownBy(() -> as(patricia, () -> orders.place(horizonte, "k1", new Checkout(null, Optional.empty(),
                Optional.of(valesAddress), Optional.empty(), Optional.empty())))).isInstanceOf(Orders.CheckoutRefusal.class)
                .extracting(e -> ((Orders.CheckoutRefusal) e).key()).isEqualTo("checkout.refused.unknown-ship-to");
        assertThatThrownBy(() -> as(patricia, () -> orders.place(horizonte, "k2", new Checkout(null, Optional.empty(),
                Optional.empty(), Optional.of(yesterday), Optional.empty())))).isInstanceOf(Orders.CheckoutRefusal.class)
                .extracting(e -> ((Orders.CheckoutRefusal) e).key()).isEqualTo("checkout.refused.delivery-date");
        assertThatThrownBy(() -> as(patricia, () -> orders.place(horizonte, "k3", new Checkout(null, Optional.of("X".repeat(41)),
                Optional.empty(), Optional.empty(), Optional.empty())))).isInstanceOf(Orders.CheckoutRefusal.class);
        assertThat(as(patricia, () -> carts.view(horizonte)).lines()).hasSize(1);
    }

    @Test
    void beforePlacingAnOrderOverHerLimitThePurchaserLearnsItWillWaitForTheApprover() {
        as(patricia, () -> {
            policy.setLimits(horizonte.buyerCompanyId(), patricia.id(), new BigDecimal("100"), null);
            return null;
        });
        as(patricia, () -> carts.add(horizonte, "FP-00092", 10, null));
        var cart = as(patricia, () -> carts.view(horizonte));

        var forecast = as(patricia, () -> orders.approvalForecast(horizonte, cart.payable()));
        var small = as(patricia, () -> orders.approvalForecast(horizonte, new dev.feira.shared.Money(BigDecimal.TEN, cart.total().currency())));

        assertThat(forecast).map(Orders.ApprovalForecast::levels).contains(1);
        assertThat(forecast.orElseThrow().firstDeciders()).contains(ricardo.displayName()).doesNotContain(patricia.displayName());
        assertThat(small).isEmpty();
    }

    @Test
    void onlyTheBuyerAdminChangesTheCompanysAddressesAndEachCompanySeesOnlyItsOwn() {
        var address = new CompanyAddresses.NewAddress("Obra Moema", "12.345.678/0004-38", "Av. Ibirapuera, 2000", "Moema",
                "São Paulo", "SP", "04028-001");

        assertThatThrownBy(() -> as(ricardo, () -> addresses.add(address))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(patricia, () -> addresses.add(new CompanyAddresses.NewAddress("Obra", "12.345.678/0004-00",
                "Rua A, 1", null, "São Paulo", "SP", "01000-000")))).isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).key()).isEqualTo("addresses.refused.tax-id");
        var added = as(patricia, () -> addresses.add(address));
        try {
            assertThat(as(ricardo, () -> addresses.ofCaller())).extracting(CompanyAddresses.CompanyAddress::id).contains(added.id());
            assertThat(as(fernanda, () -> addresses.ofCaller())).extracting(CompanyAddresses.CompanyAddress::id).doesNotContain(added.id());
            assertThat(as(fernanda, () -> addresses.byId(added.id()))).isEmpty();
            assertThatThrownBy(() -> as(fernanda, () -> {
                addresses.remove(added.id());
                return null;
            })).isInstanceOf(Refusal.class);
        } finally {
            as(patricia, () -> {
                addresses.remove(added.id());
                return null;
            });
        }
    }

    private <T> T asFerragens(Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("ferragens").orElseThrow().id(), work);
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
}
