package dev.feira.ordering.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.feira.identity.BuyerAccountProfile;
import dev.feira.ordering.PlacedOrder;

/**
 * Who ordered and what they wrote on the order: the buyer company with its account number and CNPJ (for the
 * supplier's desk), the buyer's PO number, where to deliver (the branch and its CNPJ), when, and the note.
 */
class PurchaseDetailsPanel extends Div {

    PurchaseDetailsPanel(PlacedOrder order, Optional<BuyerAccountProfile> buyerForSupplier, Locale locale) {
        setId("order-purchase");
        addClassName("order-purchase");
        buyerForSupplier.ifPresent(buyer -> item("order-buyer", "order.buyer", getTranslation("order.buyer.value", buyer.buyerCompanyName(),
                buyer.accountNumber(), buyer.buyerCompanyTaxId() == null ? "—" : buyer.buyerCompanyTaxId())));
        var details = order.purchase();
        details.buyerPoNumber().ifPresent(po -> item("order-po-number", "checkout.po-number", po));
        details.shipTo().ifPresent(to -> item("order-ship-to", "checkout.ship-to",
                getTranslation("order.ship-to.value", to.label(), to.address(), to.taxId())));
        details.requestedDelivery().ifPresent(date -> item("order-delivery-date", "checkout.delivery-date",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date)));
        details.noteToSupplier().ifPresent(note -> item("order-note", "checkout.note", note));
    }

    private void item(String id, String label, String value) {
        var term = new Span(getTranslation(label) + ": ");
        term.addClassName("term");
        var text = new Span(value);
        text.setId(id);
        add(new Div(term, text));
    }
}
