package dev.feira.platform.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import dev.feira.platform.OperatorAudit;
import dev.feira.search.SearchMaintenance;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.tenancy.TenantProfile;

/** What an operator does to one tenant, wherever the tenant is shown (the list, its page): its status, its search. */
final class TenantActions {

    private TenantActions() {
    }

    static Span status(TenantProfile tenant) {
        var status = new Span(com.vaadin.flow.component.UI.getCurrent().getTranslation("tenant.status." + tenant.status()));
        status.getElement().getThemeList().add(switch (tenant.status()) {
            case ACTIVE, TRIAL -> "badge success";
            case ONBOARDING -> "badge contrast";
            case PAST_DUE -> "badge";
            case SUSPENDED, CANCELLED -> "badge error";
        });
        status.addClassName("tenant-status");
        return status;
    }

    static Button suspendOrReactivate(TenantProfile tenant, TenantLifecycle lifecycle, Runnable changed) {
        boolean suspending = tenant.status().serves();
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var change = new Button(ui.getTranslation(suspending ? "operator.suspend" : "operator.reactivate"), e -> new TenantStatusDialog(tenant,
                suspending, reason -> suspending ? lifecycle.suspend(tenant.id(), reason) : lifecycle.reactivate(tenant.id(), reason), now -> {
                    Notification.show(ui.getTranslation("operator.status.changed", now.name(), ui.getTranslation("tenant.status." + now.status())));
                    changed.run();
                }).open());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, suspending ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        change.addClassName(suspending ? "tenant-suspend" : "tenant-reactivate");
        change.setEnabled(tenant.status() != dev.feira.tenancy.TenantStatus.CANCELLED);
        return change;
    }

    static Button reindex(TenantProfile tenant, SearchMaintenance search, OperatorAudit audit) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var reindex = new Button(ui.getTranslation("operator.reindex"), e -> {
            search.reindex(tenant.id());
            audit.record("search.reindex", Optional.of(tenant.id()), "");
            Notification.show(ui.getTranslation("operator.reindex.started", tenant.name()));
        });
        reindex.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reindex.addClassName("reindex");
        return reindex;
    }
}
