package dev.feira.subscription.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import com.stripe.exception.StripeException;

import dev.feira.identity.CatalogAccess;
import dev.feira.identity.People;
import dev.feira.identity.PortalLinks;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.platform.MarketplaceSales;
import dev.feira.platform.Plans;
import dev.feira.shared.Money;
import dev.feira.shared.TenantId;
import dev.feira.shared.mail.LinkMail;
import dev.feira.subscription.Subscriptions;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantLifecycle;
import dev.feira.tenancy.TenantProfile;
import dev.feira.tenancy.TenantStatus;
import dev.feira.tenancy.TenantStatusChanged;

/**
 * Suppliers' subscriptions. A portal going live is subscribed to its plan (its trial as the plan gives); an order
 * invoiced outside Stripe is metered once; Stripe's word on a subscription (re-read on every event, so events arriving
 * out of order or twice decide nothing by themselves) moves the tenant: past due on an unpaid invoice — its admins are
 * told —, suspended when the grace period is over, active again once paid.
 */
@Service
class SubscriptionDesk implements Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionDesk.class);
    private static final ZoneId BRAZIL = ZoneId.of("America/Sao_Paulo");
    private static final Currency BRL = Currency.getInstance("BRL");

    private final StripeBilling stripe;
    private final JdbcClient sql;
    private final Plans plans;
    private final MarketplaceSales sales;
    private final TenantDirectory tenants;
    private final TenantLifecycle lifecycle;
    private final CatalogAccess access;
    private final People people;
    private final PortalLinks links;
    private final LinkMail mail;
    private final Clock clock;
    private final Duration grace;
    private final dev.feira.tenancy.PlatformOperators operators;

    SubscriptionDesk(StripeBilling stripe, JdbcClient sql, Plans plans, MarketplaceSales sales, TenantDirectory tenants,
                     TenantLifecycle lifecycle, CatalogAccess access, People people, PortalLinks links, LinkMail mail, Clock clock,
                     @Value("${feira.billing.grace-days:7}") int graceDays, dev.feira.tenancy.PlatformOperators operators) {
        this.operators = operators;
        this.stripe = stripe;
        this.sql = sql;
        this.plans = plans;
        this.sales = sales;
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        this.access = access;
        this.people = people;
        this.links = links;
        this.mail = mail;
        this.clock = clock;
        this.grace = Duration.ofDays(graceDays);
    }

    @Override
    public boolean billingConfigured() {
        return stripe.configured();
    }

    /** A portal going live is subscribed to its plan, the trial counted from now; a cancelled one's subscription ends. */
    @ApplicationModuleListener
    void on(TenantStatusChanged changed) throws StripeException {
        if (changed.to() == TenantStatus.CANCELLED && stripe.configured()) {
            var known = row(changed.tenant());
            if (known.isPresent() && !"canceled".equals(known.get().status())) {
                stripe.cancel(known.get().subscription());
                sql.sql("update supplier_subscription set status = 'canceled', updated_at = :now where about_tenant = :tenant")
                        .param("now", Timestamp.from(clock.instant())).param("tenant", changed.tenant().value()).update();
            }
            return;
        }
        if (changed.to() != TenantStatus.TRIAL || !stripe.configured() || row(changed.tenant()).isPresent()) {
            return;
        }
        var chosen = plans.chosenBy(changed.tenant()).orElse(null);
        var tenant = tenants.byId(changed.tenant()).orElseThrow();
        if (chosen == null) {
            log.warn("{} went live without a plan: not subscribed", tenant.slug());
            return;
        }
        String email = people.staffOf(changed.tenant(), Role.SUPPLIER_ADMIN).stream().map(PortalUser::username).findFirst().orElse(null);
        String customer = stripe.customer(changed.tenant().toString(), tenants.legalEntity(changed.tenant())
                .map(l -> l.legalName()).orElse(tenant.name()), email);
        Instant trialEnd = changed.at().plus(Duration.ofDays(chosen.plan().trialDays()));
        var subscription = stripe.subscribe(changed.tenant().toString(), customer, chosen.plan(), Optional.of(trialEnd));
        sql.sql("""
                        insert into supplier_subscription (about_tenant, stripe_customer, stripe_subscription, plan, status, trial_ends_at, updated_at)
                        values (:tenant, :customer, :subscription, :plan, :status, :trial, :now) on conflict (about_tenant) do nothing""")
                .param("tenant", changed.tenant().value()).param("customer", customer).param("subscription", subscription.getId())
                .param("plan", chosen.plan().code()).param("status", subscription.getStatus())
                .param("trial", subscription.getTrialEnd() == null ? null : Timestamp.from(Instant.ofEpochSecond(subscription.getTrialEnd())))
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** A plan changed after subscribing moves the subscription to the new plan's prices (prorated by Stripe). */
    @ApplicationModuleListener
    void on(dev.feira.platform.PlanChosen chosen) throws StripeException {
        var known = row(chosen.tenant());
        if (!stripe.configured() || known.isEmpty() || known.get().plan().equals(chosen.plan())) {
            return;
        }
        var plan = plans.byCode(chosen.plan()).orElseThrow();
        stripe.changePlan(known.get().subscription(), plan);
        sql.sql("update supplier_subscription set plan = :plan, updated_at = :now where about_tenant = :tenant")
                .param("plan", plan.code()).param("now", Timestamp.from(clock.instant())).param("tenant", chosen.tenant().value()).update();
    }

    /** An order invoiced outside Stripe counts towards the GMV fee, once. */
    @ApplicationModuleListener
    void on(OrderStatusChanged changed) throws StripeException {
        if (changed.to() != OrderStatus.INVOICED || !stripe.configured()) {
            return;
        }
        var subscribed = row(changed.tenant());
        var sale = sales.sale(changed.order());
        if (subscribed.isEmpty() || sale.isEmpty() || sale.get().card() || sale.get().voided()) {
            return; // card orders carry the Connect application fee instead
        }
        long centavos = sale.get().total().amount().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        int recorded = sql.sql("""
                        insert into gmv_meter_report (order_id, about_tenant, value_minor, reported_at) values (:order, :tenant, :value, :now)
                        on conflict (order_id) do nothing""")
                .param("order", changed.order()).param("tenant", changed.tenant().value()).param("value", centavos)
                .param("now", Timestamp.from(clock.instant())).update();
        if (recorded == 1) { // in the same transaction: a failed report undoes the row, and the event comes again
            stripe.reportGmv(subscribed.get().customer(), changed.order().toString(), centavos, clock.instant());
        }
    }

    /** What Stripe says the subscription is now decides: the event only says when to look. */
    void follow(String subscriptionId) throws StripeException {
        var subscription = stripe.subscription(subscriptionId);
        String tenantKey = subscription.getMetadata() == null ? null : subscription.getMetadata().get("tenant");
        if (tenantKey == null) {
            log.info("Subscription {} is not one of Feira's suppliers'; ignored", subscriptionId);
            return;
        }
        var tenant = TenantId.of(tenantKey);
        var known = row(tenant).orElse(null);
        if (known == null || !known.subscription().equals(subscriptionId)) {
            log.warn("Subscription {} names {}, which holds another; ignored", subscriptionId, tenant);
            return;
        }
        String status = subscription.getStatus();
        Instant now = clock.instant();
        sql.sql("update supplier_subscription set status = :status, updated_at = :now where about_tenant = :tenant")
                .param("status", status).param("now", Timestamp.from(now)).param("tenant", tenant.value()).update();
        switch (status) {
            case "active" -> {
                sql.sql("update supplier_subscription set past_due_since = null, suspended_by_billing = false where about_tenant = :tenant")
                        .param("tenant", tenant.value()).update();
                var profile = tenants.byId(tenant).orElseThrow();
                if (profile.status() != TenantStatus.SUSPENDED || known.suspendedByBilling()) {
                    lifecycle.followBilling(tenant, TenantStatus.ACTIVE, known.pastDueSince() != null ? "invoice paid" : "subscription active");
                }
            }
            case "past_due", "unpaid" -> {
                if (known.pastDueSince() == null) {
                    sql.sql("update supplier_subscription set past_due_since = :now where about_tenant = :tenant")
                            .param("now", Timestamp.from(now)).param("tenant", tenant.value()).update();
                    tell(tenant, "billing.failed", grace.toDays());
                }
                if (tenants.byId(tenant).orElseThrow().status() != TenantStatus.SUSPENDED) {
                    lifecycle.followBilling(tenant, TenantStatus.PAST_DUE, "invoice unpaid");
                }
            }
            default -> {
                // trialing, incomplete, canceled…: the portal stands as it is; operators decide about cancellations
            }
        }
    }

    /** Suspends the portals whose invoice stayed unpaid past the grace period; any instance may run it. */
    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${feira.billing.dunning-interval:PT1H}")
    void dunning() {
        Instant due = clock.instant().minus(grace);
        var overdue = sql.sql("""
                        update supplier_subscription set suspended_by_billing = true
                        where past_due_since <= :due and not suspended_by_billing and status in ('past_due', 'unpaid')
                        returning about_tenant""")
                .param("due", Timestamp.from(due)).query(java.util.UUID.class).list();
        for (var id : overdue) {
            var tenant = new TenantId(id);
            lifecycle.followBilling(tenant, TenantStatus.SUSPENDED, "invoice unpaid after " + grace.toDays() + " days");
            tell(tenant, "billing.suspended", grace.toDays());
        }
    }

    private void tell(TenantId tenant, String key, Object argument) {
        var profile = tenants.byId(tenant).orElseThrow();
        String link = links.to(profile, "plan");
        for (PortalUser admin : people.staffOf(tenant, Role.SUPPLIER_ADMIN)) {
            mail.send(admin.username(), profile.defaultLocale(), key, link, profile.name(), argument);
        }
    }

    @Override
    public Optional<Subscription> current() {
        return subscriptionOf(access.requireAdministrator());
    }

    @Override
    public Optional<Subscription> of(TenantId supplier) {
        operators.requireOperator();
        return subscriptionOf(tenants.byId(supplier).orElseThrow());
    }

    @Override
    public List<Invoice> invoicesOf(TenantId supplier) {
        operators.requireOperator();
        return invoicesOf(tenants.byId(supplier).orElseThrow());
    }

    private Optional<Subscription> subscriptionOf(TenantProfile portal) {
        var chosen = plans.chosenBy(portal.id());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        var plan = chosen.get().plan();
        var known = row(portal.id());
        Instant monthStart = LocalDate.now(clock.withZone(BRAZIL)).withDayOfMonth(1).atStartOfDay(BRAZIL).toInstant();
        Money invoiced = sales.invoicedSince(portal.id(), monthStart);
        Money fee = new Money(invoiced.amount().multiply(plan.gmvFeePercent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP), BRL);
        return Optional.of(new Subscription(plan.name(), known.map(Row::status).orElse(portal.status() == TenantStatus.ONBOARDING
                ? "onboarding" : "not-billed"), known.map(Row::trialEndsAt).orElse(chosen.get().trialEndsAt()),
                known.map(Row::pastDueSince).map(Optional::ofNullable).orElse(Optional.empty()), plan.monthlyFee(), plan.gmvFeePercent(), invoiced, fee));
    }

    @Override
    public List<Invoice> invoices() {
        return invoicesOf(access.requireAdministrator());
    }

    private List<Invoice> invoicesOf(TenantProfile portal) {
        var known = row(portal.id());
        if (known.isEmpty()) {
            return List.of();
        }
        try {
            return stripe.invoices(known.get().customer()).stream()
                    .map(i -> new Invoice(i.getNumber() == null ? i.getId() : i.getNumber(), Instant.ofEpochSecond(i.getCreated()),
                            new Money(BigDecimal.valueOf(i.getTotal() == null ? 0 : i.getTotal()).movePointLeft(2), BRL), i.getStatus(),
                            Optional.ofNullable(i.getInvoicePdf()), Optional.ofNullable(i.getHostedInvoiceUrl())))
                    .toList();
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public String customerPortal(String returnUrl) {
        TenantProfile portal = access.requireAdministrator();
        var known = row(portal.id()).orElseThrow(() -> new IllegalStateException("Not subscribed yet"));
        try {
            return stripe.portal(known.customer(), returnUrl);
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe did not answer: " + e.getMessage(), e);
        }
    }

    record Row(String customer, String subscription, String plan, String status, Optional<Instant> trialEndsAt, Instant pastDueSince,
               boolean suspendedByBilling) {
    }

    Optional<Row> row(TenantId tenant) {
        return sql.sql("""
                        select stripe_customer, stripe_subscription, plan, status, trial_ends_at, past_due_since, suspended_by_billing
                        from supplier_subscription where about_tenant = :tenant""")
                .param("tenant", tenant.value())
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Optional.ofNullable(rs.getTimestamp(5)).map(Timestamp::toInstant),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getBoolean(7)))
                .optional();
    }
}
