package dev.feira.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.onboarding.OwnDomains;
import dev.feira.onboarding.OwnDomains.OwnDomain;
import dev.feira.onboarding.SignupRefused;

/**
 * The portal on a domain of the supplier's own: add it, create the TXT record shown, verify; it is served only then.
 * Each domain shows its record until verified, and can be removed (it stops answering at once).
 */
class OwnDomainForm extends VerticalLayout {

    private final transient OwnDomains domains;
    private final Div list = new Div();
    private final Paragraph problem = new Paragraph();

    OwnDomainForm(OwnDomains domains) {
        this.domains = domains;
        setPadding(false);
        setId("own-domains");
        var domain = new TextField(getTranslation("domain.label"));
        domain.setId("domain-new");
        domain.setPlaceholder(getTranslation("domain.placeholder"));
        domain.setWidth("min(24em, 100%)");
        var add = new Button(getTranslation("domain.add"), e -> {
            problem.setText("");
            try {
                domains.add(domain.getValue());
                domain.clear();
                refresh();
            } catch (SignupRefused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        add.setId("domain-add");
        var row = new HorizontalLayout(domain, add);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        problem.setId("domain-problem");
        problem.addClassName("refusal");
        list.addClassName("own-domain-list");
        add(new H2(getTranslation("domain.title")), new Paragraph(getTranslation("domain.explained")), row, problem, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (OwnDomain domain : domains.list()) {
            list.add(entry(domain));
        }
    }

    private Div entry(OwnDomain domain) {
        boolean verified = domain.status() == OwnDomains.Status.VERIFIED;
        var state = new Span(getTranslation(verified ? "domain.verified" : "domain.pending"));
        state.getElement().getThemeList().add(verified ? "badge success" : "badge contrast");
        var name = new Span(domain.domain());
        name.addClassName("own-domain-name");
        var remove = new Button(getTranslation("domain.remove"), e -> {
            domains.remove(domain.domain());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        var entry = new Div(new HorizontalLayout(name, state, remove));
        entry.addClassName("own-domain");
        entry.getElement().setAttribute("data-domain", domain.domain());
        entry.getElement().setAttribute("data-status", domain.status().name());
        if (!verified) {
            var record = new Div(new Span(getTranslation("domain.record")), new Code("TXT  " + domain.recordName() + "  \"" + domain.recordValue() + "\""));
            record.addClassName("own-domain-record");
            var verify = new Button(getTranslation("domain.verify"), e -> {
                problem.setText("");
                try {
                    domains.verify(domain.domain());
                    Notification.show(getTranslation("domain.verified.toast", domain.domain()), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                } catch (SignupRefused refused) {
                    problem.setText(getTranslation(refused.key(), refused.arguments()));
                }
            });
            verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            verify.addClassName("domain-verify");
            entry.add(record, verify);
        }
        return entry;
    }
}
