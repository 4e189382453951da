package dev.feira.ordering.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.ordering.SavedLists;
import dev.feira.ordering.SavedLists.Item;
import dev.feira.ordering.SavedLists.SavedList;
import dev.feira.pricing.Pricing;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/**
 * One saved list: its products and quantities (changed in place by whoever may), put in the cart in one click, renamed,
 * shared or deleted. A list the visitor may not see is answered as the lists page.
 */
@Route(value = "lists/:id", layout = MainLayout.class)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"})
class SavedListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, BuyerPage {

    private final transient SavedLists lists;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final Grid<Item> grid = new Grid<>();
    private SavedList list;

    SavedListView(SavedLists lists, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.lists = lists;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(list == null ? getTranslation("nav.lists") : list.name(), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterAsBuyer(event, tenants, accounts).isEmpty()) {
            return;
        }
        var found = event.getRouteParameters().get("id").flatMap(SavedLists.SavedListId::parse).flatMap(lists::byId);
        if (found.isEmpty()) {
            event.forwardTo(SavedListsView.class);
            return;
        }
        show(found.get());
    }

    private void show(SavedList shown) {
        this.list = shown;
        removeAll();
        var back = new RouterLink(getTranslation("lists.back"), SavedListsView.class);
        var title = new H2(shown.name());
        title.setId("list-title");
        var facts = new Paragraph(getTranslation("lists.summary", shown.items().size(), shown.ownerName(),
                java.util.Date.from(shown.updatedAt())) + (shown.shared() ? " · " + getTranslation("lists.shared.badge") : ""));
        facts.setId("list-facts");

        var toCart = new Button(getTranslation("lists.to-cart"), VaadinIcon.CART.create(), e -> ListActions.toCart(lists, shown.id()));
        toCart.setId("list-to-cart");
        toCart.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toCart.setEnabled(!shown.items().isEmpty());
        var actions = new HorizontalLayout(toCart);
        actions.setWrap(true);
        if (shown.editable()) {
            var settings = new Button(getTranslation("lists.settings"), e -> new ListSettingsDialog(lists, shown, this::show).open());
            settings.setId("list-settings-open");
            settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            var delete = new Button(getTranslation("lists.delete"), e -> confirmDelete(shown));
            delete.setId("list-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(settings, delete);
        }

        grid.setId("list-lines");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.removeAllColumns();
        grid.addComponentColumn(this::product).setHeader(getTranslation("product.name")).setFlexGrow(1);
        grid.addComponentColumn(this::quantity).setHeader(getTranslation("quick-order.quantity")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setItems(shown.items());
        var empty = new Paragraph(getTranslation("lists.lines.empty"));
        empty.setVisible(shown.items().isEmpty());
        add(back, title, facts, actions, empty, grid);
        if (shown.editable()) {
            add(addBySku(shown));
        }
    }

    private Component product(Item item) {
        var cell = new Div();
        cell.add(new Div(item.name().orElseGet(() -> getTranslation("lists.line.unavailable"))));
        var sku = new Span(item.sku());
        sku.addClassName("list-line-sku");
        cell.add(sku);
        return cell;
    }

    private Component quantity(Item item) {
        var unit = new Span(item.unit() == null ? "" : item.unit());
        if (!list.editable()) {
            return new Span(item.quantity() + " " + unit.getText());
        }
        var quantity = new IntegerField();
        quantity.setValue(item.quantity());
        quantity.setMin(0);
        quantity.setMax(Pricing.MAX_QUANTITY);
        quantity.setStepButtonsVisible(true);
        quantity.setWidth("8em");
        quantity.addClassName("list-line-quantity");
        quantity.setAriaLabel(getTranslation("quick-order.quantity"));
        quantity.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                change(() -> lists.change(list.id(), item.sku(), e.getValue()));
            }
        });
        var remove = new Button(VaadinIcon.TRASH.create(), e -> change(() -> lists.change(list.id(), item.sku(), 0)));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("lists.line.remove"));
        remove.addClassName("list-line-remove");
        var row = new HorizontalLayout(quantity, unit, remove);
        row.setAlignItems(Alignment.CENTER);
        return row;
    }

    private Component addBySku(SavedList shown) {
        var sku = new TextField(getTranslation("product.sku"));
        sku.setId("list-add-sku");
        var quantity = new IntegerField(getTranslation("quick-order.quantity"));
        quantity.setId("list-add-quantity");
        quantity.setMin(1);
        quantity.setValue(1);
        quantity.setWidth("8em");
        var add = new Button(getTranslation("lists.add-line"), e -> change(() -> lists.add(shown.id(),
                List.of(new Carts.NewLine(sku.getValue(), quantity.getValue() == null ? 0 : quantity.getValue(), null)))));
        add.setId("list-add");
        var row = new HorizontalLayout(sku, quantity, add);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void change(java.util.function.Supplier<SavedList> change) {
        try {
            show(change.get());
        } catch (SavedLists.ListRefusal refused) {
            CartNotices.refused(refused);
        }
    }

    private void confirmDelete(SavedList shown) {
        var confirm = new ConfirmDialog(getTranslation("lists.delete.title", shown.name()), getTranslation("lists.delete.text"),
                getTranslation("lists.delete"), e -> {
                    lists.delete(shown.id());
                    getUI().ifPresent(ui -> ui.navigate(SavedListsView.class));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("list-delete-confirm");
        confirm.open();
    }
}
