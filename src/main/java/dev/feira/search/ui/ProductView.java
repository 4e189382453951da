package dev.feira.search.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dev.feira.catalog.Catalog;
import dev.feira.catalog.ProductSnapshot;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.Pricing;
import dev.feira.pricing.ui.PriceTrace;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * One product as a buyer studies it: identifiers, units and lots, stock, and — for those who may
 * see prices — its price for the quantity typed, with the reason and the buyer's terms. A product
 * outside the buyer's assortment, or of a private supplier the visitor may not browse, is not found.
 */
@Route(value = "catalog/product", layout = MainLayout.class)
@AnonymousAllowed
class ProductView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView,
        com.vaadin.flow.router.HasUrlParameter<String> {

    private final transient Catalog catalog;
    private final transient dev.feira.catalog.ProductImages images;
    private final transient dev.feira.ordering.Carts carts;
    private final transient Pricing pricing;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient BuyerAccountDirectory accounts;
    private String sku;
    private String title = "";

    private final transient dev.feira.ordering.SavedLists savedLists;

    ProductView(Catalog catalog, dev.feira.catalog.ProductImages images, dev.feira.ordering.Carts carts, Pricing pricing,
                TenantDirectory tenants, CatalogAccess access, BuyerAccountDirectory accounts, dev.feira.ordering.SavedLists savedLists) {
        this.savedLists = savedLists;
        this.carts = carts;
        this.catalog = catalog;
        this.images = images;
        this.pricing = pricing;
        this.tenants = tenants;
        this.access = access;
        this.accounts = accounts;
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event, String parameter) {
        this.sku = parameter;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tenant = tenants.current();
        if (tenant.isEmpty() || !access.mayBrowse(tenant.get())) {
            event.forwardTo("catalog");
            return;
        }
        boolean prices = access.maySeePrices(tenant.get());
        Optional<BuyerAccountProfile> buyer = prices ? accounts.ofCaller() : Optional.empty();
        var assortment = pricing.assortment(buyer);
        ProductSnapshot product = catalog.bySku(sku)
                .filter(p -> assortment.map(a -> a.includes(p.sku(), p.category())).orElse(true))
                .orElseThrow(NotFoundException::new);
        title = product.name() + " · " + tenant.get().name();
        var lot = pricing.orderLot(product, buyer);
        removeAll();
        Locale locale = getLocale();

        var back = new Anchor("catalog", "← " + getTranslation("nav.catalog"));
        var name = new H2(product.name());
        name.setId("product-name");
        var ids = new Paragraph(String.join(" · ", Stream.of(product.brand(), product.category(), "SKU " + product.sku(),
                product.gtin() == null ? null : "GTIN " + product.gtin(), product.mpn() == null ? null : "MPN " + product.mpn())
                .filter(v -> v != null && !v.isBlank()).toList()));
        ids.addClassName("product-ids");
        var facts = new Div(
                fact(getTranslation("product.unit"), product.packSize() > 1 ? product.unit() + " × " + product.packSize() : product.unit()),
                fact(getTranslation("product.min-lot"), String.valueOf(lot.minimum())),
                fact(getTranslation("product.multiple"), String.valueOf(lot.multiple())),
                fact(getTranslation("product.stock"), stock(product)));
        if (!product.units().isEmpty()) {
            facts.add(fact(getTranslation("product.units"), product.units().entrySet().stream()
                    .map(u -> getTranslation("product.unit-of-sale", u.getKey(), u.getValue(), product.unit()))
                    .collect(java.util.stream.Collectors.joining(" · "))));
        }
        facts.addClassName("product-facts");
        add(back, name, ids);
        var pictures = images.of(product.sku());
        if (!pictures.isEmpty()) {
            var gallery = new Div();
            gallery.setId("product-gallery");
            gallery.addClassName("product-pictures");
            pictures.forEach(p -> {
                var image = new com.vaadin.flow.component.html.Image("media/products/" + product.sku() + "/" + p.id(), product.name());
                image.setHeight("160px");
                gallery.add(image);
            });
            add(gallery);
        }
        add(new Paragraph(product.description() == null ? "" : product.description()), facts);
        if (!product.attributes().isEmpty()) {
            var specifications = new Div();
            specifications.setId("product-attributes");
            specifications.addClassName("product-facts");
            product.attributes().forEach((attribute, value) -> specifications.add(fact(attribute, value)));
            add(new H3(getTranslation("product.attributes")), specifications);
        }

        if (!prices) {
            add(new Paragraph(getTranslation("product.price.sign-in")));
            return;
        }
        var quantity = new IntegerField(getTranslation("quick-order.quantity"));
        quantity.setId("product-quantity");
        quantity.setMin(1);
        quantity.setMax(Pricing.MAX_QUANTITY);
        quantity.setStep(lot.multiple());
        quantity.setStepButtonsVisible(true);
        quantity.setValue(lot.minimum());
        quantity.setValueChangeMode(ValueChangeMode.LAZY);
        // A buyer may count in any unit the product is sold in; prices and lots are in the base unit.
        var unit = new Select<String>();
        unit.setId("product-unit");
        unit.setLabel(getTranslation("product.order-unit"));
        var unitCodes = new java.util.ArrayList<String>(List.of(product.unit()));
        unitCodes.addAll(product.units().keySet());
        unit.setItems(unitCodes);
        unit.setValue(product.unit());
        unit.setVisible(unitCodes.size() > 1);
        var price = new Div();
        price.setId("product-price");
        Runnable reprice = () -> {
            price.removeAll();
            Integer counted = quantity.getValue();
            Integer units = counted == null || counted < 1 ? null
                    : product.inBaseUnits(counted, unit.getValue()).filter(q -> q <= Pricing.MAX_QUANTITY).orElse(null);
            if (units == null) {
                price.add(new Span(getTranslation("quick-order.problem.BAD_QUANTITY")));
                return;
            }
            if (!product.unit().equals(unit.getValue())) {
                var converted = new Paragraph(getTranslation("product.in-base-units", units, product.unit()));
                converted.setId("product-base-quantity");
                price.add(converted);
            }
            price.add(new PriceTrace(pricing.quote(product, units, buyer), pricing.terms(buyer), locale));
            if (units < lot.minimum()) {
                price.add(new Paragraph(getTranslation("quick-order.problem.BELOW_MINIMUM_LOT", lot.minimum())));
            } else if (units % lot.multiple() != 0) {
                price.add(new Paragraph(getTranslation("quick-order.problem.NOT_A_MULTIPLE", lot.multiple())));
            }
        };
        quantity.addValueChangeListener(e -> reprice.run());
        unit.addValueChangeListener(e -> reprice.run());
        reprice.run();
        var addToCart = new com.vaadin.flow.component.button.Button(getTranslation("product.add-to-cart"),
                com.vaadin.flow.component.icon.VaadinIcon.CART.create(), e -> {
            try {
                var cart = carts.add(buyer.orElseThrow(), product.sku(), quantity.getValue() == null ? 0 : quantity.getValue(), unit.getValue());
                dev.feira.ordering.ui.CartNotices.added(cart, product.sku());
            } catch (dev.feira.ordering.Carts.CartRefusal refused) {
                dev.feira.ordering.ui.CartNotices.refused(refused);
            }
        });
        addToCart.setId("product-add-to-cart");
        addToCart.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        addToCart.setVisible(buyer.isPresent()); // carts belong to buyer companies with an account here
        // A bigger or special purchase starts as a request for quotation, to this supplier and others.
        String askFor = "rfqs/new?from=product&supplier=" + tenants.current().orElseThrow().slug()
                + "&sku=" + java.net.URLEncoder.encode(product.sku(), java.nio.charset.StandardCharsets.UTF_8) + "&quantity=";
        var askQuote = new com.vaadin.flow.component.html.Anchor(askFor + (quantity.getValue() == null ? 1 : quantity.getValue()),
                getTranslation("product.ask-quote"));
        quantity.addValueChangeListener(e -> askQuote.setHref(askFor + (e.getValue() == null ? 1 : e.getValue())));
        askQuote.setId("product-ask-quote");
        askQuote.setVisible(buyer.isPresent());
        var saveToList = new com.vaadin.flow.component.button.Button(getTranslation("lists.save-product"),
                com.vaadin.flow.component.icon.VaadinIcon.LIST.create(), e -> dev.feira.ordering.ui.SaveToListDialog.open(savedLists,
                        List.of(new dev.feira.ordering.Carts.NewLine(product.sku(), quantity.getValue() == null ? 1 : quantity.getValue(),
                                unit.getValue()))));
        saveToList.setId("product-save-to-list");
        saveToList.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        saveToList.setVisible(buyer.isPresent());
        var order = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(quantity, unit, addToCart, saveToList, askQuote);
        order.setWrap(true);
        order.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(order, price);
    }

    /** The total, and per warehouse when the supplier has more than one. */
    private String stock(ProductSnapshot product) {
        if (product.stock() == 0) {
            return getTranslation("product.out-of-stock");
        }
        var levels = catalog.stockOf(product.sku());
        if (levels.size() < 2) {
            return String.valueOf(product.stock());
        }
        return product.stock() + " (" + levels.stream().map(l -> l.warehouseName() + ": " + l.quantity())
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    private static Div fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var detail = new Span(value);
        detail.addClassName("fact-value");
        var fact = new Div(term, detail);
        fact.addClassName("fact");
        return fact;
    }
}
