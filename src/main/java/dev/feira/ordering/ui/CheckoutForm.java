package dev.feira.ordering.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.identity.CompanyAddresses.CompanyAddress;
import dev.feira.ordering.Checkout;
import dev.feira.ordering.Orders.ApprovalForecast;
import dev.feira.ordering.PricedCart;
import dev.feira.pricing.TradeTerms.PaymentMethod;

/**
 * What the buyer writes on the order before placing it — payment, its PO number, where to deliver (one of its
 * company's addresses, each with its CNPJ), when and a note — and the button, enabled exactly while the cart can be
 * ordered. Says beforehand when the order will wait for approval, and whose.
 */
class CheckoutForm extends VerticalLayout {

    private final RadioButtonGroup<PaymentMethod> payment = new RadioButtonGroup<>();
    private final TextField poNumber = new TextField();
    private final Select<CompanyAddress> shipTo = new Select<>();
    private final DatePicker delivery = new DatePicker();
    private final TextArea note = new TextArea();
    private final Paragraph approval = new Paragraph();
    private final Button place = new Button();

    CheckoutForm(Set<PaymentMethod> methods, List<CompanyAddress> addresses, Locale locale, Consumer<Checkout> onPlace) {
        setPadding(false);
        setId("checkout");
        payment.setLabel(getTranslation("cart.payment"));
        payment.setId("cart-payment");
        payment.setItems(methods);
        payment.setItemLabelGenerator(m -> getTranslation("payment.method." + m));
        payment.setValue(methods.contains(PaymentMethod.INVOICE) ? PaymentMethod.INVOICE : methods.iterator().next());
        payment.setReadOnly(methods.size() == 1);

        poNumber.setLabel(getTranslation("checkout.po-number"));
        poNumber.setId("checkout-po-number");
        poNumber.setMaxLength(Checkout.MAX_PO_NUMBER);
        poNumber.setHelperText(getTranslation("checkout.po-number.help"));

        shipTo.setLabel(getTranslation("checkout.ship-to"));
        shipTo.setId("checkout-ship-to");
        shipTo.setItems(addresses);
        shipTo.setItemLabelGenerator(a -> a.label() + " · " + a.city() + "/" + a.state());
        shipTo.setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(a -> a.label() + " — " + a.oneLine() + " — CNPJ " + a.taxId()));
        addresses.stream().filter(CompanyAddress::defaultDelivery).findFirst().or(() -> addresses.stream().findFirst())
                .ifPresent(shipTo::setValue);
        shipTo.addValueChangeListener(e -> shipTo.setHelperText(e.getValue() == null ? null
                : e.getValue().oneLine() + " · CNPJ " + e.getValue().taxId()));
        shipTo.setHelperText(shipTo.getValue() == null ? getTranslation("checkout.ship-to.none")
                : shipTo.getValue().oneLine() + " · CNPJ " + shipTo.getValue().taxId());
        shipTo.setEnabled(!addresses.isEmpty());

        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        delivery.setLabel(getTranslation("checkout.delivery-date"));
        delivery.setId("checkout-delivery-date");
        dev.feira.tenancy.ui.DatePickerTexts.translated(delivery);
        delivery.setMin(today);
        delivery.setMax(today.plusYears(1));
        delivery.setClearButtonVisible(true);

        note.setLabel(getTranslation("checkout.note"));
        note.setId("checkout-note");
        note.setMaxLength(Checkout.MAX_NOTE);

        var fields = new FormLayout(payment, poNumber, shipTo, delivery, note);
        fields.setColspan(note, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        approval.setId("cart-approval-notice");
        approval.addClassName("cart-approval-notice");
        approval.setVisible(false);

        place.setText(getTranslation("cart.place-order"));
        place.setIcon(VaadinIcon.CHECK.create());
        place.setId("cart-place-order");
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        place.setDisableOnClick(true);
        place.addClickListener(e -> onPlace.accept(new Checkout(payment.getValue(), Optional.ofNullable(poNumber.getValue()),
                Optional.ofNullable(shipTo.getValue()).map(CompanyAddress::id), Optional.ofNullable(delivery.getValue()),
                Optional.ofNullable(note.getValue()))));
        add(new H3(getTranslation("checkout.title")), fields, approval, place);
    }

    /** The state (UF) the order would go to: the chosen address's; empty without one. */
    Optional<String> destinationState() {
        return Optional.ofNullable(shipTo.getValue()).map(CompanyAddress::state);
    }

    /** Told when the buyer chooses another address (the taxes depend on where the goods go). */
    void onShipToChange(Runnable listener) {
        shipTo.addValueChangeListener(e -> listener.run());
    }

    /** Enables placing exactly while the cart can be ordered; says whose approval the order will wait for. */
    void show(PricedCart cart, Optional<ApprovalForecast> forecast) {
        boolean orderable = cart.orderable();
        place.setEnabled(orderable);
        setVisible(!cart.isEmpty() && cart.awaitingApprovalOf().isEmpty());
        approval.setVisible(orderable && forecast.isPresent());
        forecast.ifPresent(f -> approval.setText(f.firstDeciders().isEmpty() ? getTranslation("cart.needs-approval.nobody", f.levels())
                : getTranslation("cart.needs-approval", f.levels(), String.join(", ", f.firstDeciders()))));
    }
}
