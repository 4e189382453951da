package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerCaller;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.CurrentUser;
import dev.feira.ordering.Orders;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.TradeTerms;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * The rfq module on its own (its neighbours stood in for): publishing reaches each supplier as an invitation of its own,
 * and a supplier's answer reaches the buyer's side as a status — the events between the two owners, as a scenario.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
class RfqModuleTests {

    static final TenantId NORTE = TenantId.random();
    static final TenantId SUL = TenantId.random();
    static final UUID COMPANY = UUID.randomUUID();

    @MockitoBean
    BuyerAccountDirectory accounts;
    @MockitoBean
    CatalogAccess access;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    TenantDirectory tenants;
    @MockitoBean
    Catalog catalog;
    @MockitoBean
    Pricing pricing;
    @MockitoBean
    Orders orders;
    @MockitoBean
    dev.feira.webhooks.Webhooks webhooks;
    @MockitoBean
    dev.feira.identity.People people;
    @MockitoBean
    dev.feira.search.MarketplaceSearch marketplace;

    @Autowired
    Rfqs rfqs;
    @Autowired
    Quotes quotes;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @BeforeEach
    void aBuyerAndTwoSuppliers() {
        var sql = new JdbcTemplate(owner);
        for (TenantId supplier : List.of(NORTE, SUL)) {
            sql.update("""
                    insert into tenant (id, slug, name, visibility, default_locale, currency, primary_color)
                    values (?, ?, ?, 'PUBLIC', 'pt-BR', 'BRL', '#123456') on conflict do nothing""",
                    supplier.value(), "s-" + supplier.value(), "Supplier " + supplier);
            when(tenants.byId(supplier)).thenReturn(Optional.of(profile(supplier)));
        }
        sql.update("insert into buyer_company (id, code, name) values (?, ?, 'Obras Ltda.') on conflict do nothing", COMPANY, "c-" + COMPANY);
        when(accounts.buyerCaller()).thenReturn(Optional.of(new BuyerCaller(COMPANY, "Obras Ltda.", Optional.empty())));
        when(accounts.accountOfCompany(any())).thenReturn(Optional.empty());
        when(access.mayBrowse(any())).thenReturn(true);
        when(access.requireManager()).thenAnswer(call -> profile(TenantContext.require()));
        when(pricing.terms(any())).thenReturn(new TradeTerms("28 dias", TradeTerms.Freight.CIF, 3, null));
    }

    @Test
    void publishingInvitesEachSupplierOnItsOwnSide(Scenario scenario) {
        RfqId id = rfqs.create(draft(), Set.of(NORTE, SUL));

        scenario.stimulate(() -> rfqs.publish(id))
                .andWaitForEventOfType(QuoteInvited.class)
                .matching(invited -> invited.rfq().equals(id) && invited.tenant().equals(SUL))
                .toArriveAndVerify(invited -> {
                    assertThat(invited.number()).startsWith("RFQ-");
                    assertThat(invited.respondBy()).isBeforeOrEqualTo(invited.at().plus(Duration.ofHours(24)));
                    var atSul = TenantContext.callAs(SUL, () -> quotes.open(invited.invitation())).orElseThrow();
                    assertThat(atSul.lines()).extracting(SupplierInvitation.Line::description).containsExactly("Tijolo baiano");
                    assertThat(TenantContext.callAs(NORTE, () -> quotes.open(invited.invitation()))).as("not Norte's").isEmpty();
                });
    }

    @Test
    void aSuppliersAnswerReachesTheBuyerAsAStatus(Scenario scenario) {
        RfqId id = rfqs.create(draft(), Set.of(NORTE));
        scenario.stimulate(() -> rfqs.publish(id)).andWaitForEventOfType(QuoteInvited.class).matching(e -> e.rfq().equals(id)).toArrive();
        var invitation = TenantContext.callAs(NORTE, () -> quotes.inbox(Optional.empty(), 0, 10)).stream()
                .filter(i -> i.rfqNumber().equals(rfqs.byId(id).orElseThrow().number())).findFirst().orElseThrow();
        var line = TenantContext.callAs(NORTE, () -> quotes.open(invitation.id())).orElseThrow().lines().getFirst().lineId();

        // The scenario's transaction starts within Norte's tenant, as a request on Norte's portal would.
        TenantContext.runAs(NORTE, () -> scenario.stimulate(() -> quotes.submit(invitation.id(), new QuoteDraft("BRL",
                        LocalDate.now().plusDays(10), "28 dias", TradeTerms.Freight.FOB, BigDecimal.TEN, null,
                        List.of(new QuoteDraft.Line(line, new BigDecimal("1.20"), 5000, "UN", 7, null, null, null)))))
                .andWaitForEventOfType(QuoteAnswered.class).matching(answered -> answered.rfq().equals(id))
                .toArriveAndVerify(answered -> {
                    assertThat(answered.status()).isEqualTo(QuoteStatus.SUBMITTED);
                    assertThat(answered.revisions()).isEqualTo(1);
                }));
        // The buyer's side learns it (the mirror is written by the event's listener): the status, never the price early.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> rfqs.byId(id).orElseThrow().answers().getFirst().status() == QuoteStatus.SUBMITTED);
    }

    private static RfqDraft draft() {
        return new RfqDraft("Alvenaria", null, null, Instant.now().plus(Duration.ofDays(2)), "BRL", false, RfqDraft.AwardMode.PER_LINE,
                null, List.of(RfqDraft.Line.typed("Tijolo baiano", 5000, "UN")));
    }

    private static TenantProfile profile(TenantId id) {
        return new TenantProfile(id, "s-" + id.value(), "Supplier " + id, null, Visibility.PUBLIC, Locale.forLanguageTag("pt-BR"),
                Currency.getInstance("BRL"), "#123456", null, List.of(), dev.feira.tenancy.TenantStatus.ACTIVE, java.time.Instant.EPOCH);
    }
}
