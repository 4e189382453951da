package dev.feira.pricing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.ordering.Orders;
import dev.feira.ordering.PricedCart;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Escritório Total takes paper out of Padarias Estrela's assortment while a box of it waits in
 * their cart: the checkout is refused, saying which line and why, and the cart keeps the line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AssortmentWithdrawnIntegrationTests {

    static final Set<String> SHOPS = Set.of("Escritório e TI > Copa e Limpeza", "Escritório e TI > Copa e Utilidades",
            "Escritório e TI > Escrita", "Escritório e TI > Papéis", "Escritório e TI > Suprimentos de Impressão");

    @Autowired
    ConditionsImport conditions;
    @Autowired
    Carts carts;
    @Autowired
    Orders orders;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    private <T> T asEscritorio(Supplier<T> work) {
        return TenantContext.callAs(tenants.bySlug("escritorio").orElseThrow().id(), work);
    }

    private void assortment(Set<String> groups) {
        asEscritorio(() -> conditions.apply("test " + UUID.randomUUID(), new ConditionSet(null, Map.of(), List.of(), List.of(), List.of(),
                List.of(new ConditionSet.AssortmentEntry("VAREJO-LOJAS", "Sortimento lojas", null, "ET-5520", groups, Set.of())), List.of())));
    }

    @AfterEach
    void asFound() {
        assortment(SHOPS);
        var estrela = asEscritorio(() -> accounts.byAccountNumber("ET-5520")).orElseThrow();
        asEscritorio(() -> carts.empty(estrela));
    }

    @Test
    void aLineOutOfTheAssortmentStopsTheCheckoutWithAClearMessageAndStaysInTheCart() {
        var estrela = asEscritorio(() -> accounts.byAccountNumber("ET-5520")).orElseThrow();
        asEscritorio(() -> carts.empty(estrela));
        asEscritorio(() -> carts.add(estrela, "ET-00002", 10, null));
        long ordersBefore = asEscritorio(() -> orders.countOfBuyer(estrela, java.util.Optional.empty()));

        assortment(SHOPS.stream().filter(g -> !g.endsWith("Papéis")).collect(java.util.stream.Collectors.toSet()));

        assertThatThrownBy(() -> asEscritorio(() -> orders.place(estrela, UUID.randomUUID().toString())))
                .isInstanceOf(Orders.CheckoutRefusal.class).hasMessageContaining("ET-00002 is no longer available to you");
        var cart = asEscritorio(() -> carts.view(estrela));
        assertThat(cart.lines()).singleElement().satisfies(line -> {
            assertThat(line.sku()).isEqualTo("ET-00002");
            assertThat(line.problem()).contains(PricedCart.Problem.UNAVAILABLE);
        });
        assertThat(asEscritorio(() -> orders.countOfBuyer(estrela, java.util.Optional.empty()))).isEqualTo(ordersBefore);
    }
}
