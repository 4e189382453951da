package dev.feira.ordering.ui;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.feira.ordering.Carts;
import dev.feira.ordering.OrderedQuantity;
import dev.feira.pricing.QuickOrder;
import dev.feira.pricing.QuickOrder.Line;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * Quick order by SKU: paste "SKU quantity [unit]" lines, see each one checked and priced at the buyer's own
 * conditions, with what is wrong on the lines that are not, and put the good ones in the cart in one click.
 */
@Route(value = "catalog/quick-order", layout = MainLayout.class)
@Menu(title = "nav.quick-order", order = 1.2)
@PermitAll
class QuickOrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient QuickOrder quickOrder;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient BuyerAccountDirectory accounts;
    private final transient Carts carts;

    QuickOrderView(QuickOrder quickOrder, TenantDirectory tenants, CatalogAccess access, BuyerAccountDirectory accounts, Carts carts) {
        this.carts = carts;
        this.quickOrder = quickOrder;
        this.tenants = tenants;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.quick-order"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tenant = tenants.current();
        if (tenant.isEmpty() || !access.maySeePrices(tenant.get())) {
            event.forwardTo("catalog");
            return;
        }
        removeAll();
        Optional<BuyerAccountProfile> buyer = accounts.ofCaller();
        Locale locale = getLocale();

        var pasted = new TextArea(getTranslation("quick-order.lines"));
        pasted.setId("quick-order-lines");
        pasted.setPlaceholder("FP-00001 10\nFP-00092;4\nFP-00150\t2");
        pasted.setWidthFull();
        pasted.setMinHeight("10em");
        var lines = new Grid<Line>();
        lines.setId("quick-order-grid");
        lines.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addColumn(Line::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.sku() == null ? l.text() : l.sku()).setHeader(getTranslation("product.sku")).setAutoWidth(true);
        lines.addColumn(l -> l.product().map(p -> p.name()).orElse("")).setHeader(getTranslation("product.name")).setFlexGrow(3);
        lines.addColumn(l -> l.quantity() == null ? "" : l.product().map(p -> new OrderedQuantity(l.quantity(), p.unit(),
                        l.unit().flatMap(u -> Optional.ofNullable(p.units().get(u)).filter(size -> size > 1)
                                .map(size -> new OrderedQuantity.SaleUnit(u, size)))).text(locale)).orElse(String.valueOf(l.quantity())))
                .setHeader(getTranslation("quick-order.quantity")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.price().map(q -> q.unitPrice().format(locale)).orElse(""))
                .setHeader(getTranslation("product.price")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.price().map(q -> q.total().format(locale)).orElse(""))
                .setHeader(getTranslation("quick-order.line-total")).setAutoWidth(true).setFlexGrow(0);
        lines.addColumn(l -> l.problem().map(p -> problem(l, p)).orElse("✓"))
                .setHeader(getTranslation("quick-order.check")).setFlexGrow(2).setPartNameGenerator(l -> l.orderable() ? "ok" : "problem");
        var summary = new Paragraph();
        summary.setId("quick-order-summary");
        // Only a buyer company with an account here has a cart; anyone else who may see prices checks and prices.
        var toCart = new Button(getTranslation("quick-order.to-cart"), VaadinIcon.CART.create());
        toCart.setId("quick-order-to-cart");
        toCart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toCart.setEnabled(false);
        toCart.setVisible(buyer.isPresent());
        var price = new Button(getTranslation("quick-order.price"), e -> {
            var result = quickOrder.price(pasted.getValue(), buyer);
            lines.setItems(result.lines());
            long ready = result.lines().size() - result.problems();
            summary.setText(getTranslation("quick-order.summary", ready, result.problems(), result.total().format(locale)));
            toCart.setText(getTranslation("quick-order.to-cart.count", ready));
            toCart.setEnabled(ready > 0);
        });
        price.setId("quick-order-price");
        toCart.addClickListener(e -> {
            var added = QuickOrderLines.addToCart(carts, buyer.orElseThrow(), quickOrder.price(pasted.getValue(), buyer));
            CartNotices.added(added);
            if (added.leftOut().isEmpty()) {
                pasted.clear();
                lines.setItems(java.util.List.of());
                summary.setText("");
                toCart.setEnabled(false);
            }
        });
        var buttons = new HorizontalLayout(price, toCart);
        buttons.setWrap(true);
        add(new H2(getTranslation("nav.quick-order")), new Paragraph(getTranslation("quick-order.intro")), pasted, buttons,
                summary, lines);
    }

    private String problem(Line line, QuickOrder.Problem problem) {
        return switch (problem) {
            case BELOW_MINIMUM_LOT -> getTranslation("quick-order.problem.BELOW_MINIMUM_LOT",
                    line.lot().orElseThrow().minimum());
            case NOT_A_MULTIPLE -> getTranslation("quick-order.problem.NOT_A_MULTIPLE", line.lot().orElseThrow().multiple());
            default -> getTranslation("quick-order.problem." + problem.name());
        };
    }
}
