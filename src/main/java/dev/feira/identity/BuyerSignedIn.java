package dev.feira.identity;

import java.time.Instant;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/** A buyer's person signed in at a supplier's portal: the recovery module's cue that the buyer is back. */
public record BuyerSignedIn(TenantId tenant, UUID buyerAccount, UUID person, Instant at) implements TenantScoped {
}
