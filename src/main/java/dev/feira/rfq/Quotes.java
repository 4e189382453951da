package dev.feira.rfq;

import java.util.List;
import java.util.Optional;

/**
 * The current supplier's invitations to quote and its answers, for its own people and systems only (checked here:
 * anybody else gets an {@code AccessDeniedException}). Another supplier's invitation is as if it did not exist.
 */
public interface Quotes {

    /** The RFQ inbox: invitations in a status (empty: all), newest first. */
    List<InvitationSummary> inbox(Optional<QuoteStatus> status, int page, int size);

    long countInbox(Optional<QuoteStatus> status);

    /**
     * The invitation, with the price this buyer's own conditions give each line of the supplier's catalog. The first
     * opening marks it viewed.
     */
    Optional<SupplierInvitation> open(InvitationId invitation);

    /**
     * Submits a new revision of the quote (the earlier ones stay as they were).
     *
     * @throws RfqRefusal after the deadline, in another currency, for a line not asked, with nothing quoted
     * @throws UnknownInvitation when the supplier has no such invitation
     */
    QuoteRevision submit(InvitationId invitation, QuoteDraft quote);

    /** Answers that the supplier will not quote (with a reason the buyer reads). */
    SupplierInvitation decline(InvitationId invitation, String reason);

    /** Takes the submitted quote back while the RFQ still takes quotes. */
    SupplierInvitation withdraw(InvitationId invitation);

    /**
     * The supplier's latest revision as a PDF in its colours, in the reader's language.
     *
     * @throws RfqRefusal before anything was submitted
     */
    byte[] quotePdf(InvitationId invitation, java.util.Locale locale);

    /**
     * The supplier's RFQ figures for invitations received in [{@code from}, {@code to}): its admins' (and operators').
     *
     * @throws RfqRefusal for a period that ends before it starts or is longer than two years
     */
    QuoteMetrics metrics(java.time.Instant from, java.time.Instant to);

    /** The supplier's quote SLA: how long after an invitation it promises a first answer. */
    java.time.Duration responseTime();

    /**
     * Sets the supplier's quote SLA (for invitations from now on); its admins' to set.
     *
     * @throws RfqRefusal outside 1 hour to 30 days, or not in whole hours
     */
    void setResponseTime(java.time.Duration responseTime);

    /** The files the buyer attached to the RFQ this invitation asks for. */
    List<RfqAttachment> attachments(InvitationId invitation);

    Optional<RfqAttachment.Content> attachment(InvitationId invitation, java.util.UUID attachment);

    /** The thread with the buyer about this invitation, oldest first. */
    List<QuoteMessage> messages(InvitationId invitation);

    /**
     * Writes to the buyer about the RFQ (about a line, if {@code line} is set); the buyer's purchasers are told.
     *
     * @throws RfqRefusal for an empty or too long text
     */
    QuoteMessage write(InvitationId invitation, java.util.UUID line, String body);

    class UnknownInvitation extends RuntimeException {
        public UnknownInvitation(InvitationId invitation) {
            super("No invitation " + invitation + " at this supplier");
        }
    }
}
