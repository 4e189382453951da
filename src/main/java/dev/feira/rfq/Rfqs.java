package dev.feira.rfq;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.feira.shared.TenantId;

/**
 * A buyer company's requests for quotation, on any host. Every method works for the caller's own company only — its
 * purchasers and buyer admins, or its own systems (approvers read) — and checks that itself: anybody else gets an
 * {@code AccessDeniedException}, and another company's RFQ is as if it did not exist.
 */
public interface Rfqs {

    /**
     * Writes a new draft; no supplier sees it yet.
     *
     * @throws RfqRefusal when a field is unusable (nothing is stored)
     */
    RfqId create(RfqDraft draft, Set<TenantId> suppliers);

    /** Rewrites a draft, lines and invited suppliers included. */
    BuyerRfq revise(RfqId rfq, RfqDraft draft, Set<TenantId> suppliers);

    /**
     * Sends the draft to its suppliers, who see it at once and quote until the deadline.
     *
     * @throws RfqRefusal when it has no line, no supplier, or a deadline not in the future
     */
    BuyerRfq publish(RfqId rfq);

    /**
     * Awards lines (or parts of their quantity) to suppliers at their latest quotes, once the deadline has passed; the
     * award becomes one order per supplier at the quoted prices and terms — through the company's approvals, like any
     * order — and the suppliers not awarded are told. One RFQ never makes two orders at one supplier.
     *
     * @throws RfqRefusal before the deadline, for a line or supplier not in the RFQ, more than quoted or asked, an
     *                    expired quote, a whole award split, or a supplier where the company has no account
     */
    BuyerRfq award(RfqId rfq, java.util.List<AwardLine> lines);

    /**
     * Opens a negotiation round after the deadline: the suppliers chosen (among those that quoted) revise until the new
     * deadline; the RFQ takes quotes again from them only.
     *
     * @throws RfqRefusal before the deadline, without a supplier that quoted, or with a deadline not in the future
     */
    BuyerRfq negotiate(RfqId rfq, NegotiationRound round);

    /** The thread with one invited supplier about this RFQ, oldest first (empty before it was sent). */
    List<QuoteMessage> messages(RfqId rfq, TenantId supplier);

    /**
     * Writes to one invited supplier about the RFQ (about a line, if {@code line} is set); the supplier is told.
     *
     * @throws RfqRefusal for an empty or too long text, a draft, or a supplier not invited
     */
    QuoteMessage write(RfqId rfq, TenantId supplier, java.util.UUID line, String body);

    /** Calls the request off; the invited suppliers are told. */
    BuyerRfq cancel(RfqId rfq, String reason);

    /** The RFQ with every supplier's answer so far (prices of a sealed one only after its deadline). */
    Optional<BuyerRfq> byId(RfqId rfq);

    /** The company's RFQs in a status (empty: all), newest first. */
    List<RfqSummary> ofCompany(Optional<RfqStatus> status, int page, int size);

    long countOfCompany(Optional<RfqStatus> status);

    /** What money costs the caller's company a year (0.15 is 15 %): the comparison prices payment terms with it. */
    java.math.BigDecimal costOfCapital();

    /**
     * Sets the company's cost of capital; its buyer admin's to set.
     *
     * @throws RfqRefusal outside 0 to 500 % a year
     */
    void setCostOfCapital(java.math.BigDecimal yearly);

    /**
     * The comparison as an Excel workbook (the matrix of lines × suppliers with price, landed cost, lead time and
     * remarks; the totals), in the reader's language.
     *
     * @throws UnknownRfq for another company's RFQ
     */
    byte[] comparisonWorkbook(RfqId rfq, java.util.Locale locale);

    /**
     * One supplier's latest quote as a PDF, once the buyer may see it (a sealed RFQ's after the deadline).
     *
     * @throws RfqRefusal when that supplier has no quote the buyer may see yet
     */
    byte[] quotePdf(RfqId rfq, TenantId supplier, java.util.Locale locale);

    /**
     * Attaches a file (a spec sheet, a drawing) while the RFQ is a draft or takes quotes: the suppliers asked read it.
     *
     * @throws RfqRefusal for a file that is not a PDF or a picture by its content, over 10 MB, or an 11th file
     */
    RfqAttachment attach(RfqId rfq, String fileName, byte[] content);

    /** The RFQ's files, oldest first. */
    List<RfqAttachment> attachments(RfqId rfq);

    Optional<RfqAttachment.Content> attachment(RfqId rfq, java.util.UUID attachment);

    /** Removes a file from a draft (once sent, the suppliers may have read it: it stays). */
    void detach(RfqId rfq, java.util.UUID attachment);

    /**
     * Calls {@code answered} (on a thread of its own, on whichever instance the page is) whenever a supplier answers
     * this RFQ: a hint to read it again through {@link #byId}. The handle returned stops it.
     */
    Runnable listen(RfqId rfq, Runnable answered);

    /** The suppliers the caller's company may ask for quotes: public ones, and private ones where it has an account. */
    List<SupplierChoice> askableSuppliers();

    record SupplierChoice(TenantId id, String slug, String name) {
    }

    /**
     * The suppliers the caller may ask whose catalogs hold the lines' items — by GTIN, then part number, then the
     * description — most lines first. Empty while search is unavailable (the buyer still picks suppliers by hand).
     */
    List<SupplierSuggestion> suggestSuppliers(List<RfqDraft.Line> lines);

    /** A supplier that holds {@code lines} of the lines asked. */
    record SupplierSuggestion(TenantId id, String slug, String name, int lines) {
    }

    /**
     * A line asking for a product of a supplier's catalog (from its product page): its name, unit, GTIN and part
     * number; empty for a supplier the caller may not ask or a product it does not have.
     */
    Optional<RfqDraft.Line> lineFor(TenantId supplier, String sku, int quantity);

    /** Thrown for an RFQ the caller's company does not have: 404, never "forbidden", so ids reveal nothing. */
    class UnknownRfq extends RuntimeException {
        public UnknownRfq(RfqId rfq) {
            super("No RFQ " + rfq + " for your company");
        }
    }
}
