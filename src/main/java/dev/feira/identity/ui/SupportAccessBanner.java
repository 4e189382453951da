package dev.feira.identity.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.feira.identity.CurrentUser;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.identity.SupportAccess;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.NavbarItem;

/**
 * While an operator has support access to a supplier, every page of its desk says so — who, until when, why — to its
 * staff and to the operator; its admins (and the operator) can end it there.
 */
@org.springframework.stereotype.Component
class SupportAccessBanner implements NavbarItem {

    private final SupportAccess support;
    private final TenantDirectory tenants;
    private final CurrentUser current;

    SupportAccessBanner(SupportAccess support, TenantDirectory tenants, CurrentUser current) {
        this.support = support;
        this.tenants = tenants;
        this.current = current;
    }

    @Override
    public Optional<Component> create() {
        var tenant = tenants.current();
        var user = current.get();
        if (tenant.isEmpty() || user.isEmpty()) {
            return Optional.empty();
        }
        PortalUser person = user.get();
        boolean staff = person.isStaffOf(tenant.get().id());
        if (!staff && !person.has(Role.PLATFORM_OPERATOR)) {
            return Optional.empty();
        }
        return support.current(tenant.get().id()).map(session -> {
            var ui = UI.getCurrent();
            var until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(ui.getLocale()).withZone(ZoneId.of("America/Sao_Paulo"));
            var text = new Span(ui.getTranslation("support.banner", session.operator(), until.format(session.endsAt()), session.reason()));
            var banner = new HorizontalLayout(text);
            banner.setId("support-banner");
            banner.addClassName("support-banner");
            banner.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            banner.getElement().setAttribute("role", "status");
            if (person.has(Role.SUPPLIER_ADMIN) || person.username().equals(session.operator())) {
                var end = new Button(ui.getTranslation("support.end"), e -> {
                    support.end(tenant.get().id());
                    ui.getPage().reload();
                });
                end.setId("support-end");
                end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                banner.add(end);
            }
            return banner;
        });
    }
}
