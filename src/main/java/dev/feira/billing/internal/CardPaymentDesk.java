package dev.feira.billing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.stripe.exception.StripeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.feira.billing.CardCheckout;
import dev.feira.billing.SupplierPayments;
import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.CardPayments;
import dev.feira.ordering.OrderPlaced;
import dev.feira.ordering.OrderStatus;
import dev.feira.ordering.OrderStatusChanged;
import dev.feira.ordering.Orders;
import dev.feira.pricing.TradeTerms.PaymentMethod;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.shared.secrets.SecretBox;

/**
 * Card payments of orders: a PaymentIntent on the supplier's connected account once the order is
 * placed, its amount lowered or a refund made when the supplier declines lines, cancelled or
 * refunded when the order is rejected or cancelled. Each step runs from the order's events
 * through the publication registry, so a Stripe outage delays it and loses nothing.
 */
@Service
@Transactional
class CardPaymentDesk implements CardPayments, SupplierPayments, CardCheckout {

    private static final Logger log = LoggerFactory.getLogger(CardPaymentDesk.class);
    private static final Pattern STRIPE_ACCOUNT = Pattern.compile("acct_[A-Za-z0-9]{1,58}");
    private static final Pattern SECRET_KEY = Pattern.compile("(sk|rk)_(test|live)_[A-Za-z0-9_]{8,250}");
    private static final Pattern PUBLISHABLE_KEY = Pattern.compile("pk_(test|live)_[A-Za-z0-9_]{8,190}");
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("whsec_[A-Za-z0-9_]{8,250}");

    private final StripeGateway stripe;
    private final PaymentAccountStore accounts;
    private final CardPaymentStore payments;
    private final Orders orders;
    private final BigDecimal feePercent;
    private final SecretBox secrets;
    private final CatalogAccess access;

