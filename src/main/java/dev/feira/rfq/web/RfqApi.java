package dev.feira.rfq.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForBuyerCompanies;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.RfqDraft;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.RfqRefusal;
import dev.feira.rfq.RfqStatus;
import dev.feira.rfq.RfqSummary;
import dev.feira.rfq.Rfqs;
import dev.feira.shared.TenantId;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/**
 * A buyer company's requests for quotation, on the marketplace host or a supplier's portal it may enter. Suppliers are
 * named by their slug. The caller's company is whoever's token it is: never a parameter.
 */
@RestController
@ForBuyerCompanies
@RequestMapping("/api/v1/rfqs")
@Tag(name = "RFQs")
class RfqApi {

    private final Rfqs rfqs;
    private final TenantDirectory tenants;

    RfqApi(Rfqs rfqs, TenantDirectory tenants) {
        this.rfqs = rfqs;
        this.tenants = tenants;
    }

    /** An RFQ as written by the buyer. {@code deadline} is an instant (ISO 8601, e.g. 2026-12-10T18:00:00Z). */
    record RfqRequest(String title, LocalDate needBy, String deliveryPlace, Instant deadline, String currency, Boolean sealed,
                      RfqDraft.AwardMode awardMode, String notes, List<LineRequest> lines, List<String> suppliers) {
    }

    /** {@code sku} with {@code supplier} (a slug) names a product of that supplier's catalog; otherwise describe the item. */
    record LineRequest(String description, Integer quantity, String unit, BigDecimal targetPrice, String sku, String supplier,
                       String gtin, String mpn) {
    }

    record RfqDocument(UUID id, String number, String title, RfqStatus status, int round, LocalDate needBy, String deliveryPlace,
                       Instant deadline, String currency, boolean sealed, RfqDraft.AwardMode awardMode, String notes, String createdBy,
                       Instant createdAt, Instant publishedAt, List<LineDocument> lines, List<AnswerDocument> suppliers,
                       List<AwardDocument> awarded) {
    }

    /** A quantity of a line awarded to a supplier at its quoted price, and the order it became there. */
    record AwardDocument(UUID lineId, String supplier, int quantity, BigDecimal unitPrice, UUID orderId, String orderNumber) {
    }

    /** {@code supplier} is a slug; {@code quantity} may be part of the line, the rest awarded to another supplier. */
    record AwardRequest(List<AwardLineRequest> lines) {
    }

    record AwardLineRequest(UUID lineId, String supplier, Integer quantity) {
    }

    record LineDocument(UUID id, int position, String description, int quantity, String unit, BigDecimal targetPrice, String sku,
                        String supplier, String gtin, String mpn) {
    }

    /** One invited supplier's answer; {@code quote} stays null until the buyer may see it (a sealed RFQ: after the deadline). */
    record AnswerDocument(String supplier, String name, QuoteStatus status, int revisions, Instant answeredAt, String declineReason,
                          QuoteRevision quote) {
    }

    record Cancellation(String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a new RFQ (a draft) for the caller's company (buyer)",
            description = "Nothing reaches the suppliers until it is published. 422 names what is unusable.")
    RfqDocument create(@RequestBody RfqRequest request) {
        var id = rfqs.create(draft(request), suppliers(request));
        return document(rfqs.byId(id).orElseThrow());
    }

    /** The lines to find suppliers for: a GTIN, a part number or a description each. */
    record SuggestionRequest(List<LineRequest> lines) {
    }

    record SuggestionDocument(String supplier, String name, int lines) {
    }

