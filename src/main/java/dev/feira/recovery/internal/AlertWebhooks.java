package dev.feira.recovery.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.feira.ordering.OrderWebhooks;
import dev.feira.recovery.RecoveryAlertRaised;
import dev.feira.recovery.RecoveryAlerts;

/** A supplier's CRM hears of each new alert through its webhooks ({@code recovery.alert_raised}), signed and retried. */
@Component
class AlertWebhooks {

    private final OrderWebhooks webhooks;
    private final RecoveryAlerts alerts;

    AlertWebhooks(OrderWebhooks webhooks, RecoveryAlerts alerts) {
        this.webhooks = webhooks;
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(RecoveryAlertRaised raised) {
        UUID eventId = UUID.nameUUIDFromBytes(("recovery.alert_raised " + raised.alert()).getBytes(StandardCharsets.UTF_8));
        webhooks.publish("recovery.alert_raised", eventId, Map.of("alert", alerts.byId(raised.alert())));
    }
}
