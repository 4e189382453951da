package dev.feira.pricing.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.catalog.Categories;
import dev.feira.catalog.CategoryNode;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.ConditionsEditor.DiscountDraft;
import dev.feira.pricing.ConditionsEditor.PromotionDraft;
import dev.feira.pricing.ConditionsEditor.PromotionKind;
import dev.feira.pricing.InvalidConditions;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * Discounts (a standing percentage for a category or an account) and promotions (time-boxed:
 * percentage, fixed price or bonus, for everyone, a category or a pilot group), each opened in a
 * form; a refused save lists every problem and keeps what was typed.
 */
@Route(value = "catalog/discounts", layout = MainLayout.class)
@Menu(title = "nav.discounts", order = 5.2)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class DiscountsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient ConditionsEditor editor;
    private final transient BuyerAccountDirectory accounts;
    private final transient Categories categories;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final Grid<DiscountDraft> discounts = new Grid<>();
    private final Grid<PromotionDraft> promotions = new Grid<>();

    DiscountsView(ConditionsEditor editor, BuyerAccountDirectory accounts, Categories categories, TenantDirectory tenants,
                  CatalogAccess access) {
        this.editor = editor;
        this.accounts = accounts;
        this.categories = categories;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.discounts"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isPresent() && getComponentCount() == 0) {
            build();
        }
    }

    private void build() {
        setSizeFull();
        discounts.setId("discounts-grid");
        discounts.addColumn(DiscountDraft::code).setHeader(getTranslation("conditions.code")).setAutoWidth(true).setFlexGrow(0);
        discounts.addColumn(DiscountDraft::name).setHeader(getTranslation("conditions.name")).setFlexGrow(2);
        discounts.addColumn(d -> audience(d.category(), d.accountNumber(), Set.of())).setHeader(getTranslation("conditions.for"));
        discounts.addColumn(d -> d.productGroup() == null ? getTranslation("discounts.everything") : d.productGroup())
                .setHeader(getTranslation("discounts.group"));
        discounts.addColumn(d -> d.percent().toPlainString() + " %").setHeader("%").setAutoWidth(true).setFlexGrow(0);
        discounts.setAllRowsVisible(true);
        discounts.addItemDoubleClickListener(e -> editDiscount(e.getItem()));
        promotions.setId("promotions-grid");
        promotions.addColumn(PromotionDraft::code).setHeader(getTranslation("conditions.code")).setAutoWidth(true).setFlexGrow(0);
        promotions.addColumn(PromotionDraft::name).setHeader(getTranslation("conditions.name")).setFlexGrow(2);
        promotions.addColumn(p -> getTranslation("promotions.kind." + p.kind())).setHeader(getTranslation("promotions.kind"));
        promotions.addColumn(p -> p.sku() != null ? p.sku() : p.productGroup()).setHeader(getTranslation("promotions.on"));
        promotions.addColumn(p -> audience(p.category(), null, p.pilotAccounts())).setHeader(getTranslation("conditions.for"));
        promotions.addColumn(p -> p.validFrom() + " – " + p.validUntil()).setHeader(getTranslation("promotions.when")).setAutoWidth(true);
        promotions.setAllRowsVisible(true);
        promotions.addItemDoubleClickListener(e -> editPromotion(e.getItem()));
        add(section("discounts", discounts, () -> editDiscount(null), () -> editDiscount(discounts.asSingleSelect().getValue()),
                        () -> remove(ConditionsEditor.Kind.DISCOUNT, Optional.ofNullable(discounts.asSingleSelect().getValue()).map(DiscountDraft::code))),
                section("promotions", promotions, () -> editPromotion(null), () -> editPromotion(promotions.asSingleSelect().getValue()),
                        () -> remove(ConditionsEditor.Kind.PROMOTION, Optional.ofNullable(promotions.asSingleSelect().getValue()).map(PromotionDraft::code))));
        reload();
    }

    private Component section(String key, Grid<?> grid, Runnable create, Runnable edit, Runnable remove) {
        var add = new Button(getTranslation(key + ".new"), VaadinIcon.PLUS.create(), e -> create.run());
        add.setId(key + "-new");
        var open = new Button(getTranslation("conditions.edit"), VaadinIcon.EDIT.create(), e -> edit.run());
        open.setId(key + "-edit");
        var delete = new Button(getTranslation("conditions.remove"), VaadinIcon.TRASH.create(), e -> remove.run());
        delete.setId(key + "-remove");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var section = new VerticalLayout(new H3(getTranslation("nav." + key)), new HorizontalLayout(add, open, delete), grid);
        section.setPadding(false);
        return section;
    }

    private void reload() {
        discounts.setItems(editor.discounts());
        promotions.setItems(editor.promotions());
    }

    private void remove(ConditionsEditor.Kind kind, Optional<String> code) {
        code.ifPresent(c -> {
            editor.remove(kind, c);
            Notification.show(getTranslation("conditions.removed", c));
            reload();
        });
    }

    private String audience(String category, String account, Set<String> pilot) {
        if (account != null) {
            return getTranslation("conditions.for.account", account);
        }
        if (!pilot.isEmpty()) {
            return getTranslation("promotions.for.pilot", String.join(", ", pilot));
        }
        return category != null ? getTranslation("conditions.for.category", category) : getTranslation("conditions.for.everyone");
    }

    private ComboBox<String> groupPicker() {
        var group = new ComboBox<String>(getTranslation("discounts.group"));
        group.setId("condition-group");
        group.setItems(categories.tree().stream().map(CategoryNode::path).toList());
        group.setClearButtonVisible(true);
        return group;
    }

    private void editDiscount(DiscountDraft discount) {
        var code = field("condition-code", "conditions.code", discount == null ? "" : discount.code(), discount != null);
        var name = field("condition-name", "conditions.name", discount == null ? "" : discount.name(), false);
        var category = ConditionsDesk.categoryPicker(getTranslation("conditions.category"), editor.customerCategories());
        category.setId("condition-category");
        var account = ConditionsDesk.accountPicker(getTranslation("conditions.account"), accounts.all());
        account.setId("condition-account");
        var group = groupPicker();
        var percent = new BigDecimalField(getTranslation("discounts.percent"));
        percent.setId("condition-percent");
        var from = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker(getTranslation("conditions.valid-from")));
        var until = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker(getTranslation("conditions.valid-until")));
        if (discount != null) {
            category.setValue(discount.category());
            account.setValue(discount.accountNumber());
            group.setValue(discount.productGroup());
            percent.setValue(discount.percent());
            from.setValue(discount.validFrom());
            until.setValue(discount.validUntil());
        }
        open(getTranslation("nav.discounts"), new FormLayout(code, name, category, account, group, percent, from, until),
                () -> editor.save(new DiscountDraft(code.getValue(), name.getValue(), category.getValue(), account.getValue(),
                        group.getValue(), percent.getValue(), from.getValue(), until.getValue())));
    }

    private void editPromotion(PromotionDraft promotion) {
        var code = field("condition-code", "conditions.code", promotion == null ? "" : promotion.code(), promotion != null);
        var name = field("condition-name", "conditions.name", promotion == null ? "" : promotion.name(), false);
        var kind = new Select<PromotionKind>();
        kind.setLabel(getTranslation("promotions.kind"));
        kind.setId("promotion-kind");
        kind.setItems(PromotionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("promotions.kind." + k));
        var sku = field("promotion-sku", "product.sku", promotion == null || promotion.sku() == null ? "" : promotion.sku(), false);
        var group = groupPicker();
        var percent = new BigDecimalField(getTranslation("discounts.percent"));
        percent.setId("condition-percent");
        var fixed = new BigDecimalField(getTranslation("promotions.fixed-price"));
        fixed.setId("promotion-fixed-price");
        var buy = new IntegerField(getTranslation("promotions.buy"));
        buy.setId("promotion-buy");
        var free = new IntegerField(getTranslation("promotions.free"));
        free.setId("promotion-free");
        var minimum = new IntegerField(getTranslation("promotions.min-quantity"));
        minimum.setId("promotion-min-quantity");
        minimum.setValue(1);
        var category = ConditionsDesk.categoryPicker(getTranslation("conditions.category"), editor.customerCategories());
        category.setId("condition-category");
        var pilot = new MultiSelectComboBox<String>(getTranslation("promotions.pilot"));
        pilot.setId("promotion-pilot");
        pilot.setItems(accounts.all().stream().map(dev.feira.identity.BuyerAccountProfile::accountNumber).toList());
        var from = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker(getTranslation("conditions.valid-from")));
        from.setId("condition-valid-from");
        var until = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker(getTranslation("conditions.valid-until")));
        until.setId("condition-valid-until");
        // Only the inputs the kind uses are shown.
        Consumer<PromotionKind> fieldsFor = k -> {
            percent.setVisible(k == PromotionKind.PERCENT);
            fixed.setVisible(k == PromotionKind.FIXED_PRICE);
            buy.setVisible(k == PromotionKind.BONUS);
            free.setVisible(k == PromotionKind.BONUS);
        };
        kind.addValueChangeListener(e -> fieldsFor.accept(e.getValue()));
        kind.setValue(promotion == null ? PromotionKind.PERCENT : promotion.kind());
        if (promotion != null) {
            group.setValue(promotion.productGroup());
            percent.setValue(promotion.percent());
            fixed.setValue(promotion.fixedPrice());
            buy.setValue(promotion.buy());
            free.setValue(promotion.free());
            minimum.setValue(promotion.minQuantity());
            category.setValue(promotion.category());
            pilot.setValue(promotion.pilotAccounts());
            from.setValue(promotion.validFrom());
            until.setValue(promotion.validUntil());
        }
        open(getTranslation("nav.promotions"), new FormLayout(code, name, kind, sku, group, percent, fixed, buy, free, minimum,
                        category, pilot, from, until),
                () -> editor.save(new PromotionDraft(code.getValue(), name.getValue(), kind.getValue(), sku.getValue(),
                        group.getValue(), percent.getValue(), fixed.getValue(), minimum.getValue() == null ? 0 : minimum.getValue(),
                        buy.getValue(), free.getValue(), category.getValue(), pilot.getValue(), from.getValue(), until.getValue())));
    }

    private TextField field(String id, String label, String value, boolean readOnly) {
        var field = new TextField(getTranslation(label));
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(readOnly);
        return field;
    }

    /** A form in a dialog: saving closes it; a refused save lists the problems and keeps the form open. */
    private void open(String title, FormLayout form, Runnable save) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("48em");
        UnorderedList problems = ConditionsDesk.problemList("condition-problems");
        var ok = new Button(getTranslation("conditions.save"), e -> {
            try {
                save.run();
                dialog.close();
                reload();
                Notification.show(getTranslation("conditions.saved.short"));
            } catch (InvalidConditions refused) {
                ConditionsDesk.show(problems, Optional.of(refused));
            }
        });
        ok.setId("condition-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form, problems);
        dialog.getFooter().add(new Button(getTranslation("categories.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

}
