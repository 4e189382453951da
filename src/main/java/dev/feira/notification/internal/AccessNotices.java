package dev.feira.notification.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.identity.AccessDecided;
import dev.feira.identity.AccessRequested;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.notification.Notice;
import dev.feira.notification.Notifications;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** Access requests told to whom they concern: the supplier's admins when a company asks, the company when they decide. */
@Component
class AccessNotices {

    private final Notifications notifications;
    private final People people;
    private final TenantDirectory tenants;

    AccessNotices(Notifications notifications, People people, TenantDirectory tenants) {
        this.notifications = notifications;
        this.people = people;
        this.tenants = tenants;
    }

    @ApplicationModuleListener
    void on(AccessRequested requested) {
        for (PortalUser admin : people.staffOf(requested.tenant(), Role.SUPPLIER_ADMIN)) {
            notifications.send(new Notice(admin.id(), admin.username(), Optional.of(requested.tenant()), "access-requested",
                    List.of(requested.companyName(), requested.cnpj()), "catalog/access-requests",
                    "access-requested:" + requested.request() + ":" + admin.id()));
        }
    }

    @ApplicationModuleListener
    void on(AccessDecided decided) {
        String supplier = tenants.byId(decided.tenant()).map(TenantProfile::name).orElse("");
        String key = decided.approved() ? "access-approved" : "access-declined";
        for (PortalUser buyer : people.ofBuyerCompany(decided.buyerCompany())) {
            if (!buyer.has(Role.BUYER_ADMIN) && !buyer.has(Role.PURCHASER)) {
                continue;
            }
            notifications.send(new Notice(buyer.id(), buyer.username(), Optional.of(decided.tenant()), key,
                    List.of(supplier, decided.accountNumber().or(decided::reason).orElse("")), decided.approved() ? "catalog" : null,
                    key + ":" + decided.request() + ":" + buyer.id()));
        }
    }
}
