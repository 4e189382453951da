package dev.feira.recovery.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;

import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Status;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;

/** The count of carts waiting for the signed-in rep (or sales manager), live; a link to the inbox. */
class OpenAlertsBadge extends RouterLink {

    private static final EnumSet<Status> OPEN = EnumSet.of(Status.OPEN, Status.ACKNOWLEDGED);

    private final transient RecoveryAlerts alerts;
    private final TenantId tenant;
    private final Span count = new Span();
    private transient Runnable stopListening;

    OpenAlertsBadge(RecoveryAlerts alerts, TenantId tenant) {
        this.alerts = alerts;
        this.tenant = tenant;
        setRoute(RecoveryAlertsView.class);
        setId("open-alerts");
        getElement().setAttribute("title", getTranslation("nav.recovery-alerts"));
        count.setId("open-alerts-count");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "pill", "small"));
        add(VaadinIcon.LIFEBUOY.create(), count); // carts to rescue; not a cart icon: the header's cart is the buyer's own
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "2px");
        show();
    }

    private void show() {
        long open = TenantContext.callAs(tenant, () -> alerts.countVisible(OPEN));
        count.setText(String.valueOf(open));
        // Always there (a rep looks for it); quiet at zero, warning colours when carts wait.
        count.getElement().getThemeList().set("warning", open > 0);
        count.getElement().getThemeList().set("contrast", open == 0);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var ui = attach.getUI();
        stopListening = TenantContext.callAs(tenant, () -> alerts.listenForNew(arrived -> ui.access(this::show)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
        }
    }
}