    @PostMapping("/supplier-suggestions")
    @Operation(summary = "Suppliers the caller's company may ask whose catalogs hold the lines' items (buyer)",
            description = "Each line is looked up by GTIN, else part number, else description, across the suppliers the caller may "
                    + "browse (a private supplier only with an account there); most lines first. Up to 50 lines. Empty while search is down.")
    List<SuggestionDocument> suggestSuppliers(@RequestBody(required = false) SuggestionRequest request) {
        var lines = request == null || request.lines() == null ? List.<LineRequest>of() : request.lines();
        if (lines.size() > 50) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "Up to 50 lines");
        }
        return rfqs.suggestSuppliers(lines.stream().filter(java.util.Objects::nonNull).map(l -> new dev.feira.rfq.RfqDraft.Line(
                        l.description(), 1, "UN", null, null, null, l.gtin(), l.mpn())).toList()).stream()
                .map(s -> new SuggestionDocument(s.slug(), s.name(), s.lines())).toList();
    }

    @GetMapping
    @Operation(summary = "The caller's company's RFQs (buyer)", description = "Newest first.")
    List<RfqSummary> list(@Parameter(description = "Only RFQs in this status") @RequestParam(required = false) RfqStatus status,
                          @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || page > 10_000 || size < 1 || size > 100) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "page must be 0 to 10000 and size between 1 and 100");
        }
        return rfqs.ofCompany(Optional.ofNullable(status), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One RFQ with each supplier's answer (buyer)",
            description = "The prices of a sealed RFQ appear after its deadline; before, only who answered.")
    RfqDocument get(@PathVariable UUID id) {
        return document(rfqs.byId(new RfqId(id)).orElseThrow(() -> new dev.feira.rfq.Rfqs.UnknownRfq(new RfqId(id))));
    }

    record ComparisonDocument(BigDecimal costOfCapital, List<RowDocument> lines, List<TotalDocument> totals) {
    }

    record RowDocument(UUID lineId, int position, String description, int quantity, String unit, List<OfferDocument> offers) {
    }

    /** One supplier's offer for a line: as quoted, what its terms are worth and its freight share per unit, and the landed cost. */
    record OfferDocument(String supplier, BigDecimal unitPrice, Integer quantity, Integer leadTimeDays, Integer minLot,
                         String alternativeSku, BigDecimal termsDiscount, BigDecimal freightShare, BigDecimal landed, boolean best) {
    }

    record TotalDocument(String supplier, String name, BigDecimal quoted, BigDecimal landed, String paymentTerms,
                         dev.feira.pricing.TradeTerms.Freight freight, LocalDate validUntil) {
    }

    @GetMapping("/{id}/comparison")
    @Operation(summary = "The quotes side by side, with landed costs (buyer)",
            description = "Per line, each supplier's latest quote with its landed cost: the price less what its payment terms are "
                    + "worth at the company's cost of capital, plus its share of FOB freight; the lowest marked best. Empty for a "
                    + "sealed RFQ before its deadline.")
    ComparisonDocument comparison(@PathVariable UUID id) {
        var rfq = rfqs.byId(new RfqId(id)).orElseThrow(() -> new Rfqs.UnknownRfq(new RfqId(id)));
        var comparison = dev.feira.rfq.RfqComparison.of(rfq, rfqs.costOfCapital());
        return new ComparisonDocument(comparison.costOfCapital(), comparison.rows().stream().map(row -> new RowDocument(row.line().lineId(),
                row.line().position(), row.line().description(), row.line().quantity(), row.line().unit(), row.offers().stream()
                .map(o -> new OfferDocument(slug(o.supplier()), o.cost().unitPrice(), o.quoted().quantity().orElse(null),
                        o.quoted().leadTimeDays().orElse(null), o.quoted().minLot().orElse(null), o.quoted().alternativeSku(),
                        o.cost().termsDiscount(), o.cost().freightShare(), o.cost().landed(), o.best())).toList())).toList(),
                comparison.totals().stream().map(t -> new TotalDocument(slug(t.supplier()), t.supplierName(), t.quoted(), t.landed(),
                        t.quote().paymentTerms(), t.quote().freight(), t.quote().validUntil())).toList());
    }

    @GetMapping("/{id}/comparison.xlsx") // no "produces": a refusal must still answer as a problem document
    @Operation(summary = "The comparison as an Excel workbook (buyer)",
            description = "Lines × suppliers with price, landed cost, lead time and remarks, the best marked; a sheet of totals. "
                    + "Language from Accept-Language.")
    ResponseEntity<byte[]> comparisonWorkbook(@PathVariable UUID id, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rfq-comparison.xlsx").build().toString())
                .body(rfqs.comparisonWorkbook(new RfqId(id), locale));
    }

    @GetMapping("/{id}/quote.pdf")
    @Operation(summary = "One supplier's latest quote as PDF (buyer)",
            description = "Once the buyer may see it (a sealed RFQ's after the deadline): 422 before. Language from Accept-Language.")
    ResponseEntity<byte[]> quotePdf(@PathVariable UUID id, @Parameter(description = "The supplier's slug") @RequestParam String supplier,
                                    Locale locale) {
        return pdf(rfqs.quotePdf(new RfqId(id), tenants.bySlug(supplier.strip()).map(TenantProfile::id).orElse(null), locale),
                "quote-" + supplier.strip() + ".pdf");
    }

    /** A PDF shown in the browser (or saved) under its name. */
    static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }

    @PostMapping(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a spec sheet or drawing to an RFQ (buyer)",
            description = "Form field 'file': a PDF or a PNG, JPEG or WebP picture by its content, up to 10 MB, 10 per RFQ; while the RFQ "
                    + "is a draft or takes quotes. The suppliers asked read it with their invitation.")
    dev.feira.rfq.RfqAttachment attach(@PathVariable UUID id, @RequestPart("file") org.springframework.web.multipart.MultipartFile file)
            throws java.io.IOException {
        return rfqs.attach(new RfqId(id), file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The RFQ's files (buyer)")
    List<dev.feira.rfq.RfqAttachment> attachments(@PathVariable UUID id) {
        return rfqs.attachments(new RfqId(id));
    }

    @GetMapping("/{id}/attachments/{attachmentId}") // no "produces": a refusal must still answer as a problem document
    @Operation(summary = "One of the RFQ's files (buyer)")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return download(rfqs.attachment(new RfqId(id), attachmentId)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No such file on this RFQ")));
    }

    /** A stored file as it was checked: its own type, saved rather than shown by the browser. */
    static ResponseEntity<byte[]> download(dev.feira.rfq.RfqAttachment.Content content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(content.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a file from a draft RFQ (buyer)", description = "Once sent, the suppliers may have read it: 422.")
    void detach(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        rfqs.detach(new RfqId(id), attachmentId);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rewrite a draft RFQ: lines and suppliers included (buyer)")
    RfqDocument revise(@PathVariable UUID id, @RequestBody RfqRequest request) {
        return document(rfqs.revise(new RfqId(id), draft(request), suppliers(request)));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Send a draft RFQ to its suppliers (buyer)",
            description = "Each supplier gets an invitation at once; the deadline must be in the future.")
    RfqDocument publish(@PathVariable UUID id) {
        return document(rfqs.publish(new RfqId(id)));
    }

    @PostMapping("/{id}/award")
    @Operation(summary = "Award lines to suppliers; each supplier's part becomes an order there (buyer)",
            description = "After the deadline, at the suppliers' latest quotes, through the company's approvals. More than quoted or "
                    + "asked, an expired quote, or a supplier where the company has no account: 422, nothing ordered.")
    RfqDocument award(@PathVariable UUID id, @RequestBody(required = false) AwardRequest request) {
        // Read leniently: whose RFQ it is is checked first, by the service, so a stranger learns nothing from the body.
        var lines = request == null || request.lines() == null ? List.<dev.feira.rfq.AwardLine>of() : request.lines().stream()
                .map(l -> l == null ? new dev.feira.rfq.AwardLine(null, null, 0) : new dev.feira.rfq.AwardLine(l.lineId(),
                        tenants.bySlug(l.supplier() == null ? "" : l.supplier().strip()).map(TenantProfile::id).orElse(null),
                        l.quantity() == null ? 0 : l.quantity())).toList();
        return document(rfqs.award(new RfqId(id), lines));
    }

    /** {@code suppliers} are slugs of suppliers that quoted; {@code targets} by line id (optional). */
    record RoundRequest(Instant deadline, List<String> suppliers, java.util.Map<UUID, BigDecimal> targets, String note) {
    }

    @PostMapping("/{id}/rounds")
    @Operation(summary = "Open a negotiation round (buyer)",
            description = "After the deadline: the suppliers named (that quoted) revise until the new deadline, told the note and "
                    + "the per-line targets; the others' quotes stand. 422 before the deadline or for a supplier that did not quote.")
    RfqDocument negotiate(@PathVariable UUID id, @RequestBody(required = false) RoundRequest request) {
        // Read leniently: whose RFQ it is is checked first, by the service.
        var suppliers = new LinkedHashSet<TenantId>();
        if (request != null && request.suppliers() != null) {
            request.suppliers().forEach(slug -> tenants.bySlug(slug == null ? "" : slug.strip()).map(TenantProfile::id)
                    .ifPresent(suppliers::add));
        }
        return document(rfqs.negotiate(new RfqId(id), new dev.feira.rfq.NegotiationRound(request == null ? null : request.deadline(),
                suppliers, request == null ? null : request.targets(), request == null ? null : request.note())));
    }

    /** To one invited supplier (a slug), about the whole RFQ or one line. */
    record MessageRequest(String supplier, UUID lineId, String body) {
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "The thread with one invited supplier (buyer)", description = "Oldest first; only the two parties read it.")
    List<dev.feira.rfq.QuoteMessage> messages(@PathVariable UUID id, @Parameter(description = "The supplier's slug") @RequestParam String supplier) {
        return rfqs.messages(new RfqId(id), tenants.bySlug(supplier.strip()).map(TenantProfile::id).orElse(null));
    }

    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to one invited supplier about the RFQ (buyer)", description = "The supplier's rep is told.")
    dev.feira.rfq.QuoteMessage write(@PathVariable UUID id, @RequestBody(required = false) MessageRequest request) {
        // Read leniently: whose RFQ it is is checked first, by the service.
        TenantId supplier = request == null || request.supplier() == null ? null
                : tenants.bySlug(request.supplier().strip()).map(TenantProfile::id).orElse(null);
        return rfqs.write(new RfqId(id), supplier, request == null ? null : request.lineId(), request == null ? null : request.body());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Call an RFQ off (buyer)", description = "The suppliers it was sent to are told.")
    RfqDocument cancel(@PathVariable UUID id, @RequestBody(required = false) Cancellation cancellation) {
        return document(rfqs.cancel(new RfqId(id), cancellation == null ? null : cancellation.reason()));
    }

    @ExceptionHandler(RfqRefusal.class)
    ErrorResponseException refused(RfqRefusal refusal, Locale locale) {
        return ApiProblem.translated(HttpStatus.UNPROCESSABLE_CONTENT, refusal.key(), refusal.arguments(), locale, refusal.getMessage());
    }

    @ExceptionHandler(Rfqs.UnknownRfq.class)
    ErrorResponseException unknown(Rfqs.UnknownRfq unknown) {
        return ApiProblem.of(HttpStatus.NOT_FOUND, unknown.getMessage());
    }

    private RfqDraft draft(RfqRequest request) {
        if (request == null) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, "An RFQ document is required");
        }
        List<RfqDraft.Line> lines = request.lines() == null ? List.of() : request.lines().stream().map(line -> {
            if (line == null || line.quantity() == null) {
                throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "Every line needs a description, a quantity and a unit");
            }
            TenantId supplier = line.supplier() == null || line.supplier().isBlank() ? null : supplierBySlug(line.supplier());
            return new RfqDraft.Line(line.description(), line.quantity(), line.unit(), line.targetPrice(), line.sku(), supplier,
                    line.gtin(), line.mpn());
        }).toList();
        return new RfqDraft(request.title(), request.needBy(), request.deliveryPlace(), request.deadline(), request.currency(),
                Boolean.TRUE.equals(request.sealed()), request.awardMode(), request.notes(), lines);
    }

    private Set<TenantId> suppliers(RfqRequest request) {
        Set<TenantId> suppliers = new LinkedHashSet<>();
        if (request.suppliers() != null) {
            request.suppliers().forEach(slug -> suppliers.add(supplierBySlug(slug)));
        }
        return suppliers;
    }

    /** An unknown slug and a supplier the caller may not ask answer alike (the service checks the latter). */
    private TenantId supplierBySlug(String slug) {
        return tenants.bySlug(slug == null ? "" : slug.strip()).map(TenantProfile::id)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "'" + slug + "' is not a supplier you can ask for quotes"));
    }

    private RfqDocument document(BuyerRfq rfq) {
        return new RfqDocument(rfq.id().value(), rfq.number(), rfq.title(), rfq.status(), rfq.round(), rfq.needBy(), rfq.deliveryPlace(),
                rfq.deadline(), rfq.currency(), rfq.sealed(), rfq.awardMode(), rfq.notes(), rfq.createdBy(), rfq.createdAt(),
                rfq.publishedAt().orElse(null),
                rfq.lines().stream().map(l -> new LineDocument(l.lineId(), l.position(), l.description(), l.quantity(), l.unit(),
                        l.targetPrice(), l.sku(), l.supplier() == null ? null : slug(l.supplier()), l.gtin(), l.mpn())).toList(),
                rfq.answers().stream().map(a -> new AnswerDocument(slug(a.supplier()), a.supplierName(), a.status(), a.revisions(),
                        a.answeredAt().orElse(null), a.declineReason().orElse(null), a.quote().orElse(null))).toList(),
                rfq.awarded().stream().map(a -> new AwardDocument(a.lineId(), slug(a.supplier()), a.quantity(), a.unitPrice(), a.order(),
                        a.orderNumber())).toList());
    }

    private String slug(TenantId supplier) {
        return tenants.byId(supplier).map(TenantProfile::slug).orElse(supplier.toString());
    }
}
