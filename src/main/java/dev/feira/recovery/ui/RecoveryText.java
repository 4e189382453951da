package dev.feira.recovery.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.html.Span;

import dev.feira.recovery.RecoveryAlerts.Alert;

/** How recovery pages say times: idle for days, raised hours ago, the response timer. */
final class RecoveryText {

    /** A page's {@code getTranslation}. */
    interface Translations {
        String get(String key, Object... arguments);
    }

    private RecoveryText() {
    }

    /** "3 d 4 h", "5 h", "12 min": what a rep reads at a glance. */
    static String duration(Duration duration, Translations t) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes >= 24 * 60) {
            return t.get("recovery.days-hours", minutes / (24 * 60), (minutes / 60) % 24);
        }
        if (minutes >= 60) {
            return t.get("recovery.hours", minutes / 60);
        }
        return t.get("recovery.minutes", minutes);
    }

    /**
     * While {@code page} is attached, {@code arrived} runs in its UI with how many new alerts the
     * caller may see just arrived, whichever instance raised them.
     */
    static void onNewAlerts(com.vaadin.flow.component.Component page, dev.feira.shared.TenantId tenant,
                            dev.feira.recovery.RecoveryAlerts alerts, java.util.function.IntConsumer arrived) {
        page.addAttachListener(attach -> {
            var ui = attach.getUI();
            var stop = dev.feira.shared.TenantContext.callAs(tenant,
                    () -> alerts.listenForNew(count -> ui.access(() -> arrived.accept(count))));
            var detached = new com.vaadin.flow.shared.Registration[1];
            detached[0] = page.addDetachListener(detach -> {
                stop.run();
                detached[0].remove();
            });
        });
    }

    static String ago(Instant at, Instant now, Translations t) {
        return t.get("recovery.ago", duration(Duration.between(at, now), t));
    }

    /** The response timer: time left to the first contact, or how late it is; done once contacted. */
    static Span timer(Alert alert, Instant now, Translations t) {
        var span = new Span();
        if (alert.firstContactAt().isPresent()) {
            span.setText(t.get("recovery.contacted"));
            span.getElement().getThemeList().add("badge success");
        } else if (alert.respondBy().isEmpty() || !alert.isOpen()) {
            span.setText("—");
        } else if (alert.respondBy().get().isAfter(now)) {
            span.setText(t.get("recovery.left", duration(Duration.between(now, alert.respondBy().get()), t)));
            span.getElement().getThemeList().add("badge");
        } else {
            span.setText(t.get("recovery.late", duration(Duration.between(alert.respondBy().get(), now), t)));
            span.getElement().getThemeList().add("badge error");
        }
        return span;
    }
}