    CardPaymentDesk(StripeGateway stripe, PaymentAccountStore accounts, CardPaymentStore payments, Orders orders,
                    @Value("${feira.stripe.application-fee-percent:2.0}") BigDecimal feePercent, SecretBox secrets,
                    CatalogAccess access) {
        this.access = access;
        this.secrets = secrets;
        this.stripe = stripe;
        this.accounts = accounts;
        this.payments = payments;
        this.orders = orders;
        this.feePercent = feePercent;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean available() { // asked at every checkout: no keys opened to answer it
        return accounts.findFirstBy().filter(account -> account.stripeAccount().isPresent() && account.cardsEnabled() && stripe.configured()
                || account.ownKeys().isPresent()).isPresent();
    }

    /** Where this supplier's new card payments go: its connected account (if the platform has Stripe), or its own keys. */
    private Optional<StripeGateway.Route> route() {
        return accounts.findFirstBy().flatMap(account -> account.stripeAccount().filter(a -> stripe.configured()).map(stripe::connected)
                .or(() -> account.ownKeys().map(keys -> stripe.own(secrets.open(keys.sealedSecretKey()), keys.publishableKey()))));
    }

    /** Where an existing payment lives: the connected account it was taken on, or the supplier's own account. */
    private StripeGateway.Route routeOf(CardPayment payment) {
        return payment.stripeAccount() != null ? stripe.connected(payment.stripeAccount())
                : accounts.findFirstBy().flatMap(SupplierPaymentAccount::ownKeys)
                .map(keys -> stripe.own(secrets.open(keys.sealedSecretKey()), keys.publishableKey()))
                .orElseThrow(() -> new IllegalStateException("Payment " + payment.intentId() + " was taken with keys no longer set"));
    }

    @Override
    public boolean platformConfigured() {
        return stripe.configured();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> connectedAccount() {
        access.requireManager();
        return accounts.findFirstBy().flatMap(SupplierPaymentAccount::stripeAccount);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> ownPublishableKey() {
        access.requireManager();
        return accounts.findFirstBy().flatMap(SupplierPaymentAccount::ownKeys).map(SupplierPaymentAccount.OwnKeys::publishableKey);
    }

    @Override
    public void useOwnKeys(String secretKey, String publishableKey, String webhookSecret) {
        access.requireAdministrator(); // where the supplier's money goes is its admins' choice, not every rep's
        String secret = secretKey == null ? "" : secretKey.strip();
        String publishable = publishableKey == null ? "" : publishableKey.strip();
        String signing = webhookSecret == null ? "" : webhookSecret.strip();
        if (!SECRET_KEY.matcher(secret).matches()) {
            throw new IllegalArgumentException("The secret key is Stripe's sk_test_… or sk_live_… (or a restricted rk_…)");
        }
        if (!PUBLISHABLE_KEY.matcher(publishable).matches()) {
            throw new IllegalArgumentException("The publishable key is Stripe's pk_test_… or pk_live_…");
        }
        if (!WEBHOOK_SECRET.matcher(signing).matches()) {
            throw new IllegalArgumentException("The webhook signing secret is Stripe's whsec_…");
        }
        if (secret.contains("_test_") != publishable.contains("_test_")) {
            throw new IllegalArgumentException("Both keys must be test keys, or both live keys");
        }
        var account = accounts.findFirstBy().orElseGet(SupplierPaymentAccount::create);
        account.useOwnKeys(secrets.seal(secret), publishable, secrets.seal(signing));
        accounts.save(account);
    }

    /** The signing secret of the supplier's own webhook endpoint, opened; empty without own keys. */
    @Transactional(readOnly = true)
    Optional<String> ownWebhookSecret() {
        return accounts.findFirstBy().flatMap(SupplierPaymentAccount::ownKeys).map(keys -> secrets.open(keys.sealedWebhookSecret()));
    }

    @Override
    public void connect(String stripeAccount) {
        access.requireAdministrator();
        String account = stripeAccount == null ? "" : stripeAccount.strip();
        if (!STRIPE_ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("'" + account + "' is not a Stripe account id (acct_...)");
        }
        var existing = accounts.findFirstBy().orElseGet(SupplierPaymentAccount::create);
        existing.connect(account);
        accounts.save(existing);
    }

    @Override
    public String onboardingLink(String returnUrl, String refreshUrl) {
        var portal = access.requireAdministrator();
        var account = accounts.findFirstBy().filter(a -> a.stripeAccount().isPresent()).orElseGet(() -> {
            try {
                var created = SupplierPaymentAccount.create();
                created.onboarding(stripe.createConnectedAccount(portal.id().toString(), portal.name()));
                return accounts.save(created);
            } catch (StripeException e) {
                throw new IllegalStateException("Stripe did not answer: " + e.getMessage(), e);
            }
        });
        try {
            return stripe.onboardingLink(account.stripeAccount().orElseThrow(), returnUrl, refreshUrl);
        } catch (StripeException e) {
            throw new IllegalStateException("Stripe did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Boolean> cardsEnabled() {
        access.requireManager();
        return accounts.findFirstBy().filter(a -> a.stripeAccount().isPresent()).map(SupplierPaymentAccount::cardsEnabled);
    }

    /** Stripe's word on a connected account (account.updated): cards from the moment its charges are enabled. */
    void accountUpdated(String stripeAccount, boolean chargesEnabled) {
        accounts.findFirstBy().filter(a -> a.stripeAccount().filter(stripeAccount::equals).isPresent()).ifPresent(account -> {
            account.chargesEnabled(chargesEnabled);
            accounts.save(account);
        });
    }

    @Override
    public void disconnect() {
        access.requireAdministrator();
        accounts.findFirstBy().ifPresent(accounts::delete);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Session> session(UUID order) {
        return payments.findByOrderId(order).map(p -> new Session(routeOf(p).publishableKey(), stripe.jsUrl(), p.clientSecret(),
                p.stripeAccount(), p.amount(), p.status(), p.failure()));
    }

    /** A card order: its PaymentIntent, created once however often this runs. */
    @ApplicationModuleListener
    void on(OrderPlaced placed) throws StripeException {
        if (placed.paymentMethod() != PaymentMethod.CARD || payments.findByOrderId(placed.order()).isPresent()) {
            return;
        }
        var route = route();
        if (route.isEmpty()) { // disconnected between checkout and now
            orders.recordPaymentFailure(placed.order(), "Card payments are not available at this supplier any more; pay on invoice");
            return;
        }
        // The buyer pays the goods with IPI and ICMS-ST; the platform's fee is on the goods alone.
        long amount = minor(orders.byId(placed.order()).map(dev.feira.ordering.PlacedOrder::payable).orElse(placed.total()));
        long fee = route.get().takesPlatformFee() ? fee(placed.total()) : 0;
        var intent = stripe.createIntent(route.get(), placed.order().toString(), placed.number(), TenantContext.require().toString(), amount,
                placed.total().currency().getCurrencyCode(), fee);
        payments.save(new CardPayment(placed.order(), placed.number(), route.get().connectedAccount(), intent.getId(),
                intent.getClientSecret(), placed.total().currency(), amount, fee));
        log.info("Card payment of {} awaits the buyer: {}", placed.number(), intent.getId());
    }

    /** The supplier's decisions change what the buyer pays: lower the intent, refund, or cancel. */
    @ApplicationModuleListener
    void on(OrderStatusChanged changed) throws StripeException {
        var found = payments.findByOrderId(changed.order());
        if (found.isEmpty()) {
            return;
        }
        CardPayment payment = found.get();
        switch (changed.to()) {
            case REJECTED, CANCELLED -> {
                if (payment.isPaid() && payment.keptMinor() > 0) {
                    stripe.refund(routeOf(payment), payment.intentId(), payment.keptMinor(), changed.to().name());
                    payment.refunded(payment.keptMinor());
                } else if (payment.isOpen()) {
                    stripe.cancel(routeOf(payment), payment.intentId());
                    payment.canceled();
                }
            }
            case CONFIRMED -> {
                var total = orders.byId(changed.order()).orElseThrow().payable();
                long owed = minor(total);
                if (payment.isPaid() && payment.keptMinor() > owed) {
                    long back = payment.keptMinor() - owed;
                    stripe.refund(routeOf(payment), payment.intentId(), back, "declined-lines");
                    payment.refunded(back);
                } else if (payment.isOpen() && payment.amountMinor() != owed) {
                    var route = routeOf(payment);
                    long fee = route.takesPlatformFee() ? fee(total) : 0;
                    stripe.changeAmount(route, payment.intentId(), owed, fee);
                    payment.amountChanged(owed, fee);
                }
            }
            default -> {
                return;
            }
        }
        payments.save(payment);
    }

    /** Stripe says the card was charged: the order is paid, once. */
    void succeeded(UUID order, String intentId) {
        var payment = matching(order, intentId);
        if (payment.succeeded()) {
            payments.save(payment);
        }
        orders.recordPayment(order, intentId); // idempotent itself, and completes what a crash may have left half done
        if (orders.byId(order).map(o -> o.status() == OrderStatus.REJECTED || o.status() == OrderStatus.CANCELLED).orElse(false)) {
            log.warn("{} was paid after it was called off; the refund follows from the support desk", payment.orderNumber());
        }
    }

    /** Stripe says the card was declined; unless it was paid meanwhile, the buyer sees why and tries again. */
    void failed(UUID order, String intentId, String reason) {
        var payment = matching(order, intentId);
        if (payment.failed(reason)) {
            payments.save(payment);
            orders.recordPaymentFailure(order, reason);
        }
    }

    private CardPayment matching(UUID order, String intentId) {
        return payments.findByOrderId(order).filter(p -> p.intentId().equals(intentId))
                .orElseThrow(() -> new IllegalStateException("No card payment " + intentId + " for order " + order + " (yet)"));
    }

    private static long minor(Money money) {
        int digits = money.currency().getDefaultFractionDigits();
        return money.amount().setScale(digits, RoundingMode.HALF_UP).movePointRight(digits).longValueExact();
    }

    private long fee(Money total) {
        int digits = total.currency().getDefaultFractionDigits();
        return total.amount().multiply(feePercent).movePointLeft(2).setScale(digits, RoundingMode.HALF_UP).movePointRight(digits)
                .longValueExact();
    }
}
