package dev.feira.recovery.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.Role;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.NavbarItem;

/**
 * In the top bar of the supplier's reps and sales managers: how many carts wait for them to act,
 * counted again live when alerts arrive (on any instance). A click opens the inbox.
 */
@org.springframework.stereotype.Component
class OpenAlertsBadgeItem implements NavbarItem {

    private final RecoveryAlerts alerts;
    private final CurrentUser currentUser;
    private final TenantDirectory tenants;

    OpenAlertsBadgeItem(RecoveryAlerts alerts, CurrentUser currentUser, TenantDirectory tenants) {
        this.alerts = alerts;
        this.currentUser = currentUser;
        this.tenants = tenants;
    }

    @Override
    public Optional<Component> create() {
        var tenant = tenants.current().map(TenantProfile::id); // the supplier whose host the page is on
        boolean team = tenant.isPresent() && currentUser.get().filter(u -> u.isStaffOf(tenant.get())
                && (u.has(Role.SALES_REP) || u.has(Role.SUPPLIER_ADMIN))).isPresent();
        return team ? Optional.of(new OpenAlertsBadge(alerts, tenant.get())) : Optional.empty();
    }
}
