package dev.feira.ordering.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before a step that cannot be taken back (a delivery marked delivered, an invoice issued): the question names
 * what will happen, the button says the step.
 */
final class ConfirmStep {

    private ConfirmStep() {
    }

    static void ask(String id, String titleKey, String textKey, String buttonKey, Runnable step, Object... arguments) {
        var ui = UI.getCurrent();
        var dialog = new ConfirmDialog(ui.getTranslation(titleKey, arguments), ui.getTranslation(textKey, arguments),
                ui.getTranslation(buttonKey), e -> step.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("action.cancel"));
        dialog.open();
    }
}
