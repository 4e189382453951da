package dev.feira.onboarding.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.onboarding.SignupRefused;
import dev.feira.onboarding.SupplierSignups;

/**
 * The sign-up form: the company (CNPJ checked by its digits), the first admin, the portal's name and address, whose
 * availability is answered as it is typed. A refusal marks the field it is about, in the visitor's language.
 */
class SignupForm extends VerticalLayout {

    static final List<String> STATES = List.of("AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB",
            "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph problem = new Paragraph();

    SignupForm(SupplierSignups signups, String hostSuffix, Consumer<String> sent) {
        setPadding(false);
        var legalName = text("legalName", "signup.legal-name", 200);
        var cnpj = text("cnpj", "signup.cnpj", 18);
        cnpj.setPlaceholder("00.000.000/0000-00");
        var street = text("street", "signup.street", 200);
        var city = text("city", "signup.city", 100);
        var state = new Select<String>();
        state.setLabel(getTranslation("signup.state"));
        state.setItems(STATES);
        state.setValue("SP");
        state.setId("signup-state");
        fields.put("state", state);
        var postalCode = text("postalCode", "signup.postal-code", 9);
        postalCode.setPlaceholder("01310-100");
        var adminName = text("adminName", "signup.admin-name", 200);
        var adminEmail = new EmailField(getTranslation("signup.admin-email"));
        adminEmail.setId("signup-adminEmail");
        adminEmail.setHelperText(getTranslation("signup.admin-email.help"));
        fields.put("adminEmail", adminEmail);
        var portalName = text("portalName", "signup.portal-name", 200);
        var slug = new SlugField(signups::checkSlug, hostSuffix);
        fields.put("slug", slug.field());
        portalName.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        portalName.addValueChangeListener(e -> slug.suggestFrom(e.getValue()));

        var company = new FormLayout(legalName, cnpj, street, city, state, postalCode);
        var admin = new FormLayout(adminName, adminEmail);
        var portal = new FormLayout(portalName, slug);
        for (var form : List.of(company, admin, portal)) {
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        }
        problem.setId("signup-problem");
        problem.addClassName("refusal");
        var send = new Button(getTranslation("signup.send"));
        send.setId("signup-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            problem.setText("");
            try {
                signups.start(new SupplierSignups.SignupForm(legalName.getValue(), cnpj.getValue(), street.getValue(), city.getValue(),
                        state.getValue(), postalCode.getValue(), adminName.getValue(), adminEmail.getValue(), portalName.getValue(),
                        slug.field().getValue()), getLocale());
                sent.accept(adminEmail.getValue().strip());
            } catch (SignupRefused refused) {
                show(refused);
            }
        });
        add(new H3(getTranslation("signup.company")), company, new H3(getTranslation("signup.admin")), admin,
                new H3(getTranslation("signup.portal")), portal, problem, send);
    }

    private TextField text(String field, String label, int max) {
        var text = new TextField(getTranslation(label));
        text.setId("signup-" + field);
        text.setMaxLength(max);
        text.setWidthFull();
        fields.put(field, text);
        return text;
    }

    private void show(SignupRefused refused) {
        String message = getTranslation(refused.key(), refused.arguments());
        var field = refused.field() == null ? null : fields.get(refused.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        problem.setText(message);
    }

    /** A visible "sent" note for a screen reader too. */
    static Span sentNote(String text) {
        var note = new Span(text);
        note.setId("signup-sent");
        note.getElement().setAttribute("role", "status");
        return note;
    }
}
