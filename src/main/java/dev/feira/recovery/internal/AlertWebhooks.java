package dev.feira.recovery.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.webhooks.Webhooks;
import dev.feira.recovery.RecoveryAlertsRaised;
import dev.feira.recovery.RecoveryAlerts;

/** A supplier's CRM hears of each new alert through its webhooks ({@code recovery.alert_raised}), signed and retried. */
@Component
class AlertWebhooks {

    private static final String TYPE = "recovery.alert_raised";

    private final Webhooks webhooks;
    private final RecoveryAlerts alerts;

    AlertWebhooks(Webhooks webhooks, RecoveryAlerts alerts) {
        this.webhooks = webhooks;
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(RecoveryAlertsRaised raised) {
        if (!webhooks.subscribed(TYPE)) {
            return; // no CRM listening: no need to read the alerts again
        }
        for (var alert : raised.alerts()) {
            UUID eventId = UUID.nameUUIDFromBytes((TYPE + " " + alert).getBytes(StandardCharsets.UTF_8));
            webhooks.publish(TYPE, eventId, Map.of("alert", alerts.byId(alert)));
        }
    }
}
