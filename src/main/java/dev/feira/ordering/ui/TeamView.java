package dev.feira.ordering.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.BuyerAccountProfile;
import dev.feira.identity.Role;
import dev.feira.ordering.PurchasingPolicy;
import dev.feira.ordering.PurchasingPolicy.ApprovalLevel;
import dev.feira.ordering.PurchasingPolicy.PurchaserLimits;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/**
 * The buyer admin's purchasing policy: each person's limits per order and per month (across all
 * suppliers, with what they spent this month), and the approval levels by amount.
 */
@Route(value = "team", layout = MainLayout.class)
@Menu(title = "nav.team", order = 1.7)
@RolesAllowed("BUYER_ADMIN")
class TeamView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, BuyerPage {

    private final transient PurchasingPolicy policy;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private BuyerAccountProfile buyer;

    TeamView(PurchasingPolicy policy, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.policy = policy;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.team"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var account = enterAsBuyer(event, tenants, accounts);
        if (account.isEmpty()) {
            return;
        }
        buyer = account.get();
        removeAll();
        add(new H2(getTranslation("team.title", buyer.buyerCompanyName())), new Paragraph(getTranslation("team.explained")), limits(),
                new H3(getTranslation("team.levels")), new Paragraph(getTranslation("team.levels.explained")), levels());
    }

    private Component limits() {
        var grid = new Grid<PurchaserLimits>();
        grid.setId("team-grid");
        grid.addColumn(l -> l.person().displayName()).setHeader(getTranslation("team.person")).setAutoWidth(true);
        grid.addColumn(l -> l.person().roles().stream().filter(Role::isBuyerRole).map(r -> getTranslation("role." + r)).sorted()
                .reduce((a, b) -> a + ", " + b).orElse("")).setHeader(getTranslation("team.roles")).setAutoWidth(true);
        grid.addComponentColumn(l -> limitField(l, true)).setHeader(getTranslation("team.per-order")).setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(l -> limitField(l, false)).setHeader(getTranslation("team.per-month")).setWidth("11em").setFlexGrow(0);
        var currency = tenants.current().map(t -> t.currency()).orElse(java.util.Currency.getInstance("BRL"));
        grid.addColumn(l -> new dev.feira.shared.Money(l.spentThisMonth(), currency).format(getLocale()))
                .setHeader(getTranslation("team.spent")).setAutoWidth(true);
        grid.setItems(policy.limits(buyer.buyerCompanyId()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A limit edited in place; saved as soon as it changes (empty: no limit). */
    private Component limitField(PurchaserLimits limits, boolean perOrder) {
        var field = new BigDecimalField();
        field.setWidthFull();
        field.setPlaceholder(getTranslation("team.no-limit"));
        (perOrder ? limits.perOrder() : limits.perMonth()).map(dev.feira.shared.Money::forEditing).ifPresent(field::setValue);
        field.addClassName(perOrder ? "limit-per-order" : "limit-per-month");
        field.getElement().setAttribute("data-person", limits.person().username());
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            var current = policy.limits(buyer.buyerCompanyId()).stream().filter(l -> l.person().id().equals(limits.person().id()))
                    .findFirst().orElse(limits);
            try {
                policy.setLimits(buyer.buyerCompanyId(), limits.person().id(), perOrder ? e.getValue() : current.perOrder().orElse(null),
                        perOrder ? current.perMonth().orElse(null) : e.getValue());
                Notification.show(getTranslation("team.saved", limits.person().displayName())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
        });
        return field;
    }

    private Component levels() {
        var rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setId("team-levels");
        List<ApprovalLevel> current = policy.levels(buyer.buyerCompanyId());
        var editors = new ArrayList<LevelEditor>();
        current.forEach(level -> editors.add(new LevelEditor(level)));
        Runnable redraw = () -> {
            rows.removeAll();
            editors.forEach(rows::add);
        };
        var add = new Button(getTranslation("team.levels.add"), VaadinIcon.PLUS.create(), e -> {
            editors.add(new LevelEditor(new ApprovalLevel(null, Role.BUYER_ADMIN)));
            redraw.run();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button(getTranslation("team.levels.save"), e -> {
            editors.removeIf(LevelEditor::removed);
            try {
                policy.setLevels(buyer.buyerCompanyId(), editors.stream().map(LevelEditor::level).toList());
                Notification.show(getTranslation("team.levels.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException | NullPointerException refused) {
                Notification.show(refused instanceof NullPointerException ? getTranslation("team.levels.amount-required") : refused.getMessage(),
                        6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            redraw.run();
        });
        save.setId("team-levels-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        redraw.run();
        return new VerticalLayout(rows, new HorizontalLayout(add, save));
    }

    /** One approval level: from which amount, and who approves. */
    private final class LevelEditor extends HorizontalLayout {
        private final BigDecimalField from = new BigDecimalField(getTranslation("team.levels.from"));
        private final Select<Role> role = new Select<>();
        private boolean removed;

        LevelEditor(ApprovalLevel level) {
            from.setValue(dev.feira.shared.Money.forEditing(level.fromAmount()));
            role.setLabel(getTranslation("team.levels.role"));
            role.setItems(Role.APPROVER, Role.BUYER_ADMIN);
            role.setItemLabelGenerator(r -> getTranslation("role." + r));
            role.setValue(level.approverRole());
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                removed = true;
                setVisible(false);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setAlignItems(Alignment.BASELINE);
            add(from, role, remove);
        }

        boolean removed() {
            return removed;
        }

        ApprovalLevel level() {
            return new ApprovalLevel(java.util.Objects.requireNonNull(from.getValue()), role.getValue());
        }
    }

}
