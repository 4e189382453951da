package dev.feira.pricing.ui;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.ConditionsEditor.PriceListDraft;
import dev.feira.pricing.InvalidConditions;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.PhoneWidth;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * Price lists by hand: the general list, a customer category's, or one account's individual
 * prices, each with validity, priority and volume tiers. Large lists come by spreadsheet (import);
 * this is for the everyday change of a few prices, and to see what a list holds.
 */
@Route(value = "catalog/price-lists", layout = MainLayout.class)
@Menu(title = "nav.price-lists", order = 5.1)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class PriceListsView extends SplitLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient ConditionsEditor editor;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;

    private final Grid<PriceListDraft> lists = new Grid<>();
    private final UnorderedList problems = ConditionsDesk.problemList("price-list-problems");
    private PriceListForm form;

    PriceListsView(ConditionsEditor editor, BuyerAccountDirectory accounts, TenantDirectory tenants, CatalogAccess access) {
        this.editor = editor;
        this.accounts = accounts;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.price-lists"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isPresent() && getPrimaryComponent() == null) {
            build();
        }
    }

    private void build() {
        setSizeFull();
        setSplitterPosition(40);
        PhoneWidth.stackOnPhones(this);
        lists.setId("price-lists-grid");
        var code = lists.addColumn(PriceListDraft::code).setHeader(getTranslation("conditions.code")).setAutoWidth(true).setFlexGrow(0);
        PhoneWidth.hideColumns(lists, code); // the name says which list it is; the form below shows the code
        lists.addColumn(PriceListDraft::name).setHeader(getTranslation("conditions.name")).setFlexGrow(2);
        lists.addColumn(this::audience).setHeader(getTranslation("conditions.for")).setFlexGrow(1);
        lists.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(editor.priceList(e.getValue().code()).orElse(null));
            }
        });
        var create = new Button(getTranslation("price-lists.new"), VaadinIcon.PLUS.create(), e -> {
            lists.asSingleSelect().clear();
            show(null);
        });
        create.setId("price-lists-new");
        var left = new VerticalLayout(create, lists);
        left.setSizeFull();

        form = new PriceListForm(editor.customerCategories(), accounts.all(), getLocale());
        var save = new Button(getTranslation("conditions.save"), e -> save());
        save.setId("price-list-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var remove = new Button(getTranslation("price-lists.remove"), VaadinIcon.TRASH.create(), e -> remove());
        remove.setId("price-list-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new HorizontalLayout(save, remove);
        actions.setWrap(true);
        var page = new VerticalLayout(new H3(getTranslation("price-lists.editor")), new Paragraph(getTranslation("price-lists.help")),
                form, problems, actions);
        page.setId("price-list-editor");
        var scroller = new Scroller(page);
        scroller.setSizeFull();
        addToPrimary(left);
        addToSecondary(scroller);
        lists.setItems(editor.priceLists());
        show(null);
    }

    private String audience(PriceListDraft list) {
        if (list.accountNumber() != null) {
            return getTranslation("conditions.for.account", list.accountNumber());
        }
        return list.category() != null ? getTranslation("conditions.for.category", list.category()) : getTranslation("conditions.for.everyone");
    }

    private void show(PriceListDraft list) {
        ConditionsDesk.show(problems, Optional.empty());
        form.show(list);
    }

    private void save() {
        var draft = form.read();
        try {
            editor.save(draft);
            var saved = editor.priceList(draft.code().strip().toUpperCase(Locale.ROOT)).orElseThrow();
            lists.setItems(editor.priceLists());
            show(saved);
            Notification.show(getTranslation("conditions.saved", saved.code()));
        } catch (InvalidConditions refused) {
            ConditionsDesk.show(problems, Optional.of(refused));
        }
    }

    private void remove() {
        form.savedCode().ifPresent(code -> {
            editor.remove(ConditionsEditor.Kind.PRICE_LIST, code);
            Notification.show(getTranslation("conditions.removed", code));
            lists.setItems(editor.priceLists());
            show(null);
        });
    }
}
