package dev.feira.platform.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dev.feira.identity.AccessRequests;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.ui.MainLayout;

/** A buyer company asks a supplier for an account, with its CNPJ and a word to the supplier; where it stands after. */
@Route(value = "access/:supplier", layout = MainLayout.class)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER"})
class AccessRequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AccessRequests requests;
    private final transient TenantDirectory tenants;
    private String title = "";

    AccessRequestView(AccessRequests requests, TenantDirectory tenants) {
        this.requests = requests;
        this.tenants = tenants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = event.getRouteParameters().get("supplier").flatMap(tenants::bySlug).filter(t -> t.status().serves());
        if (supplier.isEmpty()) {
            event.forwardTo("");
            return;
        }
        removeAll();
        show(supplier.get());
    }

    private void show(TenantProfile supplier) {
        title = getTranslation("access.title", supplier.name());
        var standing = requests.ofMyCompany().stream().filter(r -> r.supplier().equals(supplier.id())).findFirst();
        add(new H2(title));
        var state = new Paragraph();
        state.setId("access-state");
        standing.ifPresent(r -> state.setText(getTranslation("access.state." + r.status(), supplier.name(),
                r.declineReason().orElse(""), r.accountNumber().orElse(""))));
        if (standing.filter(r -> r.status() != AccessRequests.Status.DECLINED).isPresent()) {
            add(state);
            return;
        }
        var cnpj = new TextField(getTranslation("access.cnpj"));
        cnpj.setId("access-cnpj");
        cnpj.setPlaceholder("00.000.000/0000-00");
        cnpj.setMaxLength(18);
        var message = new TextArea(getTranslation("access.message"));
        message.setId("access-message");
        message.setMaxLength(1000);
        message.setWidthFull();
        var problem = new Paragraph();
        problem.setId("access-problem");
        problem.addClassName("refusal");
        var send = new Button(getTranslation("access.send"), e -> {
            try {
                requests.request(supplier.id(), cnpj.getValue(), message.getValue());
                removeAll();
                show(supplier);
            } catch (AccessRequests.Refused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        send.setId("access-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("access.explained", supplier.name())), state, cnpj, message, problem, send);
    }

    @Override
    public String getPageTitle() {
        return title + " · Feira";
    }
}
