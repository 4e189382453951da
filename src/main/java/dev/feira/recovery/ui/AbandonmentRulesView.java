package dev.feira.recovery.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.recovery.AbandonmentRules;
import dev.feira.recovery.RuleDefinition;
import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.recovery.RuleRefusal;
import dev.feira.shared.Money;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * The supplier admin's rule editor: the rules with what they watch and do, and a form to add or
 * change one. Nonsense is refused with the reason, and nothing is saved.
 */
@Route(value = "recovery/rules", layout = MainLayout.class)
@Menu(title = "nav.recovery-rules", order = 3.3)
@RolesAllowed({"SUPPLIER_ADMIN"})
class AbandonmentRulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    /** How far back a rule preview looks. */
    private static final int PREVIEW_DAYS = 30;

    private final transient AbandonmentRules rules;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;

    private final Grid<RuleDefinition> grid = new Grid<>();
    private RuleForm form;
    private transient TenantProfile supplier;

    AbandonmentRulesView(AbandonmentRules rules, TenantDirectory tenants, CatalogAccess access) {
        this.rules = rules;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.recovery-rules"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var current = enterDesk(event, tenants, access::mayManage);
        if (current.isEmpty() || getComponentCount() > 0) {
            return;
        }
        supplier = current.get();
        form = new RuleForm();
        grid.setId("rules-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(RuleDefinition::name).setHeader(getTranslation("rules.name")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.enabled() ? "rules.on" : "rules.off")).setHeader(getTranslation("rules.enabled")).setAutoWidth(true);
        grid.addColumn(this::conditions).setHeader(getTranslation("rules.conditions")).setFlexGrow(3);
        grid.addColumn(r -> r.actions().stream().sorted().map(a -> getTranslation("rules.action." + a)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("rules.actions")).setFlexGrow(2);
        grid.asSingleSelect().addValueChangeListener(e -> form.edit(e.getValue()));
        var add = new Button(getTranslation("rules.new"), e -> {
            grid.asSingleSelect().clear();
            form.edit(null);
        });
        add.setId("rules-new");
        add(new H2(getTranslation("nav.recovery-rules")), new Paragraph(getTranslation("rules.intro")), add, grid, form);
        refresh();
        form.edit(null);
    }

    private void refresh() {
        grid.setItems(rules.all());
    }

    private String conditions(RuleDefinition r) {
        var locale = getLocale();
        var parts = new java.util.ArrayList<String>();
        if (r.idleHours() != null) {
            parts.add(getTranslation("rules.c.idle", r.idleHours()));
        }
        if (r.unchangedDays() != null) {
            parts.add(getTranslation("rules.c.unchanged", r.unchangedDays()));
        }
        if (r.minValue() != null) {
            parts.add(getTranslation("rules.c.min", r.minValue().format(locale)));
        }
        if (r.maxValue() != null) {
            parts.add(getTranslation("rules.c.max", r.maxValue().format(locale)));
        }
        if (r.customerCategory() != null) {
            parts.add(getTranslation("rules.c.category", r.customerCategory()));
        }
        if (!r.pilotAccounts().isEmpty()) {
            parts.add(getTranslation("rules.c.pilot", String.join(", ", r.pilotAccounts())));
        }
        if (r.noSignInDays() != null) {
            parts.add(getTranslation("rules.c.sign-in", r.noSignInDays()));
        }
        if (r.checkoutAbandoned()) {
            parts.add(getTranslation("rules.c.checkout"));
        }
        if (r.awaitingApprovalDays() != null) {
            parts.add(getTranslation("rules.c.approval", r.awaitingApprovalDays()));
        }
        return String.join(" · ", parts);
    }

    /** The add/change form: every field of a rule, saved whole or refused whole. */
    private class RuleForm extends VerticalLayout {

        private final H3 title = new H3();
        private final TextField name = field(new TextField(), "rule-name", "rules.name");
        private final Checkbox enabled = new Checkbox();
        private final IntegerField idleHours = field(new IntegerField(), "rule-idle-hours", "rules.f.idle");
        private final IntegerField unchangedDays = field(new IntegerField(), "rule-unchanged-days", "rules.f.unchanged");
        private final BigDecimalField minValue = field(new BigDecimalField(), "rule-min-value", "rules.f.min");
        private final BigDecimalField maxValue = field(new BigDecimalField(), "rule-max-value", "rules.f.max");
        private final TextField category = field(new TextField(), "rule-category", "rules.f.category");
        private final TextField pilot = field(new TextField(), "rule-pilot", "rules.f.pilot");
        private final IntegerField noSignInDays = field(new IntegerField(), "rule-no-sign-in", "rules.f.sign-in");
        private final Checkbox checkout = new Checkbox();
        private final IntegerField approvalDays = field(new IntegerField(), "rule-approval-days", "rules.f.approval");
        private final IntegerField stalledCarts = field(new IntegerField(), "rule-stalled-carts", "rules.f.stalled");
        private final IntegerField quoteIdleDays = field(new IntegerField(), "rule-quote-idle-days", "rules.f.quote-idle");
        private final CheckboxGroup<Action> actions = new CheckboxGroup<>();
        private final IntegerField callDue = field(new IntegerField(), "rule-call-due", "rules.f.call-due");
        private final IntegerField sla = field(new IntegerField(), "rule-sla", "rules.f.sla");
        private final IntegerField escalate = field(new IntegerField(), "rule-escalate", "rules.f.escalate");
        private final BigDecimalField perDay = field(new BigDecimalField(), "rule-discount-per-day", "rules.f.per-day");
        private final BigDecimalField cap = field(new BigDecimalField(), "rule-discount-cap", "rules.f.cap");
        private final IntegerField validDays = field(new IntegerField(), "rule-discount-valid-days", "rules.f.valid-days");
        private final Button save = new Button();
        private final Button delete = new Button();
        private final Button preview = new Button();
        private RuleDefinition editing;

        RuleForm() {
            setId("rule-form");
            setPadding(false);
            enabled.setLabel(getTranslation("rules.enabled"));
            enabled.setId("rule-enabled");
            checkout.setLabel(getTranslation("rules.f.checkout"));
            checkout.setId("rule-checkout");
            actions.setLabel(getTranslation("rules.actions"));
            actions.setId("rule-actions");
            actions.setItems(Action.values());
            actions.setItemLabelGenerator(a -> getTranslation("rules.action." + a));
            String currency = supplier.currency().getCurrencyCode();
            minValue.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency));
            maxValue.setSuffixComponent(new com.vaadin.flow.component.html.Span(currency));
            pilot.setHelperText(getTranslation("rules.f.pilot.help"));
        stalledCarts.setHelperText(getTranslation("rules.f.stalled.help"));
        quoteIdleDays.setHelperText(getTranslation("rules.f.quote-idle.help"));
            name.setWidth("28em");
            save.setText(getTranslation("rules.save"));
            save.setId("rule-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            preview.setText(getTranslation("rules.preview", PREVIEW_DAYS));
            preview.setId("rule-preview-button");
            preview.addClickListener(e -> preview());
            delete.setText(getTranslation("rules.delete"));
            delete.setId("rule-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> delete());
            var conditions = new FormLayout(idleHours, unchangedDays, minValue, maxValue, category, pilot, noSignInDays, checkout, approvalDays, stalledCarts,
                    quoteIdleDays);
            var doing = new FormLayout(callDue, sla, escalate, perDay, cap, validDays);
            add(title, new HorizontalLayout(name, enabled), new H3(getTranslation("rules.conditions")), conditions,
                    new H3(getTranslation("rules.actions")), actions, doing, new HorizontalLayout(save, preview, delete));
        }

        private <F extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasLabel> F field(F field, String id, String label) {
            field.setId(id);
            field.setLabel(getTranslation(label));
            return field;
        }

        void edit(RuleDefinition rule) {
            editing = rule;
            title.setText(getTranslation(rule == null ? "rules.new" : "rules.change"));
            var r = rule != null ? rule : new RuleDefinition(null, "", true, 48, null, null, null, null, null, null, false, null, null, null,
                    EnumSet.of(Action.ALERT_REP), null, 24, null, null, null, null);
            name.setValue(r.name());
            enabled.setValue(r.enabled());
            idleHours.setValue(r.idleHours());
            unchangedDays.setValue(r.unchangedDays());
            minValue.setValue(r.minValue() == null ? null : dev.feira.shared.Money.forEditing(r.minValue().amount()));
            maxValue.setValue(r.maxValue() == null ? null : dev.feira.shared.Money.forEditing(r.maxValue().amount()));
            category.setValue(r.customerCategory() == null ? "" : r.customerCategory());
            pilot.setValue(String.join(", ", r.pilotAccounts()));
            noSignInDays.setValue(r.noSignInDays());
            checkout.setValue(r.checkoutAbandoned());
            approvalDays.setValue(r.awaitingApprovalDays());
            stalledCarts.setValue(r.stalledItemCarts());
            quoteIdleDays.setValue(r.quoteIdleDays());
            actions.setValue(r.actions());
            callDue.setValue(r.callDueHours());
            sla.setValue(r.responseSlaHours());
            escalate.setValue(r.escalateAfterHours());
            perDay.setValue(r.discountPercentPerDay());
            cap.setValue(r.discountCapPercent());
            validDays.setValue(r.discountValidDays());
            delete.setVisible(rule != null);
        }

        private RuleDefinition formRule() {
            var currency = supplier.currency();
            return new RuleDefinition(editing == null ? null : editing.id(), name.getValue(), enabled.getValue(), idleHours.getValue(),
                    unchangedDays.getValue(), money(minValue.getValue(), currency), money(maxValue.getValue(), currency),
                    category.getValue(), Arrays.stream(pilot.getValue().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
                    noSignInDays.getValue(), checkout.getValue(), approvalDays.getValue(), stalledCarts.getValue(), quoteIdleDays.getValue(), actions.getValue(), callDue.getValue(),
                    sla.getValue(), escalate.getValue(), perDay.getValue(), cap.getValue(), validDays.getValue());
        }

        /** What the rule as it stands in the form would have done over the last 30 days, before saving it. */
        private void preview() {
            try {
                var preview = rules.preview(formRule(), PREVIEW_DAYS);
                var dialog = new com.vaadin.flow.component.dialog.Dialog();
                dialog.setId("rule-preview");
                dialog.setHeaderTitle(getTranslation("rules.preview.title", PREVIEW_DAYS));
                var summary = new com.vaadin.flow.component.html.Paragraph(getTranslation("rules.preview.summary", preview.carts(),
                        preview.buyers().size(), PREVIEW_DAYS));
                summary.setId("rule-preview-summary");
                dialog.add(summary);
                if (preview.estimated()) {
                    dialog.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("rules.preview.estimated")));
                }
                if (!preview.buyers().isEmpty()) {
                    var buyers = new Grid<dev.feira.recovery.AbandonmentRules.Buyer>();
                    buyers.setId("rule-preview-buyers");
                    buyers.addColumn(dev.feira.recovery.AbandonmentRules.Buyer::name).setHeader(getTranslation("rules.preview.buyer")).setFlexGrow(2);
                    buyers.addColumn(dev.feira.recovery.AbandonmentRules.Buyer::accountNumber).setHeader(getTranslation("rules.preview.account"));
                    buyers.addColumn(dev.feira.recovery.AbandonmentRules.Buyer::carts).setHeader(getTranslation("rules.preview.carts"));
                    buyers.addColumn(b -> b.largest().format(getLocale())).setHeader(getTranslation("rules.preview.largest"));
                    buyers.setItems(preview.buyers());
                    buyers.setAllRowsVisible(preview.buyers().size() <= 10);
                    buyers.setWidth("40em");
                    dialog.add(buyers);
                }
                dialog.getFooter().add(new Button(getTranslation("rules.preview.close"), e -> dialog.close()));
                dialog.open();
            } catch (RuleRefusal refused) {
                refuse(refused);
            }
        }

        private void refuse(RuleRefusal refused) {
            var error = Notification.show(refused.text(this::getTranslation), 8000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
            error.setId("rule-refused");
        }

        private void save() {
            try {
                var saved = rules.save(formRule());
                refresh();
                grid.select(saved);
                Notification.show(getTranslation("rules.saved", saved.name()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuleRefusal refused) {
                refuse(refused);
            }
        }

        private void delete() {
            if (editing != null) {
                rules.delete(editing.id());
                refresh();
                edit(null);
            }
        }

        private static Money money(BigDecimal amount, java.util.Currency currency) {
            return amount == null ? null : new Money(amount, currency);
        }
    }
}
