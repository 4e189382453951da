package dev.feira.ordering;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import dev.feira.catalog.Catalog;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.SavedLists.ListRefusal;
import dev.feira.ordering.SavedLists.SavedList;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A buyer company's saved lists: kept by who made them until shared, changed by their maker or the buyer admin,
 * ordered in one step in the units they were saved in, and never seen by another company.
 */
@SpringBootTest
@ActiveProfiles("test")
class SavedListsIntegrationTests {

    static final String PATRICIA = "compras@construtorahorizonte.com.br"; // buyer admin and purchaser
    static final String RICARDO = "engenharia@construtorahorizonte.com.br"; // approver only
    static final String FERNANDA = "suprimentos@metalurgicavale.com.br"; // another company, same supplier

    @Autowired
    SavedLists lists;
    @Autowired
    Carts carts;
    @Autowired
    Orders orders;
    @Autowired
    Catalog catalog;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    TenantDirectory tenants;

    TenantId ferragens;
    BuyerAccountProfile horizonte;

    @BeforeEach
    void clean() {
        ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        horizonte = Acting.asSupplier(ferragens, () -> accounts.byAccountNumber("FP-10021")).orElseThrow();
        Acting.asSupplier(ferragens, () -> catalog.setStock("FP-00092", "GRU", 500));
        removeAllLists();
        as(PATRICIA, () -> carts.empty(horizonte));
    }

    @AfterEach
    void asFound() {
        removeAllLists();
        as(PATRICIA, () -> carts.empty(horizonte));
    }

    @Test
    void aListSavedInBundlesGoesToTheCartInBundlesAndStaysToBeOrderedAgain() {
        var list = as(PATRICIA, () -> lists.create("Reposição mensal", true,
                List.of(new Carts.NewLine("fp-00092", 2, "FD"), new Carts.NewLine("FP-00001", 1, null))));
        assertThat(list.items()).extracting(SavedLists.Item::sku, SavedLists.Item::quantity, SavedLists.Item::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FP-00092", 2, "FD"),
                        org.assertj.core.groups.Tuple.tuple("FP-00001", 1, list.items().get(1).unit()));
        assertThat(list.items()).allSatisfy(item -> assertThat(item.name()).isPresent());

        var added = as(PATRICIA, () -> lists.addToCart(list.id()));

        var bundles = added.cart().lines().stream().filter(l -> l.sku().equals("FP-00092")).findFirst().orElseThrow();
        assertThat(bundles.ordered().chosenUnit()).isEqualTo("FD");
        assertThat(bundles.ordered().inChosenUnit()).isEqualTo(2);
        assertThat(bundles.quantity()).isEqualTo(2 * bundleSize());
        assertThat(as(PATRICIA, () -> lists.byId(list.id())).orElseThrow().items()).hasSize(2);
    }

