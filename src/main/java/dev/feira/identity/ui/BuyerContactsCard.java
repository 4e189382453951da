package dev.feira.identity.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.feira.identity.BuyerContacts.BuyerContact;

/** Whom a rep calls or writes to at a buyer company: each person with e-mail, phone and a WhatsApp chat. */
public class BuyerContactsCard extends Div {

    public BuyerContactsCard(String companyName, List<BuyerContact> contacts) {
        addClassName("buyer-contacts");
        add(new H3(getTranslation("contacts.title", companyName)));
        if (contacts.isEmpty()) {
            add(new Paragraph(getTranslation("contacts.none")));
        }
        for (var contact : contacts) {
            var person = new Div();
            person.addClassName("buyer-contact");
            var name = new Span(contact.name());
            name.addClassName("buyer-contact-name");
            var roles = new Span(String.join(", ", contact.roles().stream().sorted().map(r -> getTranslation("role." + r.name())).toList()));
            roles.addClassName("product-meta");
            var ways = new Div(new Anchor("mailto:" + contact.email(), contact.email()));
            ways.addClassName("buyer-contact-ways");
            contact.phone().ifPresentOrElse(phone -> {
                ways.add(new Anchor(phone.dial().toString(), phone.display()));
                var whatsApp = new Anchor(phone.whatsApp().toString(), getTranslation("contacts.whatsapp"), AnchorTarget.BLANK);
                whatsApp.addClassName("buyer-contact-whatsapp");
                whatsApp.getElement().setAttribute("rel", "noopener");
                ways.add(whatsApp);
            }, () -> ways.add(new Span(getTranslation("contacts.no-phone"))));
            person.add(new Div(name, new Span(" · "), roles), ways);
            add(person);
        }
    }
}
