package dev.feira.onboarding.ui;

import java.io.ByteArrayInputStream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dev.feira.identity.CatalogAccess;
import dev.feira.onboarding.OwnDomains;
import dev.feira.onboarding.PortalSetup;
import dev.feira.platform.Plans;
import dev.feira.platform.TenantDataExport;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantStatus;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/** The admin's set-up page: the portal's branding beside its preview, then the go-live checklist. */
@Route(value = "onboarding", layout = MainLayout.class)
@Menu(title = "nav.setup", order = 9.2)
@RolesAllowed("SUPPLIER_ADMIN")
class PortalSetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient PortalSetup setup;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient OwnDomains domains;
    private final transient TenantDataExport exports;
    private final transient Plans plans;

    PortalSetupView(PortalSetup setup, TenantDirectory tenants, CatalogAccess access, OwnDomains domains, TenantDataExport exports,
                    Plans plans) {
        this.plans = plans;
        this.setup = setup;
        this.exports = exports;
        this.domains = domains;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayAdminister).isEmpty()) {
            return;
        }
        removeAll();
        var progress = setup.progress();
        var portal = progress.portal();
        var state = new Paragraph(getTranslation(portal.status() == TenantStatus.ONBOARDING ? "setup.state.onboarding" : "setup.state.live",
                portal.hosts().getFirst()));
        state.setId("setup-state");
        // A saved branding shows in the whole page's header too: reload it.
        Runnable reload = () -> UI.getCurrent().getPage().reload();
        add(new H1(getTranslation("setup.title")), state, new BrandingForm(setup, portal, reload), new PlanChooser(plans, portal.id(), reload),
                new GoLiveChecklist(setup, progress, reload), new OwnDomainForm(domains), dataExport());
    }

    /** The supplier's data, whole, whenever it wants it: no lock-in. */
    private VerticalLayout dataExport() {
        var tenant = dev.feira.shared.TenantContext.require();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = dev.feira.shared.TenantContext.callAs(tenant, exports::export);
            return new DownloadResponse(new ByteArrayInputStream(zip), "feira-export.zip", "application/zip", zip.length);
        }), getTranslation("export.download"));
        download.setId("data-export");
        download.getElement().setAttribute("download", true);
        var section = new VerticalLayout(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.explained")), download);
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("setup.title"), tenants);
    }
}
