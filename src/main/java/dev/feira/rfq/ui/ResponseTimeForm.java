package dev.feira.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import dev.feira.rfq.Quotes;

/** The supplier admin's quote SLA: how many hours after an invitation the team promises a first answer. */
class ResponseTimeForm extends HorizontalLayout {

    ResponseTimeForm(Quotes quotes) {
        var hours = new IntegerField(getTranslation("quote.response-time"));
        hours.setId("quotes-response-time");
        hours.setMin(1);
        hours.setMax(720);
        hours.setStepButtonsVisible(true);
        hours.setWidth("18em");
        hours.setHelperText(getTranslation("quote.response-time.help"));
        hours.setValue((int) quotes.responseTime().toHours());
        var refusal = new RefusalNotice("quotes-response-time-refused");
        var save = new Button(getTranslation("quote.response-time.save"), e -> refusal.attempt(() -> {
            quotes.setResponseTime(hours.getValue() == null ? null : java.time.Duration.ofHours(hours.getValue()));
            Notification.show(getTranslation("quote.response-time.saved", hours.getValue()), 3000, Notification.Position.BOTTOM_START);
        }));
        save.setId("quotes-response-time-save");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true); // on a phone the button goes under the field
        hours.setMaxWidth("100%");
        add(hours, save, refusal);
    }
}
