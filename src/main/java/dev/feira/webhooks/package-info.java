/**
 * Webhooks: a supplier's systems (ERP, CRM) subscribe a URL to events, and each delivery is signed with the
 * subscription's secret and retried until answered. It knows no business: ordering, recovery and rfq publish their
 * events through {@link dev.feira.webhooks.Webhooks}, which is also the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity"})
package dev.feira.webhooks;
