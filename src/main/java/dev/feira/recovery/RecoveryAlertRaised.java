package dev.feira.recovery;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A rule fired on a cart: its rep (if the account has one) is to act, and the rule's actions to be done. */
public record RecoveryAlertRaised(TenantId tenant, UUID alert, UUID cart, UUID buyerAccount, String buyerName,
                                  Optional<UUID> salesRep, String rule, java.util.Set<RuleDefinition.Action> actions, Money value,
                                  Instant at) implements TenantScoped {
}
