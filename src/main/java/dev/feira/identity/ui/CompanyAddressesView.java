package dev.feira.identity.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CompanyAddresses;
import dev.feira.identity.CompanyAddresses.CompanyAddress;
import dev.feira.identity.CurrentUser;
import dev.feira.identity.Refusal;
import dev.feira.identity.Role;
import dev.feira.tenancy.ui.MainLayout;

/**
 * A buyer company's addresses: where its orders can be delivered (each branch with its CNPJ), the one the checkout
 * proposes first. Everyone of the company sees them; its buyer admin adds, removes and chooses the default.
 */
@Route(value = "addresses", layout = MainLayout.class)
@Menu(title = "nav.addresses", order = 9.1)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"})
class CompanyAddressesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CompanyAddresses addresses;
    private final transient CurrentUser current;
    private final Grid<CompanyAddress> grid = new Grid<>();
    private boolean admin;

    CompanyAddressesView(CompanyAddresses addresses, CurrentUser current) {
        this.addresses = addresses;
        this.current = current;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.addresses");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = current.get().filter(u -> u.buyerCompany().isPresent());
        if (me.isEmpty()) {
            event.forwardTo("");
            return;
        }
        admin = me.get().has(Role.BUYER_ADMIN);
        removeAll();
        var add = new Button(getTranslation("addresses.add"), e -> new AddressDialog(addresses, () -> {
            Notification.show(getTranslation("addresses.added"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }).open());
        add.setId("addresses-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(admin);
        var heading = new HorizontalLayout(new H1(getTranslation("nav.addresses")), add);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);
        grid.setId("addresses-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.removeAllColumns();
        grid.addComponentColumn(this::describe).setHeader(getTranslation("addresses.address")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(heading, new Paragraph(getTranslation(admin ? "addresses.intro.admin" : "addresses.intro")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(addresses.ofCaller());
    }

    private Component describe(CompanyAddress address) {
        var label = new Span(address.label());
        label.addClassName("address-label");
        var cell = new Div(label);
        if (address.defaultDelivery()) {
            var badge = new Span(getTranslation("addresses.default"));
            badge.getElement().getThemeList().addAll(java.util.List.of("badge", "success", "small"));
            badge.addClassName("address-default");
            cell.add(new Span(" "), badge);
        }
        cell.add(new Div(address.oneLine()), new Div("CNPJ " + address.taxId()));
        return cell;
    }

    private Component actions(CompanyAddress address) {
        var bar = new HorizontalLayout();
        if (!admin) {
            return bar;
        }
        if (!address.defaultDelivery()) {
            var makeDefault = new Button(getTranslation("addresses.make-default"), e -> act(() -> addresses.makeDefault(address.id())));
            makeDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            makeDefault.addClassName("address-make-default");
            bar.add(makeDefault);
        }
        var remove = new Button(getTranslation("addresses.remove"), e -> act(() -> addresses.remove(address.id())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("address-remove");
        bar.add(remove);
        return bar;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (Refusal refused) {
            Notification.show(getTranslation(refused.key(), refused.arguments()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
