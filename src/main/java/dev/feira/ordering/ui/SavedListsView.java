package dev.feira.ordering.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.SavedLists;
import dev.feira.ordering.SavedLists.SavedList;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/** The company's saved lists at this supplier: the buyer's own and those colleagues shared; each goes to the cart in one click. */
@Route(value = "lists", layout = MainLayout.class)
@Menu(title = "nav.lists", order = 1.3)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"})
class SavedListsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, BuyerPage {

    private final transient SavedLists lists;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final Grid<SavedList> grid = new Grid<>();

    SavedListsView(SavedLists lists, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.lists = lists;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.lists"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterAsBuyer(event, tenants, accounts).isEmpty()) {
            return;
        }
        removeAll();
        var create = new Button(getTranslation("lists.new"), e -> new ListSettingsDialog(lists, null, saved -> getUI()
                .ifPresent(ui -> ui.navigate(SavedListView.class, new RouteParameters("id", saved.id().toString())))).open());
        create.setId("lists-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new HorizontalLayout(new H2(getTranslation("nav.lists")), create);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setWrap(true);

        grid.setId("lists-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.removeAllColumns();
        grid.addComponentColumn(this::describe).setHeader(getTranslation("lists.list")).setFlexGrow(1);
        grid.addComponentColumn(this::toCart).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        var all = lists.ofCaller();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        var empty = new Paragraph(getTranslation("lists.empty"));
        empty.setId("lists-empty");
        empty.setVisible(all.isEmpty());
        add(heading, new Paragraph(getTranslation("lists.intro")), empty, grid);
    }

    private Component describe(SavedList list) {
        var name = new RouterLink(list.name(), SavedListView.class, new RouteParameters("id", list.id().toString()));
        name.addClassName("list-name");
        var cell = new Div(name);
        if (list.shared()) {
            var badge = new Span(getTranslation("lists.shared.badge"));
            badge.getElement().getThemeList().addAll(java.util.List.of("badge", "contrast", "small"));
            cell.add(new Span(" "), badge);
        }
        var facts = new Div(new Span(getTranslation("lists.summary", list.items().size(), list.ownerName(),
                java.util.Date.from(list.updatedAt()))));
        facts.addClassName("list-facts");
        cell.add(facts);
        return cell;
    }

    private Component toCart(SavedList list) {
        var button = new Button(getTranslation("lists.to-cart"), e -> ListActions.toCart(lists, list.id()));
        button.addClassName("list-to-cart");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(!list.items().isEmpty());
        return button;
    }
}
