package dev.feira.recovery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * Rules fired on carts of one supplier: these alerts were raised; {@link RecoveryAlerts} tells
 * what they are now (a cart may have been ordered meanwhile). One event per evaluation, not per
 * alert, and it only names them: a sweep after an outage raises tens of thousands at once, and
 * every listener's copy of the event is stored until it is handled.
 */
public record RecoveryAlertsRaised(TenantId tenant, Instant at, List<UUID> alerts) implements TenantScoped {

    public RecoveryAlertsRaised {
        alerts = List.copyOf(alerts);
    }
}
