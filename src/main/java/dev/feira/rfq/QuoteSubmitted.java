package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

import dev.feira.shared.TenantId;
import dev.feira.shared.TenantScoped;

/**
 * The supplier's side of a submitted revision (its own tenant's business, unlike {@link QuoteAnswered}, which crosses
 * to the buyer): what it is worth and to which account, so the supplier's follow-up (recovery) can watch a quote that
 * sits undecided.
 *
 * @param buyerAccount the buyer's account at this supplier; empty when the buyer has none
 * @param value        the quote's lines at their quoted prices and quantities, freight included
 */
public record QuoteSubmitted(TenantId tenant, InvitationId invitation, String rfqNumber, Optional<UUID> buyerAccount, int revision,
                             BigDecimal value, Currency currency, int lines, Instant at) implements TenantScoped {
}
