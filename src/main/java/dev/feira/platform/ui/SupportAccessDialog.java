package dev.feira.platform.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import dev.feira.identity.Refusal;
import dev.feira.identity.SupportAccess;
import dev.feira.tenancy.TenantProfile;

/** An operator asks for support access to one supplier's desk: why, and for how long. */
class SupportAccessDialog extends Dialog {

    SupportAccessDialog(TenantProfile tenant, SupportAccess support, Consumer<SupportAccess.Session> opened) {
        setHeaderTitle(getTranslation("support.open.title", tenant.name()));
        var reason = new TextArea(getTranslation("support.reason.label"));
        reason.setId("support-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        var length = new Select<Duration>();
        length.setId("support-length");
        length.setLabel(getTranslation("support.length.label"));
        length.setItems(List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), SupportAccess.LONGEST));
        length.setItemLabelGenerator(d -> getTranslation("support.minutes", d.toMinutes()));
        length.setValue(Duration.ofHours(1));
        var problem = new Paragraph();
        problem.setId("support-problem");
        problem.addClassName("refusal");
        var open = new Button(getTranslation("support.open"), e -> {
            try {
                var session = support.open(tenant.id(), reason.getValue(), length.getValue());
                close();
                opened.accept(session);
            } catch (Refusal refused) {
                problem.setText(getTranslation(refused.key()));
            }
        });
        open.setId("support-confirm");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("support.open.explained", tenant.name())), reason, length, problem);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), open);
        setWidth("min(32em, 95vw)");
    }
}
