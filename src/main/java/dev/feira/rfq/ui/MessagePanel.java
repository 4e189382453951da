package dev.feira.rfq.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import dev.feira.rfq.QuoteMessage;
import dev.feira.rfq.RfqRefusal;

/**
 * A thread between a buyer and one supplier: the messages, oldest first (the reader's own marked), and a box to write.
 * Reading and writing go through the side's own service ({@code Rfqs} or {@code Quotes}), which checks who asks.
 */
class MessagePanel extends Composite<VerticalLayout> {

    private final Supplier<List<QuoteMessage>> thread;
    private final boolean readerIsBuyer;
    private final Div messages = new Div();

    MessagePanel(Supplier<List<QuoteMessage>> thread, Consumer<String> write, boolean readerIsBuyer) {
        this.thread = thread;
        this.readerIsBuyer = readerIsBuyer;
        messages.addClassName("rfq-messages");
        var text = new TextArea(getTranslation("rfq.messages.write"));
        text.addClassName("rfq-message-text");
        text.setMaxLength(4000);
        text.setWidthFull();
        var send = new Button(getTranslation("rfq.messages.send"), e -> {
            try {
                write.accept(text.getValue());
                text.clear();
                text.setInvalid(false);
                refresh();
            } catch (RfqRefusal refused) {
                text.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                text.setInvalid(true);
            }
        });
        send.addClassName("rfq-message-send");
        getContent().setPadding(false);
        getContent().add(messages, text, send);
        refresh();
    }

    void refresh() {
        messages.removeAll();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(RfqsView.BUYER_ZONE);
        var all = thread.get();
        if (all.isEmpty()) {
            messages.add(new Paragraph(getTranslation("rfq.messages.none")));
        }
        for (QuoteMessage message : all) {
            boolean mine = message.fromBuyer() == readerIsBuyer;
            var item = new Div(new Span((mine ? getTranslation("rfq.messages.you") : message.author()) + " · " + when.format(message.sentAt())),
                    new Paragraph(message.body()));
            item.addClassName(mine ? "rfq-message-mine" : "rfq-message-theirs");
            messages.add(item);
        }
    }
}
