package dev.feira.ordering.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Approvals;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/** The buyer company's orders at this supplier that wait for the signed-in approver's decision, oldest first. */
@Route(value = "approvals", layout = MainLayout.class)
@Menu(title = "nav.approvals", order = 1.5)
@RolesAllowed({"APPROVER", "BUYER_ADMIN"})
class ApprovalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, BuyerPage {

    private final transient Approvals approvals;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;

    ApprovalsView(Approvals approvals, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.approvals = approvals;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.approvals"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var buyer = enterAsBuyer(event, tenants, accounts);
        if (buyer.isEmpty()) {
            return;
        }
        removeAll();
        var waiting = approvals.awaitingMyDecision(buyer.get());
        var grid = OrderGrid.of(getLocale(), this::getTranslation);
        grid.setId("approvals-grid");
        // Who asks, and why it is here: over the requester's limit, at which of the levels its amount reaches.
        var requester = grid.addColumn(order -> order.placedBy().map(p -> p.name()).orElse("—")).setHeader(getTranslation("approvals.requester"))
                .setAutoWidth(true);
        // All wait for approval: on a phone the status and requester give way to the reason (the page says who asks).
        dev.feira.tenancy.ui.PhoneWidth.hideColumns(grid, requester);
        grid.addColumn(order -> getTranslation("approvals.why", order.levelAwaitingDecision().orElse(1), order.approvalLevels()))
                .setHeader(getTranslation("approvals.reason")).setFlexGrow(1);
        grid.setItems(waiting);
        add(new H2(getTranslation("nav.approvals")),
                new Paragraph(waiting.isEmpty() ? getTranslation("approvals.none") : getTranslation("approvals.explained", waiting.size())), grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }
}
