package dev.feira.rfq.ui;

import com.vaadin.flow.component.html.Paragraph;

import dev.feira.rfq.RfqRefusal;

/** Where a refused request says why, in the reader's language; a refusal changed nothing, so the form stays as typed. */
class RefusalNotice extends Paragraph {

    RefusalNotice(String id) {
        setId(id);
        addClassName("refusal");
    }

    /** Runs what the person asked; if the service refuses it, the reason is shown here. */
    void attempt(Runnable action) {
        try {
            setText("");
            action.run();
        } catch (RfqRefusal refused) {
            setText(getTranslation(refused.key(), refused.arguments()));
        }
    }
}
