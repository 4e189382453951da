package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * A submitted quote's fate is known: awarded in full or in part (with the order it became), not awarded, withdrawn by
 * the supplier, or the request called off ({@code outcome}).
 */
public record QuoteDecided(TenantId tenant, InvitationId invitation, String rfqNumber, QuoteStatus outcome, Optional<UUID> order,
                           Optional<String> orderNumber, Optional<BigDecimal> awardedValue, Instant at) implements TenantScoped {

    public boolean won() {
        return outcome == QuoteStatus.AWARDED || outcome == QuoteStatus.PARTIALLY_AWARDED;
    }
}
