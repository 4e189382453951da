package dev.feira.rfq.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.QuoteAnswered;
import dev.feira.rfq.QuoteInvited;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.RfqAwarded;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.webhooks.Webhooks;

/**
 * A supplier's own systems hear of its RFQs through its webhooks: {@code rfq.published} when an invitation arrives
 * (the request as the supplier sees it: never who else was asked), {@code quote.submitted} for each revision its
 * staff send, {@code rfq.awarded} with its outcome, its lines and the order they became.
 */
@Component
class RfqWebhookEvents {

    private final Webhooks webhooks;
    private final QuoteDesk quotes;
    private final SupplierQuoteReader quoteReader;
    private final RfqStore rfqs;
    private final CompanyBinding company;
    private final TransactionTemplate ownTransaction;

    RfqWebhookEvents(Webhooks webhooks, QuoteDesk quotes, SupplierQuoteReader quoteReader, RfqStore rfqs, CompanyBinding company,
                     PlatformTransactionManager transactions) {
        this.webhooks = webhooks;
        this.quotes = quotes;
        this.quoteReader = quoteReader;
        this.rfqs = rfqs;
        this.company = company;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(QuoteInvited invited) {
        if (webhooks.subscribed("rfq.published")) {
            quotes.invitationOfSupplier(invited.invitation()).ifPresent(invitation -> webhooks.publish("rfq.published",
                    eventId("rfq.published", invited.invitation().value()), Map.of("invitation", invitation)));
        }
    }

    @ApplicationModuleListener
    void on(QuoteAnswered answered) {
        if (answered.status() != QuoteStatus.SUBMITTED || !webhooks.subscribed("quote.submitted")) {
            return;
        }
        quoteReader.latest(answered.tenant(), answered.rfq().value()).ifPresent(revision -> {
            var body = new LinkedHashMap<String, Object>();
            body.put("invitation", answered.invitation());
            body.put("rfq", answered.number());
            body.put("quote", revision);
            webhooks.publish("quote.submitted", eventId("quote.submitted " + revision.revision(), answered.invitation().value()), body);
        });
    }

    @ApplicationModuleListener
    void on(RfqAwarded awarded) {
        var rfq = ownTransaction.execute(status -> {
            company.bind(awarded.buyerCompany());
            return rfqs.findByIdAndBuyerCompanyId(awarded.rfq().value(), awarded.buyerCompany()).orElseThrow().view(java.util.List.of());
        });
        for (TenantId supplier : awarded.invited()) {
            TenantContext.runAs(supplier, () -> ownTransaction.executeWithoutResult(status -> {
                if (!webhooks.subscribed("rfq.awarded")) {
                    return;
                }
                var outcome = awarded.fully().contains(supplier) ? QuoteStatus.AWARDED
                        : awarded.partly().contains(supplier) ? QuoteStatus.PARTIALLY_AWARDED : QuoteStatus.NOT_AWARDED;
                var lines = rfq.awarded().stream().filter(a -> a.supplier().equals(supplier)).map(a -> awardedLine(rfq, a)).toList();
                var body = new LinkedHashMap<String, Object>();
                body.put("rfq", awarded.number());
                body.put("outcome", outcome);
                body.put("lines", lines);
                body.put("orders", lines.stream().map(l -> l.get("order")).distinct().toList());
                webhooks.publish("rfq.awarded", eventId("rfq.awarded " + supplier, awarded.rfq().value()), body);
            }));
        }
    }

    /** What the supplier's ERP needs of an awarded line: which one, how many, at what price, in which order. */
    private static Map<String, Object> awardedLine(BuyerRfq rfq, BuyerRfq.Awarded award) {
        var line = rfq.lines().stream().filter(l -> l.lineId().equals(award.lineId())).findFirst().orElseThrow();
        var body = new LinkedHashMap<String, Object>();
        body.put("position", line.position());
        body.put("description", line.description());
        body.put("quantity", award.quantity());
        body.put("unitPrice", award.unitPrice());
        body.put("order", award.orderNumber());
        return body;
    }

    private static UUID eventId(String what, UUID about) {
        return UUID.nameUUIDFromBytes((what + " " + about).getBytes(StandardCharsets.UTF_8));
    }
}
