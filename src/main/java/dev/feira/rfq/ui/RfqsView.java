package dev.feira.rfq.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.Role;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.RfqStatus;
import dev.feira.rfq.RfqSummary;
import dev.feira.rfq.Rfqs;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/** A buyer company's requests for quotation, newest first, paged from the database; on the marketplace and at its suppliers. */
@Route(value = "rfqs", layout = MainLayout.class)
@Menu(title = "nav.rfqs", order = 1.6)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"})
class RfqsView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId BUYER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final transient TenantDirectory tenants;

    RfqsView(Rfqs rfqs, TenantDirectory tenants, CurrentUser currentUser) {
        this.tenants = tenants;
        var status = new Select<RfqStatus>();
        status.setId("rfqs-status");
        status.setLabel(getTranslation("rfq.status"));
        status.setItems(RfqStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("rfq.all") : getTranslation("rfq.status." + s)); // null: "all"
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("rfq.all"));
        var created = new Button(getTranslation("rfq.new"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("rfqs/new")));
        created.setId("rfq-new");
        created.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var grid = new Grid<RfqSummary>();
        grid.setId("rfqs-grid");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(BUYER_ZONE);
        grid.addColumn(RfqSummary::number).setHeader(getTranslation("rfq.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RfqSummary::title).setHeader(getTranslation("rfq.title")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation("rfq.status." + r.status())).setHeader(getTranslation("rfq.status")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("rfq.answers.count", r.answers(), r.suppliers())).setHeader(getTranslation("rfq.answers"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.deadline().map(when::format).orElse("—")).setHeader(getTranslation("rfq.deadline")).setAutoWidth(true);
        grid.setItems(q -> rfqs.ofCompany(Optional.ofNullable(status.getValue()), q.getPage(), q.getPageSize()).stream(),
                q -> (int) rfqs.countOfCompany(Optional.ofNullable(status.getValue())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("rfqs/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("rfq.none"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var actions = new HorizontalLayout(status, created);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        add(new H2(getTranslation("nav.rfqs")), actions, grid);
        if (currentUser.get().filter(p -> p.has(Role.BUYER_ADMIN)).isPresent()) {
            add(costOfCapital(rfqs));
        }
        setSizeFull();
        setFlexGrow(1, grid);
    }

    /** The buyer admin's rate for what payment terms are worth (the comparison's landed cost). */
    private HorizontalLayout costOfCapital(Rfqs rfqs) {
        var rate = new BigDecimalField(getTranslation("rfq.cost-of-capital"));
        rate.setId("rfq-cost-of-capital");
        rate.setHelperText(getTranslation("rfq.cost-of-capital.help"));
        rate.setValue(rfqs.costOfCapital().movePointRight(2).stripTrailingZeros());
        var save = new Button(getTranslation("rfq.cost-of-capital.save"), e -> {
            try {
                rfqs.setCostOfCapital(rate.getValue() == null ? null : rate.getValue().movePointLeft(2));
                rate.setInvalid(false);
                Notification.show(getTranslation("rfq.cost-of-capital.saved"));
            } catch (RfqRefusal refused) {
                rate.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                rate.setInvalid(true);
            }
        });
        save.setId("rfq-cost-of-capital-save");
        var row = new HorizontalLayout(rate, save);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return tenants.current().map(t -> getTranslation("nav.rfqs") + " · " + t.name()).orElse(getTranslation("nav.rfqs") + " · Feira");
    }
}
