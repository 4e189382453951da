package dev.feira.platform.ui;

import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import dev.feira.tenancy.TenantProfile;

/** Suspending or reactivating a tenant: the operator says why (the audit log keeps it) and confirms. */
class TenantStatusDialog extends Dialog {

    /**
     * @param action the change, given the reason; a refusal (no reason, a move the status does not allow) is shown here
     * @param done   told of the tenant as it is now
     */
    TenantStatusDialog(TenantProfile tenant, boolean suspending, Function<String, TenantProfile> action,
                       java.util.function.Consumer<TenantProfile> done) {
        setId("tenant-status-dialog");
        setHeaderTitle(getTranslation(suspending ? "operator.suspend.title" : "operator.reactivate.title", tenant.name()));
        var explained = new Paragraph(getTranslation(suspending ? "operator.suspend.explained" : "operator.reactivate.explained"));
        var reason = new TextArea(getTranslation("operator.reason"));
        reason.setId("tenant-status-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequired(true);
        var problem = new Paragraph();
        problem.setId("tenant-status-problem");
        problem.addClassName("refusal");
        var confirm = new Button(getTranslation(suspending ? "operator.suspend" : "operator.reactivate"), e -> {
            try {
                done.accept(action.apply(reason.getValue()));
                close();
            } catch (IllegalArgumentException | IllegalStateException refused) {
                problem.setText(getTranslation(reason.getValue().isBlank() ? "operator.reason.missing" : "operator.status.refused"));
            }
        });
        confirm.setId("tenant-status-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, suspending ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        var cancel = new Button(getTranslation("operator.cancel"), e -> close());
        add(explained, reason, problem);
        getFooter().add(cancel, confirm);
    }
}
