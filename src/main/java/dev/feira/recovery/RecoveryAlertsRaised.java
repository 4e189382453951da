package dev.feira.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * Rules fired on carts of one supplier: each alert's rep (if the account has one) is to act, and
 * the rule's actions to be done. One event per evaluation, not per alert: a sweep after an outage
 * may raise thousands at once, and the team hears of them together.
 */
public record RecoveryAlertsRaised(TenantId tenant, Instant at, List<Raised> alerts) implements TenantScoped {

    public RecoveryAlertsRaised {
        alerts = List.copyOf(alerts);
    }

    public record Raised(UUID alert, UUID cart, UUID buyerAccount, String buyerName, Optional<UUID> salesRep, String rule,
                         Set<RuleDefinition.Action> actions, Money value) {
    }
}
