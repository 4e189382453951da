package dev.feira.platform.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dev.feira.identity.PortalLinks;
import dev.feira.identity.SupportAccess;
import dev.feira.platform.OperatorAudit;
import dev.feira.platform.Plans;
import dev.feira.platform.TenantDataExport;
import dev.feira.platform.TenantOverview;
import dev.feira.search.SearchMaintenance;
import dev.feira.shared.Cnpj;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.tenancy.ui.MainLayout;

/** One tenant for the operators: who it is (company, hosts, market), its 30 days, its status actions, its audit trail. */
@Route(value = "operator/tenants/:slug", layout = MainLayout.class)
@RolesAllowed("PLATFORM_OPERATOR")
class TenantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TenantOverview overview;
    private final transient TenantDirectory tenants;
    private final transient TenantLifecycle lifecycle;
    private final transient SearchMaintenance search;
    private final transient OperatorAudit audit;
    private final transient SupportAccess support;
    private final transient PortalLinks links;
    private final transient TenantDataExport exports;
    private final transient Plans plans;
    private String title = "";

    TenantView(TenantOverview overview, TenantDirectory tenants, TenantLifecycle lifecycle, SearchMaintenance search, OperatorAudit audit,
               SupportAccess support, PortalLinks links, TenantDataExport exports, Plans plans) {
        this.plans = plans;
        this.exports = exports;
        this.support = support;
        this.links = links;
        this.overview = overview;
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        this.search = search;
        this.audit = audit;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var tenant = event.getRouteParameters().get("slug").flatMap(tenants::bySlug).flatMap(t -> overview.of(t.id()));
        if (tenant.isEmpty()) {
            event.forwardTo(TenantsView.class);
            return;
        }
        removeAll();
        var summary = tenant.get();
        var profile = summary.tenant();
        title = profile.name();
        var locale = getLocale();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.of("America/Sao_Paulo"));

        var facts = new DescriptionList();
        facts.setId("tenant-facts");
        fact(facts, "tenant.slug", profile.slug());
        fact(facts, "tenant.hosts", String.join(", ", profile.hosts()));
        fact(facts, "tenant.market", profile.defaultLocale().toLanguageTag() + " · " + profile.currency().getCurrencyCode());
        fact(facts, "tenant.visibility", getTranslation(profile.isPublic() ? "supplier.public" : "supplier.private"));
        if (profile.openedAt() != null) {
            fact(facts, "operator.opened-at", when.format(profile.openedAt()));
        }
        tenants.legalEntity(profile.id()).ifPresent(company -> {
            fact(facts, "signup.legal-name", company.legalName());
            fact(facts, "signup.cnpj", Cnpj.formatted(company.cnpj()));
            fact(facts, "operator.address", company.street() + " · " + company.city() + "/" + company.state() + " · " + company.postalCode());
        });
        var plan = new Select<Plans.Plan>();
        plan.setId("tenant-plan");
        plan.setLabel(getTranslation("operator.plan"));
        plan.setItems(plans.all());
        plan.setItemLabelGenerator(p -> getTranslation("plan.label", p.name(), p.monthlyFee().format(locale), p.gmvFeePercent()));
        var chosen = plans.of(profile.id());
        chosen.ifPresent(c -> plan.setValue(c.plan()));
        plan.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                plans.choose(profile.id(), e.getValue().code());
                Notification.show(getTranslation("operator.plan.changed", profile.name(), e.getValue().name()));
            }
        });
        plan.setWidth("min(28em, 100%)");
        chosen.flatMap(Plans.SupplierPlan::trialEndsAt).ifPresent(ends -> fact(facts, "operator.trial-ends", when.format(ends)));
        var figures = new DescriptionList();
        figures.setId("tenant-figures");
        fact(figures, "operator.gmv", summary.gmv().format(locale));
        fact(figures, "operator.orders", String.valueOf(summary.orders()));
        fact(figures, "operator.active-buyers", String.valueOf(summary.activeBuyers()));
        if (summary.lastActivity() != null) {
            fact(figures, "operator.last-activity", when.format(summary.lastActivity()));
        }

        var trail = new Grid<OperatorAudit.Entry>();
        trail.setId("tenant-audit");
        trail.addColumn(e -> when.format(e.at())).setHeader(getTranslation("operator.audit.at")).setAutoWidth(true);
        trail.addColumn(OperatorAudit.Entry::operator).setHeader(getTranslation("operator.audit.operator")).setAutoWidth(true);
        trail.addColumn(OperatorAudit.Entry::action).setHeader(getTranslation("operator.audit.action")).setAutoWidth(true);
        trail.addColumn(OperatorAudit.Entry::details).setHeader(getTranslation("operator.audit.details")).setFlexGrow(1);
        trail.setItems(audit.search(profile.slug(), 0, 50).stream().filter(e -> e.tenant().filter(profile.slug()::equals).isPresent()).toList());
        trail.setAllRowsVisible(true);
        trail.setEmptyStateText(getTranslation("operator.audit.none"));

        Runnable reload = () -> getUI().ifPresent(ui -> ui.getPage().reload());
        var actions = new HorizontalLayout(TenantActions.status(profile), TenantActions.suspendOrReactivate(profile, lifecycle, reload),
                TenantActions.reindex(profile, search, audit), new RouterLink(getTranslation("nav.tenants"), TenantsView.class));
        var billing = new Anchor("operator/billing/" + profile.slug(), getTranslation("nav.plan"));
        billing.setId("tenant-billing");
        actions.add(billing);
        if (profile.status() != dev.feira.tenancy.TenantStatus.CANCELLED) {
            var cancel = new Button(getTranslation("operator.cancel-tenant"), e -> new CancelTenantDialog(profile, exports, token -> {
                removeAll();
                var download = new Anchor("/exports/" + token, getTranslation("operator.cancel-tenant.download"));
                download.setRouterIgnore(true);
                download.setId("cancel-export");
                add(new H1(profile.name()), new Paragraph(getTranslation("operator.cancel-tenant.done", profile.name(), TenantDataExport.LINK_DAYS)),
                        download, new RouterLink(getTranslation("nav.tenants"), TenantsView.class));
            }).open());
            cancel.setId("tenant-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            actions.add(cancel);
        }
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        add(new H1(profile.name()), actions, supportAccess(profile, when, reload), new H2(getTranslation("operator.tenant.company")), plan, facts,
                new H2(getTranslation("operator.tenant.last-30-days")), figures, new H2(getTranslation("nav.operator-audit")), trail);
    }

    /** The way into the supplier's desk: open only with a reason and for a while, and the supplier sees it. */
    private Div supportAccess(dev.feira.tenancy.TenantProfile profile, DateTimeFormatter when, Runnable reload) {
        var box = new Div();
        box.setId("tenant-support");
        box.addClassName("tenant-support");
        var open = support.current(profile.id());
        if (open.isPresent()) {
            var desk = new Anchor(links.to(profile, "catalog/orders"), getTranslation("support.desk"));
            desk.setRouterIgnore(true);
            desk.setId("support-desk");
            var end = new Button(getTranslation("support.end"), e -> {
                support.end(profile.id());
                reload.run();
            });
            end.setId("support-end-operator");
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            box.add(new Paragraph(getTranslation("support.open.now", open.get().operator(), when.format(open.get().endsAt()), open.get().reason())),
                    desk, end);
        } else {
            var ask = new Button(getTranslation("support.open"), e -> new SupportAccessDialog(profile, support, session -> reload.run()).open());
            ask.setId("support-open");
            box.add(new Paragraph(getTranslation("support.explained")), ask);
        }
        return box;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("nav.tenants") + " · Feira";
    }
}
