package dev.feira.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.feira.pricing.PriceQuote;
import dev.feira.pricing.TradeTerms;

/**
 * An invitation to quote as the supplier sees it: the buyer's request (never who else was invited), the response
 * clock, this buyer's own terms here (where a quote's terms start), and its own revisions, latest last.
 */
public record SupplierInvitation(InvitationId id, String rfqNumber, String buyerName, Optional<UUID> buyerAccount, String title,
                                 LocalDate needBy, String deliveryPlace, Instant deadline, Instant respondBy, String currency,
                                 String notes, int round, QuoteStatus status, Optional<UUID> assignedRep, Instant invitedAt,
                                 Optional<String> declineReason, Optional<String> roundNote, TradeTerms buyersTerms, List<Line> lines,
                                 List<QuoteRevision> revisions) {

    public Optional<QuoteRevision> latest() {
        return revisions.isEmpty() ? Optional.empty() : Optional.of(revisions.getLast());
    }

    /**
     * One line asked; {@code suggested} is the price this buyer's own conditions give for the product (with its
     * trace), where the line names a product of this supplier's catalog: where the rep starts.
     */
    public record Line(UUID lineId, int position, String description, int quantity, String unit, BigDecimal targetPrice,
                       String sku, String gtin, String mpn, Optional<BigDecimal> roundTarget, Optional<PriceQuote> suggested) {
    }
}
