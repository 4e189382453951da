package dev.feira.billing.web;

import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.feira.identity.ForSupplierStaff;
import dev.feira.billing.CardCheckout;
import dev.feira.billing.SupplierPayments;
import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.Orders;
import dev.feira.shared.web.ApiProblem;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.TenantProfile;

/** A supplier's Stripe account, and a buyer's card payment of an order, over the integration API. */
@RestController
@Tag(name = "Payments")
class PaymentApi {

    private final SupplierPayments payments;
    private final CardCheckout checkout;
    private final Orders orders;
    private final BuyerAccountDirectory accounts;
    private final TenantDirectory tenants;

    PaymentApi(SupplierPayments payments, CardCheckout checkout, Orders orders, BuyerAccountDirectory accounts, TenantDirectory tenants) {
        this.payments = payments;
        this.checkout = checkout;
        this.orders = orders;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    record StripeAccount(String stripeAccount, boolean platformConfigured, String ownPublishableKey) {
    }

    @ForSupplierStaff
    @GetMapping("/api/v1/payments/account")
    @Operation(summary = "The supplier's connected Stripe account (supplier)")
    StripeAccount account() {
        return new StripeAccount(payments.connectedAccount().orElse(null), payments.platformConfigured(),
                payments.ownPublishableKey().orElse(null));
    }

    @ForSupplierStaff
    @PutMapping("/api/v1/payments/account")
    @Operation(summary = "Connect the supplier's Stripe account (supplier)",
            description = "Buyers whose payment terms mention a card may then pay by card on this account.")
    StripeAccount connect(@RequestBody StripeAccount account) {
        try {
            payments.connect(account == null ? null : account.stripeAccount());
        } catch (IllegalArgumentException refused) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        return account();
    }

    record OwnKeys(String secretKey, String publishableKey, String webhookSecret) {
    }

    @ForSupplierStaff
    @PutMapping("/api/v1/payments/own-keys")
    @Operation(summary = "Use the supplier's own Stripe keys instead of a connected account (supplier)",
            description = "No platform fee. Register https://<portal>/webhooks/stripe/<supplier> in the Stripe account with the given "
                    + "signing secret. The secret keys are stored sealed and never shown again.")
    StripeAccount ownKeys(@RequestBody OwnKeys keys) {
        try {
            payments.useOwnKeys(keys.secretKey(), keys.publishableKey(), keys.webhookSecret());
        } catch (IllegalArgumentException refused) {
            throw ApiProblem.of(HttpStatus.BAD_REQUEST, refused.getMessage());
        }
        return account();
    }

    @ForSupplierStaff
    @DeleteMapping("/api/v1/payments/account")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop taking cards (supplier)")
    void disconnect() {
        payments.disconnect();
    }

    /** What a buyer's system needs to confirm the card payment with Stripe (Stripe.js or the Stripe API). */
    record CardPayment(String clientSecret, String stripeAccount, String publishableKey, String amount, String currency,
                       CardCheckout.Status status, String failure) {
    }

    @GetMapping("/api/v1/orders/{id}/card-payment")
    @Operation(summary = "The card payment of one's own order (buyer)",
            description = "404 until Stripe has created the payment (a second or two after checkout) or when the order is on invoice.")
    CardPayment cardPayment(@PathVariable UUID id) {
        tenants.current().orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "Call the supplier's host"));
        var buyer = accounts.ofCaller().orElseThrow(() -> ApiProblem.of(HttpStatus.FORBIDDEN, "Only the order's buyer pays it."));
        var session = orders.byId(id).filter(o -> o.buyerAccount().equals(buyer.id())).flatMap(o -> checkout.session(o.id()))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND, "No card payment of order " + id + " for you (yet)"));
        return new CardPayment(session.clientSecret(), session.stripeAccount(), session.publishableKey(),
                session.amount().amount().toPlainString(), session.amount().currency().getCurrencyCode(), session.status(),
                session.failure().orElse(null));
    }

}
