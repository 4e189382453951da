package dev.feira.platform.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.AccessRequests;
import dev.feira.identity.CatalogAccess;
import dev.feira.identity.People;
import dev.feira.identity.Role;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/** The supplier's desk: companies asking for an account; its admins open one (number, category, rep) or decline. */
@Route(value = "catalog/access-requests", layout = MainLayout.class)
@Menu(title = "nav.access-requests", order = 9.4)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP", "PLATFORM_OPERATOR"})
class AccessRequestsDeskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final transient AccessRequests requests;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient People people;
    private final Grid<AccessRequests.AccessRequest> grid = new Grid<>();

    AccessRequestsDeskView(AccessRequests requests, TenantDirectory tenants, CatalogAccess access, People people) {
        this.requests = requests;
        this.tenants = tenants;
        this.access = access;
        this.people = people;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.access-requests"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = enterDesk(event, tenants, access::mayManage);
        if (supplier.isEmpty() || getComponentCount() > 0) {
            return;
        }
        boolean admin = access.mayAdminister(supplier.get());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(SUPPLIER_ZONE);
        grid.setId("access-requests-grid");
        grid.addColumn(AccessRequests.AccessRequest::companyName).setHeader(getTranslation("access.company")).setAutoWidth(true);
        grid.addColumn(AccessRequests.AccessRequest::cnpj).setHeader(getTranslation("access.cnpj")).setAutoWidth(true);
        grid.addColumn(r -> r.message() == null ? "" : r.message()).setHeader(getTranslation("access.message")).setFlexGrow(1);
        grid.addColumn(r -> r.requestedBy() + " · " + when.format(r.requestedAt())).setHeader(getTranslation("access.requested")).setAutoWidth(true);
        if (admin) {
            var reps = people.staffOf(supplier.get().id(), Role.SALES_REP);
            grid.addComponentColumn(r -> {
                var decide = new Button(getTranslation("access.decide"), e -> new AccessDecisionDialog(r, reps,
                        (number, category, rep) -> requests.approve(r.id(), number, category, rep),
                        reason -> requests.decline(r.id(), reason), this::refresh).open());
                decide.addThemeVariants(ButtonVariant.LUMO_SMALL);
                decide.addClassName("access-decide");
                return decide;
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setEmptyStateText(getTranslation("access.none"));
        refresh();
        add(new H2(getTranslation("nav.access-requests")), grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.setItems(requests.pending()); // what waits for a decision: a handful at a time
    }

    /** An approval as the dialog gives it. */
    interface Approval {
        void approve(String accountNumber, String category, Optional<java.util.UUID> rep);
    }
}
