package dev.feira.platform.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import dev.feira.identity.AccessRequests;
import dev.feira.identity.PortalUser;

/** A supplier admin decides a company's request: an account (number, customer category, rep) or a reason to decline. */
class AccessDecisionDialog extends Dialog {

    AccessDecisionDialog(AccessRequests.AccessRequest request, List<PortalUser> reps, AccessRequestsDeskView.Approval approval,
                         Consumer<String> decline, Runnable decided) {
        setId("access-decision");
        setHeaderTitle(getTranslation("access.decide.title", request.companyName(), request.cnpj()));
        var number = new TextField(getTranslation("access.account-number"));
        number.setId("access-account-number");
        var category = new TextField(getTranslation("access.category"));
        category.setId("access-category");
        var rep = new Select<Optional<PortalUser>>();
        rep.setLabel(getTranslation("access.rep"));
        rep.setId("access-rep");
        var choices = new java.util.ArrayList<Optional<PortalUser>>();
        choices.add(Optional.empty());
        reps.forEach(p -> choices.add(Optional.of(p)));
        rep.setItems(choices);
        rep.setItemLabelGenerator(p -> p.map(PortalUser::displayName).orElse("—"));
        rep.setValue(choices.size() > 1 ? choices.get(1) : Optional.empty());
        var reason = new TextField(getTranslation("access.decline-reason"));
        reason.setId("access-decline-reason");
        reason.setWidthFull();
        var problem = new Paragraph();
        problem.setId("access-decision-problem");
        problem.addClassName("refusal");
        var approve = new Button(getTranslation("access.approve"), e -> attempt(problem, decided,
                () -> approval.approve(number.getValue(), category.getValue(), rep.getValue().map(PortalUser::id))));
        approve.setId("access-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        var refuse = new Button(getTranslation("access.decline"), e -> attempt(problem, decided, () -> decline.accept(reason.getValue())));
        refuse.setId("access-decline");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Paragraph(request.message() == null ? "" : request.message()), number, category, rep, reason, problem);
        getFooter().add(refuse, approve);
    }

    private void attempt(Paragraph problem, Runnable decided, Runnable action) {
        try {
            action.run();
            close();
            decided.run();
        } catch (AccessRequests.Refused refused) {
            problem.setText(getTranslation(refused.key(), refused.arguments()));
        }
    }
}
