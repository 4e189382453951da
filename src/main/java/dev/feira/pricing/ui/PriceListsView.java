package dev.feira.pricing.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.ConditionsEditor.PriceListDraft;
import dev.feira.pricing.ConditionsEditor.Tier;
import dev.feira.pricing.InvalidConditions;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
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
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private ComboBox<String> category;
    private ComboBox<String> account;
    private final IntegerField priority = new IntegerField();
    private final DatePicker validFrom = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker());
    private final DatePicker validUntil = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker());
    private final Grid<Tier> tiers = new Grid<>();
    private final List<Tier> shownTiers = new ArrayList<>();
    private final UnorderedList problems = ConditionsDesk.problemList("price-list-problems");
    private String currency;

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
        lists.setId("price-lists-grid");
        lists.addColumn(PriceListDraft::code).setHeader(getTranslation("conditions.code")).setAutoWidth(true).setFlexGrow(0);
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

        code.setLabel(getTranslation("conditions.code"));
        code.setId("price-list-code");
        name.setLabel(getTranslation("conditions.name"));
        name.setId("price-list-name");
        category = ConditionsDesk.categoryPicker(getTranslation("conditions.category"), editor.customerCategories());
        category.setId("price-list-category");
        account = ConditionsDesk.accountPicker(getTranslation("conditions.account"), accounts.all());
        account.setId("price-list-account");
        priority.setLabel(getTranslation("price-lists.priority"));
        priority.setId("price-list-priority");
        validFrom.setLabel(getTranslation("conditions.valid-from"));
        validFrom.setId("price-list-valid-from");
        validUntil.setLabel(getTranslation("conditions.valid-until"));
        validUntil.setId("price-list-valid-until");
        var header = new FormLayout(code, name, category, account, priority, validFrom, validUntil);

        tiers.setId("price-list-tiers");
        tiers.addColumn(Tier::sku).setHeader(getTranslation("product.sku")).setAutoWidth(true);
        tiers.addColumn(Tier::minQuantity).setHeader(getTranslation("price-lists.from")).setAutoWidth(true);
        tiers.addColumn(t -> t.unitPrice().toPlainString()).setHeader(getTranslation("price-lists.unit-price")).setAutoWidth(true);
        tiers.addComponentColumn(t -> {
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                shownTiers.remove(t);
                tiers.getDataProvider().refreshAll();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("price-lists.remove-price"));
            return remove;
        }).setFlexGrow(0).setAutoWidth(true);
        tiers.setItems(shownTiers);
        tiers.setHeight("22em");

        var sku = new TextField(getTranslation("product.sku"));
        sku.setId("tier-sku");
        var from = new IntegerField(getTranslation("price-lists.from"));
        from.setId("tier-from");
        from.setValue(1);
        from.setMin(1);
        var price = new BigDecimalField(getTranslation("price-lists.unit-price"));
        price.setId("tier-price");
        var add = new Button(getTranslation("price-lists.add-price"), VaadinIcon.PLUS.create(), e -> {
            if (sku.isEmpty() || from.getValue() == null || price.getValue() == null) {
                return;
            }
            String wanted = sku.getValue().strip().toUpperCase(java.util.Locale.ROOT);
            // Setting a price for a SKU and quantity that has one replaces it.
            shownTiers.removeIf(t -> t.sku().equals(wanted) && t.minQuantity() == from.getValue());
            shownTiers.add(new Tier(wanted, from.getValue(), price.getValue()));
            shownTiers.sort(Comparator.comparing(Tier::sku).thenComparing(Tier::minQuantity));
            tiers.getDataProvider().refreshAll();
            sku.clear();
            price.clear();
            from.setValue(1);
            sku.focus();
        });
        add.setId("tier-add");
        sku.setWidth("10em");
        from.setWidth("8em");
        price.setWidth("9em");
        var addRow = new HorizontalLayout(sku, from, price, add);
        addRow.setAlignItems(Alignment.BASELINE);
        addRow.setWrap(true);

        var save = new Button(getTranslation("conditions.save"), e -> save());
        save.setId("price-list-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var remove = new Button(getTranslation("price-lists.remove"), VaadinIcon.TRASH.create(), e -> {
            if (code.isReadOnly()) {
                editor.remove(ConditionsEditor.Kind.PRICE_LIST, code.getValue());
                Notification.show(getTranslation("conditions.removed", code.getValue()));
                lists.setItems(editor.priceLists());
                show(null);
            }
        });
        remove.setId("price-list-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var form = new VerticalLayout(new H3(getTranslation("price-lists.editor")), new Paragraph(getTranslation("price-lists.help")),
                header, new H3(getTranslation("price-lists.prices")), addRow, tiers, problems, new HorizontalLayout(save, remove));
        form.setId("price-list-editor");
        var scroller = new Scroller(form);
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
        code.setReadOnly(list != null);
        code.setValue(list == null ? "" : list.code());
        name.setValue(list == null ? "" : list.name());
        category.setValue(list == null ? null : list.category());
        account.setValue(list == null ? null : list.accountNumber());
        priority.setValue(list == null ? 0 : list.priority());
        validFrom.setValue(list == null ? null : list.validFrom());
        validUntil.setValue(list == null ? null : list.validUntil());
        currency = list == null ? null : list.currency();
        shownTiers.clear();
        if (list != null) {
            shownTiers.addAll(list.tiers());
        }
        tiers.getDataProvider().refreshAll();
    }

    private void save() {
        var draft = new PriceListDraft(code.getValue(), name.getValue(), currency, category.getValue(), account.getValue(),
                priority.getValue() == null ? 0 : priority.getValue(), validFrom.getValue(), validUntil.getValue(), List.copyOf(shownTiers));
        try {
            editor.save(draft);
            var saved = editor.priceList(draft.code().strip().toUpperCase(java.util.Locale.ROOT)).orElseThrow();
            lists.setItems(editor.priceLists());
            show(saved);
            Notification.show(getTranslation("conditions.saved", saved.code()));
        } catch (InvalidConditions refused) {
            ConditionsDesk.show(problems, Optional.of(refused));
        }
    }
}
