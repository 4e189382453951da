package dev.feira.pricing.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.CatalogAccess;
import dev.feira.pricing.ConditionsEditor;
import dev.feira.pricing.Pricing;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The supplier's buyer accounts and, opened row by row, what each one gets: price lists,
 * discounts, promotions, lots, assortment and terms — what a sales rep checks before a call.
 */
@Route(value = "catalog/accounts", layout = MainLayout.class)
@Menu(title = "nav.accounts", order = 5)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP", "PLATFORM_OPERATOR"})
class BuyerAccountsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient BuyerAccountDirectory accounts;
    private final transient Pricing pricing;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient ConditionsEditor editor;
    private final transient dev.feira.identity.BuyerContacts contacts;
    private Grid<BuyerAccountProfile> grid;

    BuyerAccountsView(BuyerAccountDirectory accounts, Pricing pricing, TenantDirectory tenants, CatalogAccess access,
                      ConditionsEditor editor, dev.feira.identity.BuyerContacts contacts) {
        this.contacts = contacts;
        this.editor = editor;
        this.accounts = accounts;
        this.pricing = pricing;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.accounts"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isEmpty()) {
            return;
        }
        removeAll();
        Locale locale = getLocale();
        grid = new Grid<>();
        grid.setId("accounts-grid");
        grid.addColumn(BuyerAccountProfile::accountNumber).setHeader(getTranslation("accounts.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BuyerAccountProfile::buyerCompanyName).setHeader(getTranslation("accounts.company")).setFlexGrow(2);
        grid.addColumn(a -> a.customerCategory() == null ? "" : a.customerCategory()).setHeader(getTranslation("accounts.category"));
        // The accounts of one supplier are a short list (tens to a few thousand) read at once; conditions load per opened row.
        grid.setItems(accounts.all());
        grid.setItemDetailsRenderer(new ComponentRenderer<>(account -> conditions(account, locale)));
        add(new H2(getTranslation("nav.accounts")), new Paragraph(getTranslation("accounts.intro")), grid);
        setSizeFull();
    }

    private Div conditions(BuyerAccountProfile account, Locale locale) {
        var conditions = pricing.conditionsOf(account);
        var terms = conditions.terms();
        var details = new Div(
                section("accounts.price-lists", conditions.priceLists().stream().map(l -> getTranslation(
                        l.validToday() ? "accounts.price-list.line" : "accounts.price-list.not-valid", l.name(), l.code())).toList()),
                section("accounts.discounts", conditions.discounts().stream().map(d -> discount(d, locale)).toList()),
                section("accounts.promotions", conditions.promotions().stream().map(p -> getTranslation("accounts.promotion.line",
                        p.name(), p.code())).toList()),
                section("accounts.lots", conditions.orderRules().stream().map(this::lot).toList()),
                section("accounts.assortment", conditions.assortment()
                        .map(a -> List.of(a.name() + " (" + a.code() + "): " + String.join(", ", a.productGroups().stream().sorted().toList())
                                + (a.skus().isEmpty() ? "" : " + " + a.skus().size() + " SKU")))
                        .orElse(List.of(getTranslation("accounts.whole-catalog")))),
                new Paragraph(getTranslation("pricing.terms", terms.paymentTerms() == null ? "—" : terms.paymentTerms(),
                        terms.freight().name(), terms.leadTimeDays())
                        + (terms.freeFreightFrom() == null ? "" : " " + getTranslation("pricing.terms.free-freight",
                        terms.freeFreightFrom().format(locale)))));
        var edit = new Button(getTranslation("accounts.edit"), VaadinIcon.EDIT.create(), e -> edit(account, terms));
        edit.addClassName("account-edit");
        details.add(edit, new dev.feira.identity.ui.BuyerContactsCard(account.buyerCompanyName(), contacts.of(account)));
        details.addClassName("account-conditions");
        details.getElement().setAttribute("data-account", account.accountNumber());
        return details;
    }

    /** The account's customer category and its own terms, in one form. */
    private void edit(BuyerAccountProfile account, dev.feira.pricing.TradeTerms terms) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(account.accountNumber() + " · " + account.buyerCompanyName());
        var category = ConditionsDesk.categoryPicker(getTranslation("conditions.category"), editor.customerCategories());
        category.setId("account-category");
        category.setValue(account.customerCategory());
        var payment = new TextField(getTranslation("accounts.payment"));
        payment.setId("account-payment");
        payment.setValue(terms.paymentTerms() == null ? "" : terms.paymentTerms());
        var freight = new Select<dev.feira.pricing.TradeTerms.Freight>();
        freight.setLabel(getTranslation("accounts.freight"));
        freight.setId("account-freight");
        freight.setItems(dev.feira.pricing.TradeTerms.Freight.values());
        freight.setValue(terms.freight());
        var lead = new IntegerField(getTranslation("accounts.lead-time"));
        lead.setId("account-lead-time");
        lead.setValue(terms.leadTimeDays());
        var freeFreight = new BigDecimalField(getTranslation("accounts.free-freight"));
        freeFreight.setId("account-free-freight");
        freeFreight.setValue(terms.freeFreightFrom() == null ? null : dev.feira.shared.Money.forEditing(terms.freeFreightFrom().amount()));
        var problems = ConditionsDesk.problemList("account-problems");
        var save = new Button(getTranslation("conditions.save"), e -> {
            try {
                editor.saveTerms(account.accountNumber(), new ConditionsEditor.TermsDraft(payment.getValue(), freight.getValue(),
                        lead.getValue() == null ? -1 : lead.getValue(), freeFreight.getValue()));
                accounts.assignCategory(account.accountNumber(), category.getValue());
                dialog.close();
                grid.setItems(accounts.all());
                Notification.show(getTranslation("conditions.saved", account.accountNumber()));
            } catch (dev.feira.pricing.InvalidConditions refused) {
                ConditionsDesk.show(problems, java.util.Optional.of(refused));
            } catch (IllegalArgumentException refused) {
                ConditionsDesk.show(problems, java.util.Optional.of(new dev.feira.pricing.InvalidConditions(account.accountNumber(),
                        List.of(refused.getMessage()))));
            }
        });
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(category, payment, freight, lead, freeFreight), problems);
        dialog.getFooter().add(new Button(getTranslation("categories.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private String discount(dev.feira.pricing.AccountConditions.DiscountApplied discount, Locale locale) {
        var number = java.text.NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        String percent = number.format(discount.percent()) + "%";
        return discount.productGroup().map(group -> getTranslation("accounts.discount.on-group", discount.name(), discount.code(), percent, group))
                .orElseGet(() -> getTranslation("accounts.discount.line", discount.name(), discount.code(), percent));
    }

    private String lot(dev.feira.pricing.AccountConditions.LotApplied lot) {
        var parts = new java.util.ArrayList<String>(List.of(lot.target()));
        lot.minimum().ifPresent(minimum -> parts.add(getTranslation("accounts.lot.minimum", minimum)));
        lot.multiple().ifPresent(multiple -> parts.add(getTranslation("accounts.lot.multiple", multiple)));
        return lot.code() + ": " + String.join(", ", parts);
    }

    /** A heading and its lines; none reads as the section says it ("Nenhuma promoção", "Nenhum desconto"). */
    private Div section(String title, List<String> lines) {
        var list = new UnorderedList();
        if (lines.isEmpty()) {
            list.add(new ListItem(getTranslation(title + ".none")));
        }
        lines.forEach(line -> list.add(new ListItem(line)));
        var heading = new Span(getTranslation(title));
        heading.addClassName("conditions-heading");
        return new Div(heading, list);
    }
}
