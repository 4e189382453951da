package dev.feira.platform.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.platform.OperatorAudit;
import dev.feira.tenancy.ui.MainLayout;

/** The operators' audit log: who did what to which tenant, when and why; searched as typed, paged from the database. */
@Route(value = "operator/audit", layout = MainLayout.class)
@Menu(title = "nav.operator-audit", order = 91)
@RolesAllowed("PLATFORM_OPERATOR")
class OperatorAuditView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId PLATFORM_ZONE = ZoneId.of("America/Sao_Paulo");

    OperatorAuditView(OperatorAudit audit) {
        var search = new TextField();
        search.setId("audit-search");
        search.setPlaceholder(getTranslation("operator.audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(getLocale()).withZone(PLATFORM_ZONE);
        var grid = new Grid<OperatorAudit.Entry>();
        grid.setId("audit-grid");
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("operator.audit.at")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OperatorAudit.Entry::operator).setHeader(getTranslation("operator.audit.operator")).setAutoWidth(true);
        grid.addColumn(OperatorAudit.Entry::action).setHeader(getTranslation("operator.audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.tenant().orElse("—")).setHeader(getTranslation("tenant.slug")).setAutoWidth(true);
        grid.addColumn(OperatorAudit.Entry::details).setHeader(getTranslation("operator.audit.details")).setFlexGrow(1);
        grid.setItems(q -> audit.search(search.getValue(), q.getPage(), q.getPageSize()).stream(), q -> (int) audit.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("operator.audit.none"));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("nav.operator-audit")), search, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.operator-audit") + " · Feira";
    }
}
