package dev.feira.rfq.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.pricing.TradeTerms;
import dev.feira.rfq.InvitationId;
import dev.feira.rfq.InvitationSummary;
import dev.feira.rfq.QuoteDraft;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.Quotes;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.SupplierInvitation;
import dev.feira.shared.web.ApiProblem;

/** A supplier's invitations to quote and its answers, on its own host: for its staff and its own systems. */
@RestController
@ForSupplierStaff
@RequestMapping("/api/v1/quotes")
@Tag(name = "Quotes")
class QuoteApi {

    private final Quotes quotes;

    QuoteApi(Quotes quotes) {
        this.quotes = quotes;
    }

    /** A revision to submit: per line a price (null or absent: not quoted); the currency is the RFQ's. */
    record QuoteRequest(String currency, LocalDate validUntil, String paymentTerms, TradeTerms.Freight freight,
                        BigDecimal freightValue, String notes, List<LineRequest> lines) {
    }

    record LineRequest(UUID lineId, BigDecimal unitPrice, Integer quantity, String unit, Integer leadTimeDays, Integer minLot,
                       String alternativeSku, String note) {
    }

    record Declining(String reason) {
    }

    @GetMapping
    @Operation(summary = "The supplier's RFQ inbox (supplier)", description = "Newest first.")
    List<InvitationSummary> inbox(@Parameter(description = "Only invitations in this status") @RequestParam(required = false) QuoteStatus status,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 10_000 || size < 1 || size > 100) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "page must be 0 to 10000 and size between 1 and 100");
        }
        return quotes.inbox(Optional.ofNullable(status), page, size);
    }

    /** The quote SLA in whole hours. */
    record ResponseTimeDocument(Integer hours) {
    }

    @GetMapping("/response-time")
    @Operation(summary = "The supplier's quote SLA: hours after an invitation it promises a first answer (supplier)")
    ResponseTimeDocument responseTime() {
        return new ResponseTimeDocument((int) quotes.responseTime().toHours());
    }

    @PutMapping("/response-time")
    @Operation(summary = "Set the supplier's quote SLA, for invitations from now on (supplier admin)",
            description = "1 to 720 hours; a later invitation is due by then (never after the buyer's deadline) and its managers are told when it is not.")
    ResponseTimeDocument setResponseTime(@RequestBody(required = false) ResponseTimeDocument document) {
        quotes.setResponseTime(document == null || document.hours() == null ? null : java.time.Duration.ofHours(document.hours()));
        return responseTime();
    }

    @GetMapping("/metrics")
    @Operation(summary = "The supplier's RFQ figures: quoted, response time, win rate and value won, per rep and customer category (supplier admin)",
            description = "Invitations received from the day 'from' to the day 'to' (both included, São Paulo time); the last 90 days by default.")
    dev.feira.rfq.QuoteMetrics metrics(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        var zone = java.time.ZoneId.of("America/Sao_Paulo");
        LocalDate last = to == null ? LocalDate.now(zone) : to;
        LocalDate first = from == null ? last.minusDays(89) : from;
        return quotes.metrics(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One invitation: what the buyer asks, this buyer's own prices for it, and the revisions submitted (supplier)")
    SupplierInvitation get(@PathVariable UUID id) {
        return quotes.open(new InvitationId(id)).orElseThrow(() -> new Quotes.UnknownInvitation(new InvitationId(id)));
    }

    @GetMapping("/{id}/quote.pdf") // no "produces": a refusal must still answer as a problem document
    @Operation(summary = "The latest revision of the quote as PDF, in the supplier's colours (supplier)",
            description = "422 before anything was submitted. Language from Accept-Language.")
    ResponseEntity<byte[]> quotePdf(@PathVariable UUID id, Locale locale) {
        return RfqApi.pdf(quotes.quotePdf(new InvitationId(id), locale), "quote-" + id + ".pdf");
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The files the buyer attached to the RFQ (supplier)")
    List<dev.feira.rfq.RfqAttachment> attachments(@PathVariable UUID id) {
        return quotes.attachments(new InvitationId(id));
    }

    @GetMapping("/{id}/attachments/{attachmentId}") // no "produces": a refusal must still answer as a problem document
    @Operation(summary = "One of the files the buyer attached (supplier)")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return RfqApi.download(quotes.attachment(new InvitationId(id), attachmentId)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No such file on this RFQ")));
    }

    @PostMapping("/{id}/revisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a revision of the quote (supplier)",
            description = "Until the RFQ's deadline; earlier revisions stay as they were. 422 names what is unusable.")
    QuoteRevision submit(@PathVariable UUID id, @RequestBody QuoteRequest request) {
        if (request == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "A quote document is required");
        }
        var lines = request.lines() == null ? List.<QuoteDraft.Line>of() : request.lines().stream()
                .map(l -> new QuoteDraft.Line(l.lineId(), l.unitPrice(), l.quantity(), l.unit(), l.leadTimeDays(), l.minLot(),
                        l.alternativeSku(), l.note())).toList();
        return quotes.submit(new InvitationId(id), new QuoteDraft(request.currency(), request.validUntil(), request.paymentTerms(),
                request.freight(), request.freightValue(), request.notes(), lines));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Answer that the supplier will not quote (supplier)")
    SupplierInvitation decline(@PathVariable UUID id, @RequestBody(required = false) Declining declining) {
        return quotes.decline(new InvitationId(id), declining == null ? null : declining.reason());
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Take the submitted quote back while the RFQ takes quotes (supplier)")
    SupplierInvitation withdraw(@PathVariable UUID id) {
        return quotes.withdraw(new InvitationId(id));
    }

    record MessageRequest(UUID lineId, String body) {
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "The thread with the buyer about this invitation (supplier)", description = "Oldest first.")
    List<dev.feira.rfq.QuoteMessage> messages(@PathVariable UUID id) {
        return quotes.messages(new InvitationId(id));
    }

    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the buyer about the RFQ (supplier)", description = "The buyer's purchasers are told.")
    dev.feira.rfq.QuoteMessage write(@PathVariable UUID id, @RequestBody(required = false) MessageRequest request) {
        return quotes.write(new InvitationId(id), request == null ? null : request.lineId(), request == null ? null : request.body());
    }

    @ExceptionHandler(RfqRefusal.class)
    ErrorResponseException refused(RfqRefusal refusal, Locale locale) {
        return ApiProblem.translated(HttpStatus.UNPROCESSABLE_CONTENT, refusal.key(), refusal.arguments(), locale, refusal.getMessage());
    }

    @ExceptionHandler(Quotes.UnknownInvitation.class)
    ErrorResponseException unknown(Quotes.UnknownInvitation unknown) {
        return ApiProblem.of(HttpStatus.NOT_FOUND, unknown.getMessage());
    }
}
