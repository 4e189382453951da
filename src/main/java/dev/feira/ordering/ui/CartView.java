package dev.feira.ordering.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.Carts;
import dev.feira.ordering.PricedCart;
import dev.feira.ordering.PricedCart.Line;
import dev.feira.pricing.QuickOrder;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.pricing.ui.PriceTrace;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/**
 * The buyer company's cart at this supplier: lines re-checked and re-priced on every visit (with
 * what changed since they were added), quantities edited in place, lines pasted by SKU, the terms
 * and whether freight is free.
 */
@Route(value = "cart", layout = MainLayout.class)
@Menu(title = "nav.cart", order = 3.5)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"}) // buyer companies' people; the menu hides them from everyone else
class CartView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, BuyerPage {

    private final transient Carts carts;
    private final transient dev.feira.ordering.Orders orders;
    private final transient QuickOrder quickOrder;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final Grid<Line> grid = new Grid<>();
    private final Div totals = new Div();
    private final com.vaadin.flow.component.orderedlayout.HorizontalLayout actions = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
    private final VerticalLayout pasting = new VerticalLayout();
    private BuyerAccountProfile buyer;
    private PricedCart shown;

    CartView(Carts carts, dev.feira.ordering.Orders orders, QuickOrder quickOrder, BuyerAccountDirectory accounts,
             TenantDirectory tenants) {
        this.carts = carts;
        this.orders = orders;
        this.quickOrder = quickOrder;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.cart"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var account = enterAsBuyer(event, tenants, accounts);
        if (account.isEmpty()) {
            return;
        }
        buyer = account.get();
        removeAll();
        Locale locale = getLocale();
        grid.removeAllColumns();
        grid.setId("cart-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Line::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.product().map(p -> p.name()).orElse("")).setHeader(getTranslation("product.name")).setFlexGrow(3);
        grid.addComponentColumn(this::quantity).setHeader(getTranslation("quick-order.quantity")).setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(l -> unitPrice(l, locale)).setHeader(getTranslation("product.price")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.price().map(q -> q.total().format(locale)).orElse(""))
                .setHeader(getTranslation("quick-order.line-total")).setAutoWidth(true).setFlexGrow(0).setPartNameGenerator(l -> "line-total");
        grid.addColumn(l -> l.problem().map(p -> problem(l, p)).orElse("✓")).setHeader(getTranslation("quick-order.check"))
                .setFlexGrow(2).setPartNameGenerator(l -> l.problem().isPresent() ? "problem" : "ok");
        grid.addComponentColumn(this::remove).setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        totals.setId("cart-totals");

        var pasted = new TextArea(getTranslation("cart.paste"));
        pasted.setId("cart-paste");
        pasted.setPlaceholder("FP-00001 10\nFP-00092 2 FD");
        pasted.setWidthFull();
        var addPasted = new Button(getTranslation("cart.paste.add"), VaadinIcon.CART.create(), e -> {
            addPasted(pasted.getValue());
            pasted.clear();
        });
        addPasted.setId("cart-paste-add");
        var empty = new Button(getTranslation("cart.empty"), VaadinIcon.TRASH.create(), e -> show(carts.empty(buyer)));
        empty.setId("cart-empty");
        empty.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        // One key per visit of the page: a double click or a second tab's click places one order.
        String checkoutKey = java.util.UUID.randomUUID().toString();
        var payment = new RadioButtonGroup<PaymentMethod>(getTranslation("cart.payment"));
        payment.setId("cart-payment");
        var methods = orders.paymentMethods(buyer);
        payment.setItems(methods);
        payment.setItemLabelGenerator(m -> getTranslation("payment.method." + m));
        payment.setValue(methods.contains(PaymentMethod.INVOICE) ? PaymentMethod.INVOICE : methods.iterator().next());
        payment.setReadOnly(methods.size() == 1);
        var place = new Button(getTranslation("cart.place-order"), VaadinIcon.CHECK.create(), e -> {
            try {
                var order = orders.place(buyer, checkoutKey, payment.getValue());
                Notification.show(getTranslation("cart.placed", order.number(), order.total().format(getLocale())), 6000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(OrderView.class, new RouteParameters("id", order.id().toString())));
            } catch (dev.feira.ordering.Orders.CheckoutRefusal refused) {
                Notification.show(refused.getMessage(), 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
                show(carts.view(buyer));
            }
        });
        place.setId("cart-place-order");
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        place.setDisableOnClick(true);
        // A large purchase may go to several suppliers for quotes first: the cart's lines start an RFQ.
        var askQuotes = new com.vaadin.flow.component.html.Anchor("rfqs/new?from=cart", getTranslation("cart.ask-quotes"));
        askQuotes.setId("cart-ask-quotes");
        actions.removeAll();
        actions.add(place, empty, askQuotes);
        pasting.removeAll();
        pasting.add(pasted, addPasted);
        pasting.setPadding(false);
        add(new H2(getTranslation("cart.title", buyer.buyerCompanyName())), grid, totals, payment, actions, pasting);
        show(carts.view(buyer));
    }

    private void show(PricedCart cart) {
        shown = cart;
        grid.setItems(cart.lines());
        totals.removeAll();
        Locale locale = getLocale();
        cart.awaitingApprovalOf().flatMap(orders::byId).ifPresent(order -> {
            var waiting = new Div(new Span(getTranslation("cart.awaiting-approval", order.number())), new Span(" "),
                    new com.vaadin.flow.router.RouterLink(getTranslation("orders.open"), OrderView.class,
                            new RouteParameters("id", order.id().toString())));
            waiting.setId("cart-awaiting-approval");
            waiting.addClassName("cart-locked");
            totals.add(waiting);
        });
        boolean locked = cart.awaitingApprovalOf().isPresent();
        actions.setEnabled(!locked);
        grid.setEnabled(!locked);
        pasting.setEnabled(!locked);
        if (cart.isEmpty()) {
            totals.add(new Paragraph(getTranslation("cart.is-empty")));
            return;
        }
        var total = new Paragraph(getTranslation("cart.total", cart.total().format(locale)));
        total.setId("cart-total");
        var terms = cart.terms();
        totals.add(total);
        cart.offer().ifPresent(offer -> {
            // The buyer sees today's offer, not how it grows: the cap is the supplier's business.
            var offered = new Paragraph(getTranslation("cart.offer", percent(offer.percent(), locale), offer.discount().format(locale),
                    java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT).withLocale(locale)
                            .format(offer.expiresAt().atZone(java.time.ZoneId.of("America/Sao_Paulo")))));
            offered.setId("cart-offer");
            offered.addClassName("cart-offer");
            var payable = new Paragraph(getTranslation("cart.payable", cart.payable().format(locale)));
            payable.setId("cart-payable");
            totals.add(offered, payable);
        });
        totals.add(new Paragraph(getTranslation("pricing.terms", terms.paymentTerms() == null ? "—" : terms.paymentTerms(),
                terms.freight().name(), terms.leadTimeDays())));
        if (terms.freeFreightFrom() != null) {
            totals.add(new Paragraph(cart.freeFreight() ? getTranslation("cart.free-freight")
                    : getTranslation("cart.free-freight-from", terms.freeFreightFrom().format(locale))));
        }
        if (cart.problems() > 0) {
            totals.add(new Paragraph(getTranslation("cart.problems", cart.problems())));
        }
    }

    /** 4.5 as "4.5%" (English) or "4,5 %" (pt-BR). */
    static String percent(java.math.BigDecimal percent, Locale locale) {
        var format = java.text.NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(percent.movePointLeft(2));
    }

    private Component quantity(Line line) {
        var field = new IntegerField();
        field.setValue(line.quantity());
        field.setMin(0);
        field.setStepButtonsVisible(true);
        line.lot().ifPresent(lot -> field.setStep(lot.multiple()));
        field.setWidthFull();
        field.addClassName("cart-quantity");
        field.getElement().setAttribute("data-sku", line.sku());
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(() -> carts.change(buyer, line.sku(), e.getValue()));
            }
        });
        return field;
    }

    private Component unitPrice(Line line, Locale locale) {
        var cell = new Span();
        line.price().ifPresent(quote -> {
            var amount = new Span(quote.unitPrice().format(locale));
            amount.addClassName("unit-price");
            var why = new Button(VaadinIcon.INFO_CIRCLE_O.create(), e -> {
                var dialog = new Dialog(new PriceTrace(quote, buyerTerms(), locale));
                dialog.setHeaderTitle(line.sku());
                dialog.open();
            });
            why.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            why.setAriaLabel(getTranslation("product.price.why"));
            cell.add(amount, why);
            if (line.priceChanged()) {
                var was = new Span(getTranslation("cart.price-was", line.priceWhenAdded().orElseThrow().format(locale)));
                was.addClassName("price-changed");
                cell.add(new com.vaadin.flow.component.html.Div(was));
            }
        });
        return cell;
    }

    /** The terms of the cart last shown: looking up a line's reason must not count as another visit. */
    private dev.feira.pricing.TradeTerms buyerTerms() {
        return shown.terms();
    }

    private Component remove(Line line) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> change(() -> carts.change(buyer, line.sku(), 0)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("cart.remove", line.sku()));
        remove.addClassName("cart-remove");
        return remove;
    }

    private String problem(Line line, PricedCart.Problem problem) {
        return switch (problem) {
            case UNAVAILABLE -> getTranslation("cart.problem.UNAVAILABLE");
            case BELOW_MINIMUM_LOT -> getTranslation("quick-order.problem.BELOW_MINIMUM_LOT", line.lot().orElseThrow().minimum());
            case NOT_A_MULTIPLE -> getTranslation("quick-order.problem.NOT_A_MULTIPLE", line.lot().orElseThrow().multiple());
            case NOT_ENOUGH_STOCK -> getTranslation("cart.problem.NOT_ENOUGH_STOCK", line.product().orElseThrow().stock());
        };
    }

    private void change(java.util.function.Supplier<PricedCart> action) {
        try {
            show(action.get());
        } catch (Carts.CartRefusal refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(carts.view(buyer));
        }
    }

    /** Pasted lines as the quick order reads them; the orderable ones go in, the others are named. */
    private void addPasted(String text) {
        var result = quickOrder.price(text, java.util.Optional.of(buyer));
        List<String> refused = new ArrayList<>();
        PricedCart cart = null;
        for (var line : result.lines()) {
            if (line.quantity() == null || line.product().isEmpty()) {
                refused.add(line.text());
                continue;
            }
            try {
                cart = carts.add(buyer, line.sku(), line.quantity(), null);
            } catch (Carts.CartRefusal e) {
                refused.add(line.text() + ": " + e.getMessage());
            }
        }
        show(cart == null ? carts.view(buyer) : cart);
        if (!refused.isEmpty()) {
            Notification.show(getTranslation("cart.paste.refused", String.join("; ", refused)), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
