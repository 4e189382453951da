package dev.feira.platform.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import dev.feira.platform.TenantDataExport;
import dev.feira.tenancy.TenantProfile;

/** Cancelling a supplier for good: a reason; its data is exported first and its admins get the link. */
class CancelTenantDialog extends Dialog {

    CancelTenantDialog(TenantProfile tenant, TenantDataExport exports, Consumer<String> cancelled) {
        setHeaderTitle(getTranslation("operator.cancel-tenant.title", tenant.name()));
        var reason = new TextArea(getTranslation("operator.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        var problem = new Paragraph();
        problem.setId("cancel-problem");
        problem.addClassName("refusal");
        var confirm = new Button(getTranslation("operator.cancel-tenant"), e -> {
            if (reason.getValue().isBlank()) {
                problem.setText(getTranslation("operator.reason.missing"));
                return;
            }
            String token = exports.cancel(tenant.id(), reason.getValue(), getLocale());
            close();
            cancelled.accept(token);
        });
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        add(new Paragraph(getTranslation("operator.cancel-tenant.explained", tenant.name(), TenantDataExport.LINK_DAYS)), reason, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("min(32em, 95vw)");
    }
}
