/**
 * The RFQ marketplace: a buyer company asks several suppliers for quotes on one request, each supplier answers from its
 * own catalog and conditions in revisions, and the buyer compares and awards.
 * <p>
 * API: {@link dev.feira.rfq.Rfqs} (the buyer's side, any host), {@link dev.feira.rfq.Quotes} (the supplier's side, on
 * its portal), their views and events. The request is the buyer company's (company key); each supplier's invitation
 * and quotes are that supplier's (tenant key): see docs/decisions/005-rfq.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "tenancy :: ui", "identity", "catalog", "pricing", "pricing :: ui", "ordering", "webhooks", "search"})
package dev.feira.rfq;
