package dev.feira.onboarding.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import dev.feira.platform.Plans;
import dev.feira.shared.TenantId;

/** The supplier's plan: each with its monthly fee, its share of the GMV paid outside Stripe and its trial. */
class PlanChooser extends VerticalLayout {

    PlanChooser(Plans plans, TenantId portal, Runnable chosen) {
        setPadding(false);
        setId("plan-chooser");
        Locale locale = getLocale();
        var choice = new RadioButtonGroup<Plans.Plan>();
        choice.setId("plan-choice");
        choice.setItems(plans.all());
        choice.setItemLabelGenerator(p -> getTranslation("plan.option", p.name(), p.monthlyFee().format(locale), p.gmvFeePercent(),
                p.trialDays()));
        plans.of(portal).ifPresent(current -> choice.setValue(current.plan()));
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                plans.choose(portal, e.getValue().code());
                Notification.show(getTranslation("plan.chosen", e.getValue().name()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                chosen.run();
            }
        });
        add(new H2(getTranslation("plan.title")), new Paragraph(getTranslation("plan.explained")), choice);
    }
}
