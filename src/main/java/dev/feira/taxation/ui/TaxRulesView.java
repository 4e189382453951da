package dev.feira.taxation.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.taxation.SubstitutionRules;
import dev.feira.taxation.SubstitutionRules.SubstitutionRule;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The supplier's ICMS-ST rules: for which NCMs, into which states, with which margin it collects the substitute ICMS.
 * Its products' NCM and IPI rate come with the catalog (the product sheet's {@code ncm} and {@code ipi} columns).
 */
@Route(value = "catalog/taxes", layout = MainLayout.class)
@Menu(title = "nav.taxes", order = 4.3)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class TaxRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient SubstitutionRules rules;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final Grid<SubstitutionRule> grid = new Grid<>();

    TaxRulesView(SubstitutionRules rules, TenantDirectory tenants, CatalogAccess access) {
        this.rules = rules;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.taxes"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = enterDesk(event, tenants, access::mayAdminister);
        if (supplier.isEmpty()) {
            return;
        }
        removeAll();
        grid.removeAllColumns();
        grid.setId("st-rules");
        grid.addColumn(SubstitutionRule::ncmPrefix).setHeader(getTranslation("taxes.rule.ncm")).setAutoWidth(true);
        grid.addColumn(r -> r.destinationState() == null ? getTranslation("taxes.rule.any-state") : r.destinationState())
                .setHeader(getTranslation("taxes.rule.state")).setAutoWidth(true);
        grid.addColumn(r -> r.mva().toPlainString() + " %").setHeader(getTranslation("taxes.rule.mva")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var remove = new Button(getTranslation("taxes.rule.remove"), e -> {
                rules.remove(r.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.addClassName("st-rule-remove");
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        var form = new SubstitutionRuleForm(rules, () -> {
            Notification.show(getTranslation("taxes.rule.added"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        var company = tenants.legalEntity(supplier.get().id());
        var origin = new Paragraph(company.map(c -> getTranslation("taxes.origin", c.state()))
                .orElseGet(() -> getTranslation("taxes.origin.unknown")));
        origin.setId("taxes-origin");
        add(new H2(getTranslation("nav.taxes")), new Paragraph(getTranslation("taxes.rules.intro")), origin, form, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.all());
    }
}
