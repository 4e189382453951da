package dev.feira.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

import dev.feira.onboarding.PortalSetup;
import dev.feira.onboarding.PortalSetup.SetupProgress;
import dev.feira.onboarding.SignupRefused;
import dev.feira.tenancy.TenantStatus;

/** What the portal has and lacks, each step a link to the desk where it is done; and the go-live button. */
class GoLiveChecklist extends Div {

    GoLiveChecklist(PortalSetup setup, SetupProgress progress, Runnable changed) {
        addClassName("go-live-checklist");
        setId("go-live-checklist");
        var list = new UnorderedList();
        for (var step : progress.steps()) {
            var icon = (step.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create();
            icon.addClassName(step.done() ? "step-done" : "step-open");
            icon.getElement().setAttribute("aria-label", getTranslation(step.done() ? "setup.done" : "setup.open"));
            var label = new Anchor(step.path(), getTranslation("setup.step." + step.key(), step.count()));
            var need = new Span(getTranslation(step.required() ? "setup.required" : "setup.recommended"));
            need.getElement().getThemeList().add(step.required() ? "badge" : "badge contrast");
            var text = new Div(label, need);
            text.addClassName("step-text");
            var item = new ListItem(icon, text);
            if (step.key().equals("recovery") && !step.done()) {
                var recommended = new Button(getTranslation("setup.recovery.recommended"), e -> {
                    setup.useRecommendedRecoveryRules();
                    changed.run();
                });
                recommended.setId("setup-recovery-recommended");
                recommended.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                text.add(recommended);
            }
            item.getElement().setAttribute("data-step", step.key());
            item.getElement().setAttribute("data-done", String.valueOf(step.done()));
            list.add(item);
        }
        add(new H2(getTranslation("setup.checklist")), list);
        if (progress.portal().status() != TenantStatus.ONBOARDING) {
            var live = new Paragraph(getTranslation("setup.live", progress.portal().hosts().getFirst()));
            live.setId("setup-live");
            add(live);
            return;
        }
        var problem = new Paragraph();
        problem.setId("go-live-problem");
        problem.addClassName("refusal");
        var goLive = new Button(getTranslation("setup.go-live"));
        goLive.setId("go-live");
        goLive.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        goLive.setEnabled(progress.mayGoLive());
        goLive.addClickListener(e -> {
            try {
                setup.goLive();
                changed.run();
            } catch (SignupRefused refused) {
                problem.setText(getTranslation(refused.key(), refused.arguments()));
            }
        });
        var hint = new Paragraph(getTranslation(progress.mayGoLive() ? "setup.ready" : "setup.not-ready"));
        add(hint, goLive, problem);
    }
}