    @Test
    void whatCannotGoInTheCartIsLeftOutWithItsReasonAndTheRestGoesIn() {
        var list = as(PATRICIA, () -> lists.create("Obra Jardins", true, List.of(new Carts.NewLine("FP-00092", 2, null),
                new Carts.NewLine("FP-00001", dev.feira.pricing.Pricing.MAX_QUANTITY, null))));
        as(PATRICIA, () -> carts.add(horizonte, "FP-00001", 1, null));

        var added = as(PATRICIA, () -> lists.addToCart(list.id()));

        assertThat(added.added()).isEqualTo(1);
        assertThat(added.leftOut()).singleElement().satisfies(out -> {
            assertThat(out.line().sku()).isEqualTo("FP-00001");
            assertThat(out.reason().key()).isEqualTo("cart.refused.too-many");
        });
        assertThat(added.cart().lines()).extracting(PricedCart.Line::sku, PricedCart.Line::quantity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FP-00001", 1), org.assertj.core.groups.Tuple.tuple("FP-00092", 2));
    }

    @Test
    void aPrivateListIsItsMakersASharedOneIsReadByColleaguesAndChangedOnlyByItsMakerOrTheAdmin() {
        var mine = as(RICARDO, () -> lists.create("Só meu", false, List.of(new Carts.NewLine("FP-00092", 1, null))));
        var shared = as(RICARDO, () -> lists.create("Da obra", true, List.of(new Carts.NewLine("FP-00092", 1, null))));
        var patricias = as(PATRICIA, () -> lists.create("Da Patrícia", true, List.of()));

        assertThat(as(PATRICIA, () -> lists.ofCaller())).extracting(SavedList::name).containsExactly("Da obra", "Da Patrícia");
        assertThat(as(PATRICIA, () -> lists.byId(mine.id()))).isEmpty();
        assertThat(as(RICARDO, () -> lists.ofCaller())).extracting(SavedList::name).containsExactly("Da obra", "Da Patrícia", "Só meu");

        // The approver reads the purchaser's shared list but may not change it; the buyer admin may change his.
        assertThat(as(RICARDO, () -> lists.byId(patricias.id())).orElseThrow().editable()).isFalse();
        assertThatThrownBy(() -> as(RICARDO, () -> lists.add(patricias.id(), List.of(new Carts.NewLine("FP-00092", 1, null)))))
                .isInstanceOf(ListRefusal.class).extracting(e -> ((ListRefusal) e).key()).isEqualTo("lists.refused.not-yours");
        var changed = as(PATRICIA, () -> lists.change(shared.id(), "FP-00092", 5));
        assertThat(changed.items().getFirst().quantity()).isEqualTo(5);

        // Approvers approve; they do not fill the cart.
        assertThatThrownBy(() -> as(RICARDO, () -> lists.addToCart(shared.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherCompanyOfTheSameSupplierNeitherSeesNorOrdersNorChangesTheList() {
        var list = as(PATRICIA, () -> lists.create("Horizonte", true, List.of(new Carts.NewLine("FP-00092", 1, null))));

        assertThat(as(FERNANDA, () -> lists.ofCaller())).extracting(SavedList::name).doesNotContain("Horizonte");
        assertThat(as(FERNANDA, () -> lists.byId(list.id()))).isEmpty();
        assertThatThrownBy(() -> as(FERNANDA, () -> lists.addToCart(list.id()))).isInstanceOf(ListRefusal.class);
        assertThatThrownBy(() -> as(FERNANDA, () -> lists.change(list.id(), "FP-00092", 9))).isInstanceOf(ListRefusal.class);
        assertThatThrownBy(() -> asVoid(FERNANDA, () -> lists.delete(list.id()))).isInstanceOf(ListRefusal.class);
        assertThat(as(PATRICIA, () -> lists.byId(list.id())).orElseThrow().items().getFirst().quantity()).isEqualTo(1);
        // Supplier staff have no lists of their own here.
        assertThatThrownBy(() -> as("carlos.lima@ferragenspaulista.com.br", () -> lists.ofCaller()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCartAndAPastOrderBecomeListsInTheUnitsChosenThere() {
        as(PATRICIA, () -> carts.add(horizonte, "FP-00092", 1, "FD"));
        var fromCart = as(PATRICIA, () -> lists.fromCart("Do carrinho", false));
        assertThat(fromCart.items()).singleElement().satisfies(i -> {
            assertThat(i.quantity()).isEqualTo(1);
            assertThat(i.unit()).isEqualTo("FD");
        });
        var order = as(PATRICIA, () -> orders.place(horizonte, UUID.randomUUID().toString()));
        var fromOrder = as(PATRICIA, () -> lists.fromOrder(order.id(), "Do pedido " + order.number(), true));
        assertThat(fromOrder.items()).extracting(SavedLists.Item::sku, SavedLists.Item::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FP-00092", "FD"));
        assertThatThrownBy(() -> as(FERNANDA, () -> lists.fromOrder(order.id(), "Roubado", true)))
                .isInstanceOf(ListRefusal.class).extracting(e -> ((ListRefusal) e).key()).isEqualTo("lists.refused.no-order");
    }

    @Test
    void namesAreRequiredUniquePerCompanyAndBadLinesChangeNothing() {
        as(PATRICIA, () -> lists.create("Mensal", true, List.of()));
        assertThatThrownBy(() -> as(PATRICIA, () -> lists.create(" mensal ", true, List.of())))
                .isInstanceOf(ListRefusal.class).extracting(e -> ((ListRefusal) e).key()).isEqualTo("lists.refused.name-taken");
        assertThatThrownBy(() -> as(PATRICIA, () -> lists.create("  ", true, List.of())))
                .isInstanceOf(ListRefusal.class).extracting(e -> ((ListRefusal) e).key()).isEqualTo("lists.refused.name-required");
        assertThatThrownBy(() -> as(PATRICIA, () -> lists.create("Ruim", true,
                List.of(new Carts.NewLine("FP-00092", 1, null), new Carts.NewLine("NAO-EXISTE", 1, null)))))
                .isInstanceOf(ListRefusal.class).extracting(e -> ((ListRefusal) e).key()).isEqualTo("lists.refused.unknown-sku");
        assertThat(as(PATRICIA, () -> lists.ofCaller())).extracting(SavedList::name).containsExactly("Mensal");
    }

    private int bundleSize() {
        return Acting.asSupplier(ferragens, () -> catalog.bySku("FP-00092").orElseThrow().units().get("FD"));
    }

    private void removeAllLists() {
        for (String person : List.of(PATRICIA, RICARDO)) {
            as(person, () -> lists.ofCaller()).stream().filter(SavedList::editable)
                    .forEach(list -> asVoid(person, () -> lists.delete(list.id())));
        }
    }

    private <T> T as(String person, Supplier<T> work) {
        return Acting.asPerson(person, ferragens, work);
    }

    private void asVoid(String person, Runnable work) {
        as(person, () -> {
            work.run();
            return null;
        });
    }
}
