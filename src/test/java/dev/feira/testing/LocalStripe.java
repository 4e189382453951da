package dev.feira.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;
import tools.jackson.databind.json.JsonMapper;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local server that speaks the part of Stripe's API Feira uses — PaymentIntents (create, update,
 * cancel) and refunds, on connected accounts, honouring idempotency keys as Stripe does — and
 * signs webhook events the way Stripe does. stripe-java talks to it unchanged; tests read what it
 * was asked from WireMock's request journal.
 */
public final class LocalStripe {

    /** The platform's key; any other {@code sk_test_…} key is a supplier's own account. */
    public static final String API_KEY = "sk_test_local";
    public static final String WEBHOOK_SECRET = "whsec_local_test_secret";
    /** The platform account's billing endpoint's own secret (suppliers' subscriptions). */
    public static final String BILLING_WEBHOOK_SECRET = "whsec_local_billing_secret";

    private static final LocalStripe INSTANCE = new LocalStripe();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WireMockServer server;
    private final Map<String, Map<String, Object>> intents = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> refunds = new ConcurrentHashMap<>();
    /** Stripe Billing's objects: products, prices, meters, customers, subscriptions, invoices, meter events by identifier. */
    private final Map<String, Map<String, Object>> billing = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> meterEvents = new ConcurrentHashMap<>();
    /** Stripe answers a repeated idempotency key (per account) with the first answer. */
    private final Map<String, String> answered = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile String webhookEndpoint;

    /**
     * A stand-in for Stripe.js with the same surface Feira's payment page uses: a card field, and
     * confirmPayment, which confirms the intent here with the publishable key and client secret
     * (as Stripe.js does) and returns to the page's return_url. Card 4000000000000002 is declined,
     * as in Stripe's test mode.
     */
    private static final String STRIPE_JS = """
            window.Stripe = function (publishableKey, options) {
              return {
                elements: function (settings) {
                  return {
                    clientSecret: settings.clientSecret,
                    create: function () {
                      return { mount: function (element) {
                        element.innerHTML = '<label>Card number <input id="local-card-number" autocomplete="off"></label>';
                      } };
                    }
                  };
                },
                confirmPayment: async function (request) {
                  const secret = request.elements.clientSecret;
                  const id = secret.split('_secret_')[0];
                  const card = document.getElementById('local-card-number').value;
                  const response = await fetch('$BASE/v1/payment_intents/' + id + '/confirm', {
                    method: 'POST',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: 'key=' + encodeURIComponent(publishableKey) + '&client_secret=' + encodeURIComponent(secret)
                        + '&payment_method_data[card][number]=' + encodeURIComponent(card)
                  });
                  const body = await response.json();
                  if (body.error) { return {error: body.error}; }
                  window.location.href = request.confirmParams.return_url;
                  return {};
                }
              };
            };
            """;

    private LocalStripe() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new Behaviour()));
        server.start();
        server.stubFor(any(urlPathMatching("/v1/.*")).willReturn(aResponse().withTransformers("local-stripe")));
        server.stubFor(WireMock.get(urlPathEqualTo("/v3/stripe.js")).willReturn(aResponse().withHeader("Content-Type", "text/javascript")
                .withBody(STRIPE_JS.replace("$BASE", baseUrl()))));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }

    public static LocalStripe get() {
        return INSTANCE;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The platform account's billing objects of a kind ("subscription", "customer", "price"…), oldest first. */
    public List<Map<String, Object>> billing(String object) {
        return billing.values().stream().filter(o -> object.equals(o.get("object")))
                .sorted(java.util.Comparator.comparing(o -> Long.parseLong(((String) o.get("id")).replaceAll("\\D", "")))).toList();
    }

    /** The meter events Stripe counted, by identifier (each once). */
    public Map<String, Map<String, Object>> meterEvents() {
        return Map.copyOf(meterEvents);
    }

    /** Moves a subscription as Stripe would (trial over, an invoice unpaid, paid). */
    public void subscriptionStatus(String subscription, String status) {
        billing.get(subscription).put("status", status);
    }

    /** An invoice of a subscription, as Stripe issues one at the end of a period (or a trial). */
    public Map<String, Object> invoice(String subscription, long totalCentavos, String status) {
        var sub = billing.get(subscription);
        var invoice = new LinkedHashMap<String, Object>();
        invoice.put("id", "in_local" + sequence.incrementAndGet());
        invoice.put("object", "invoice");
        invoice.put("number", "FEIRA-" + sequence.get());
        invoice.put("customer", sub.get("customer"));
        invoice.put("total", totalCentavos);
        invoice.put("currency", "brl");
        invoice.put("status", status);
        invoice.put("created", Instant.now().getEpochSecond());
        invoice.put("invoice_pdf", baseUrl() + "/invoices/" + invoice.get("id") + ".pdf");
        invoice.put("hosted_invoice_url", baseUrl() + "/i/" + invoice.get("id"));
        invoice.put("parent", Map.of("type", "subscription_details", "subscription_details", Map.of("subscription", subscription)));
        billing.put((String) invoice.get("id"), invoice);
        return invoice;
    }

    public void invoiceStatus(String invoice, String status) {
        billing.get(invoice).put("status", status);
    }

    /** Stripe finishing (or undoing) a connected account's onboarding. */
    public void chargesEnabled(String account, boolean enabled) {
        billing.get(account).put("charges_enabled", enabled);
        billing.get(account).put("details_submitted", enabled);
    }

    /** A Connect event about a connected account ({@code account.updated}), as posted to the Connect endpoint. */
    public String accountEvent(String account) {
        return eventOf("account.updated", account, new LinkedHashMap<>(billing.get(account)));
    }

    /** A billing event about a stored object, as Stripe posts it to the platform's billing endpoint. */
    public String billingEvent(String type, String objectId) {
        return eventOf(type, null, new LinkedHashMap<>(billing.get(objectId)));
    }

    /** Where this Stripe posts its events once a card payment is confirmed (as a Connect webhook endpoint). */
    public void deliverWebhooksTo(String url) {
        this.webhookEndpoint = url;
    }

    /** The requests stripe-java made to a path, oldest first. */
    public List<LoggedRequest> requests(String method, String pathPrefix) {
        return server.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().startsWith(pathPrefix))
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    /** The intent as Stripe holds it now (amount, status, metadata, account). */
    public Map<String, Object> intent(String id) {
        return intents.get(id);
    }

    public List<Map<String, Object>> intentsOfOrder(String orderId) {
        return intents.values().stream().filter(i -> orderId.equals(((Map<?, ?>) i.get("metadata")).get("order"))).toList();
    }

    public List<Map<String, Object>> refundsOf(String intentId) {
        return refunds.values().stream().filter(r -> intentId.equals(r.get("payment_intent"))).toList();
    }

    /** A webhook event about an intent, as Stripe would post it to a Connect endpoint. */
    public String event(String type, String intentId, String failure) {
        var intent = new LinkedHashMap<>(intents.get(intentId));
        intent.put("status", type.endsWith("succeeded") ? "succeeded" : "requires_payment_method");
        if (failure != null) {
            intent.put("last_payment_error", Map.of("type", "card_error", "code", "card_declined", "message", failure));
        }
        Object account = intent.remove("_account");
        return eventOf(type, account, intent);
    }

    /** An event as Stripe signs and posts it: its envelope around the object it is about. */
    private String eventOf(String type, Object account, Map<String, Object> object) {
        var event = new LinkedHashMap<String, Object>();
        event.put("id", "evt_" + sequence.incrementAndGet() + "_" + System.nanoTime());
        event.put("object", "event");
        event.put("api_version", Stripe.API_VERSION);
        event.put("created", Instant.now().getEpochSecond());
        event.put("type", type);
        event.put("account", account);
        event.put("livemode", false);
        event.put("pending_webhooks", 1);
        event.put("data", Map.of("object", object));
        return JSON.writeValueAsString(event);
    }

    /** The Stripe-Signature header for a payload, signed {@code at} with {@code secret}. */
    public static String signature(String payload, String secret, Instant at) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long t = at.getEpochSecond();
            byte[] signed = mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(signed);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signature(String payload) {
        return signature(payload, WEBHOOK_SECRET, Instant.now());
    }

    private final class Behaviour implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "local-stripe";
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            var request = serveEvent.getRequest();
            if (request.getMethod().getName().equals("OPTIONS")) {
                return aResponse().withStatus(204).withHeader("Access-Control-Allow-Origin", "*")
                        .withHeader("Access-Control-Allow-Headers", "*").withHeader("Access-Control-Allow-Methods", "GET, POST").build();
            }
            if (request.getUrl().matches("/v1/payment_intents/[^/]+/confirm")) {
                return confirmFromBrowser(request.getUrl().split("/")[3], form(request.getBodyAsString()));
            }
            String authorization = request.getHeader("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer sk_test_")) { // the platform's key, or a supplier's own
                return error(401, "authentication_error", "Invalid API Key provided");
            }
            String account = request.getHeader("Stripe-Account");
            String key = request.containsHeader("Idempotency-Key") ? account + "|" + request.getHeader("Idempotency-Key") : null;
            if (key != null && answered.containsKey(key)) {
                return json(200, answered.get(key));
            }
            String path = request.getUrl().replaceFirst("\\?.*", "");
            var form = form(request.getBodyAsString());
            if (request.getUrl().contains("?")) {
                form.putAll(form(request.getUrl().substring(request.getUrl().indexOf('?') + 1)));
            }
            String body;
            try {
                body = JSON.writeValueAsString(answer(request.getMethod().getName(), path, form, account));
            } catch (IllegalArgumentException unknown) {
                return error(404, "invalid_request_error", unknown.getMessage());
            }
            if (key != null && request.getMethod().getName().equals("POST")) {
                answered.put(key, body);
            }
            return json(200, body);
        }

        private Map<String, Object> answer(String method, String path, Map<String, String> form, String account) {
            if (method.equals("POST") && path.equals("/v1/payment_intents")) {
                String id = "pi_local" + sequence.incrementAndGet();
                var intent = new LinkedHashMap<String, Object>();
                intent.put("id", id);
                intent.put("object", "payment_intent");
                intent.put("amount", Long.parseLong(form.get("amount")));
                intent.put("application_fee_amount", form.containsKey("application_fee_amount")
                        ? Long.parseLong(form.get("application_fee_amount")) : null);
                intent.put("currency", form.get("currency"));
                intent.put("description", form.get("description"));
                intent.put("client_secret", id + "_secret_" + Long.toHexString(System.nanoTime()));
                intent.put("status", "requires_payment_method");
                intent.put("livemode", false);
                intent.put("metadata", metadata(form));
                intent.put("_account", account);
                intents.put(id, intent);
                return visible(intent);
            }
            var cancel = path.matches("/v1/payment_intents/[^/]+/cancel");
            if (path.startsWith("/v1/payment_intents/")) {
                String id = path.split("/")[3];
                var intent = intents.get(id);
                if (intent == null || !java.util.Objects.equals(intent.get("_account"), account)) {
                    throw new IllegalArgumentException("No such payment_intent: '" + id + "'");
                }
                if (cancel) {
                    intent.put("status", "canceled");
                } else if (method.equals("POST")) {
                    if (form.containsKey("amount")) {
                        intent.put("amount", Long.parseLong(form.get("amount")));
                    }
                    if (form.containsKey("application_fee_amount")) {
                        intent.put("application_fee_amount", Long.parseLong(form.get("application_fee_amount")));
                    }
                }
                return visible(intent);
            }
            if (method.equals("POST") && path.equals("/v1/refunds")) {
                var intent = intents.get(form.get("payment_intent"));
                if (intent == null) {
                    throw new IllegalArgumentException("No such payment_intent: '" + form.get("payment_intent") + "'");
                }
                var refund = new LinkedHashMap<String, Object>();
                refund.put("id", "re_local" + sequence.incrementAndGet());
                refund.put("object", "refund");
                refund.put("amount", Long.parseLong(form.getOrDefault("amount", String.valueOf(intent.get("amount")))));
                refund.put("payment_intent", intent.get("id"));
                refund.put("status", "succeeded");
                refunds.put((String) refund.get("id"), refund);
                return refund;
            }
            var billed = billingAnswer(method, path, form);
            if (billed != null) {
                return billed;
            }
            throw new IllegalArgumentException("Unrecognized request URL (" + method + ": " + path + ")");
        }

        /** Stripe Billing: the part Feira's platform billing uses. */
        private Map<String, Object> billingAnswer(String method, String path, Map<String, String> form) {
            boolean post = method.equals("POST");
            if (post && path.equals("/v1/accounts")) {
                var account = new LinkedHashMap<String, Object>();
                account.put("type", form.get("type"));
                account.put("country", form.get("country"));
                account.put("charges_enabled", false);
                account.put("details_submitted", false);
                account.put("metadata", nested(form, "metadata"));
                var stored = store("acct", "account", account);
                billing.remove((String) stored.get("id"));
                stored.put("id", ((String) stored.get("id")).replace("acct_local", "acct_1Local")); // Stripe's ids look like acct_1…
                billing.put((String) stored.get("id"), stored);
                return stored;
            }
            if (path.startsWith("/v1/accounts/") && method.equals("GET")) {
                return known(path.split("/")[3]);
            }
            if (post && path.equals("/v1/account_links")) {
                known(form.get("account"));
                return store("acctlink", "account_link", Map.of("url", baseUrl() + "/setup/" + form.get("account") + "/" + sequence.get(),
                        "expires_at", Instant.now().plusSeconds(300).getEpochSecond()));
            }
            if (post && path.equals("/v1/products")) {
                return store("prod", "product", Map.of("name", form.get("name"), "metadata", nested(form, "metadata")));
            }
            if (path.equals("/v1/prices")) {
                if (post) {
                    var price = new LinkedHashMap<String, Object>();
                    price.put("product", form.get("product"));
                    price.put("currency", form.get("currency"));
                    price.put("lookup_key", form.get("lookup_key"));
                    price.put("active", true);
                    price.put("unit_amount", form.containsKey("unit_amount") ? Long.parseLong(form.get("unit_amount")) : null);
                    price.put("unit_amount_decimal", form.getOrDefault("unit_amount_decimal", form.get("unit_amount")));
                    price.put("recurring", nested(form, "recurring"));
                    return store("price", "price", price);
                }
                var keys = form.entrySet().stream().filter(e -> e.getKey().startsWith("lookup_keys")).map(Map.Entry::getValue).toList();
                return list(billing.values().stream().filter(o -> "price".equals(o.get("object")) && keys.contains(o.get("lookup_key"))).toList());
            }
            if (path.equals("/v1/billing/meters")) {
                if (post) {
                    return store("mtr", "billing.meter", Map.of("event_name", form.get("event_name"), "display_name", form.get("display_name"),
                            "status", "active"));
                }
                return list(billing.values().stream().filter(o -> "billing.meter".equals(o.get("object"))).toList());
            }
            if (post && path.equals("/v1/customers")) {
                var customer = new LinkedHashMap<String, Object>();
                customer.put("name", form.get("name"));
                customer.put("email", form.get("email"));
                customer.put("metadata", nested(form, "metadata"));
                return store("cus", "customer", customer);
            }
            if (post && path.equals("/v1/subscriptions")) {
                var subscription = new LinkedHashMap<String, Object>();
                subscription.put("customer", form.get("customer"));
                subscription.put("status", form.containsKey("trial_end") ? "trialing" : "active");
                subscription.put("trial_end", form.containsKey("trial_end") ? Long.parseLong(form.get("trial_end")) : null);
                subscription.put("metadata", nested(form, "metadata"));
                var items = new java.util.ArrayList<Map<String, Object>>();
                for (int i = 0; form.containsKey("items[" + i + "][price]"); i++) {
                    items.add(Map.of("object", "subscription_item", "id", "si_local" + sequence.incrementAndGet(),
                            "price", billing.getOrDefault(form.get("items[" + i + "][price]"), Map.of("id", form.get("items[" + i + "][price]")))));
                }
                subscription.put("items", Map.of("object", "list", "data", items, "has_more", false, "url", "/v1/subscription_items"));
                return store("sub", "subscription", subscription);
            }
            if (path.startsWith("/v1/subscriptions/") && method.equals("GET")) {
                return known(path.split("/")[3]);
            }
            if (path.startsWith("/v1/subscriptions/") && method.equals("DELETE")) {
                var subscription = known(path.split("/")[3]);
                subscription.put("status", "canceled");
                return subscription;
            }
            if (path.startsWith("/v1/subscriptions/") && post) {
                var subscription = known(path.split("/")[3]);
                @SuppressWarnings("unchecked")
                var items = (List<Map<String, Object>>) ((Map<String, Object>) subscription.get("items")).get("data");
                var changed = new java.util.ArrayList<Map<String, Object>>();
                for (var item : items) {
                    String price = null;
                    for (int i = 0; form.containsKey("items[" + i + "][id]"); i++) {
                        if (form.get("items[" + i + "][id]").equals(item.get("id"))) {
                            price = form.get("items[" + i + "][price]");
                        }
                    }
                    changed.add(price == null ? item : Map.of("object", "subscription_item", "id", item.get("id"), "price", known(price)));
                }
                subscription.put("items", Map.of("object", "list", "data", changed, "has_more", false, "url", "/v1/subscription_items"));
                ((Map<String, Object>) subscription.computeIfAbsent("metadata", k -> new LinkedHashMap<>())).putAll(nested(form, "metadata"));
                return subscription;
            }
            if (post && path.equals("/v1/billing/meter_events")) {
                // Stripe counts an identifier once.
                return meterEvents.computeIfAbsent(form.get("identifier"), id -> {
                    var event = new LinkedHashMap<String, Object>();
                    event.put("object", "billing.meter_event");
                    event.put("event_name", form.get("event_name"));
                    event.put("identifier", id);
                    event.put("payload", nested(form, "payload"));
                    event.put("timestamp", Long.parseLong(form.getOrDefault("timestamp", String.valueOf(Instant.now().getEpochSecond()))));
                    return event;
                });
            }
            if (path.equals("/v1/invoices") && method.equals("GET")) {
                return list(billing.values().stream().filter(o -> "invoice".equals(o.get("object")) && o.get("customer").equals(form.get("customer")))
                        .toList());
            }
            if (post && path.equals("/v1/billing_portal/sessions")) {
                return store("bps", "billing_portal.session", Map.of("customer", form.get("customer"), "return_url", form.get("return_url"),
                        "url", baseUrl() + "/p/session/" + form.get("customer")));
            }
            return null;
        }

        private Map<String, Object> store(String prefix, String object, Map<String, Object> fields) {
            var stored = new LinkedHashMap<String, Object>();
            stored.put("id", prefix + "_local" + sequence.incrementAndGet());
            stored.put("object", object);
            stored.put("livemode", false);
            stored.put("created", Instant.now().getEpochSecond());
            stored.putAll(fields);
            billing.put((String) stored.get("id"), stored);
            return stored;
        }

        private Map<String, Object> known(String id) {
            var found = billing.get(id);
            if (found == null) {
                throw new IllegalArgumentException("No such object: '" + id + "'");
            }
            return found;
        }

        private static Map<String, Object> list(List<Map<String, Object>> data) {
            return Map.of("object", "list", "data", data, "has_more", false, "url", "/v1/list");
        }

        /** {@code prefix[key]=value} pairs of a form, as one object. */
        private static Map<String, Object> nested(Map<String, String> form, String prefix) {
            var nested = new LinkedHashMap<String, Object>();
            form.forEach((name, value) -> {
                if (name.startsWith(prefix + "[") && name.indexOf(']') == name.length() - 1) {
                    nested.put(name.substring(prefix.length() + 1, name.length() - 1), value);
                }
            });
            return nested;
        }

        /** Stripe.js confirming with the publishable key and the intent's client secret; then Stripe's webhook. */
        private ResponseDefinition confirmFromBrowser(String id, Map<String, String> form) {
            var intent = intents.get(id);
            if (intent == null || !intent.get("client_secret").equals(form.get("client_secret")) || !form.getOrDefault("key", "").startsWith("pk_")) {
                return cors(error(404, "invalid_request_error", "No such payment_intent: '" + id + "'"));
            }
            boolean declined = "4000000000000002".equals(form.get("payment_method_data[card][number]"));
            String type = declined ? "payment_intent.payment_failed" : "payment_intent.succeeded";
            String event = event(type, id, declined ? "Your card was declined." : null);
            intent.put("status", declined ? "requires_payment_method" : "succeeded");
            String endpoint = webhookEndpoint;
            if (endpoint != null) { // Stripe posts its event a moment after answering the browser
                Thread.ofVirtual().start(() -> post(endpoint, event));
            }
            return cors(declined ? error(402, "card_error", "Your card was declined.") : json(200, JSON.writeValueAsString(visible(intent))));
        }

        private static void post(String endpoint, String event) {
            try {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint)).header("Content-Type", "application/json")
                        .header("Stripe-Signature", signature(event)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(event)).build();
                java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("Could not deliver " + event, e);
            }
        }

        private static ResponseDefinition cors(ResponseDefinition response) {
            return com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.like(response).withHeader("Access-Control-Allow-Origin", "*").build();
        }

        private static Map<String, Object> visible(Map<String, Object> intent) {
            var copy = new LinkedHashMap<>(intent);
            copy.remove("_account");
            return copy;
        }

        private static Map<String, String> metadata(Map<String, String> form) {
            var metadata = new LinkedHashMap<String, String>();
            form.forEach((name, value) -> {
                if (name.startsWith("metadata[")) {
                    metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
                }
            });
            return metadata;
        }

        private static Map<String, String> form(String body) {
            var form = new LinkedHashMap<String, String>();
            if (body == null || body.isBlank()) {
                return form;
            }
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return form;
        }

        private static ResponseDefinition json(int status, String body) {
            return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withHeader("Request-Id", "req_local").withBody(body).build();
        }

        private static ResponseDefinition error(int status, String type, String message) {
            return json(status, JSON.writeValueAsString(Map.of("error", Map.of("type", type, "message", message))));
        }
    }

    /** Every test context talks to this server, with the test webhook secret. */
    public static final class ContextCustomizerFactory implements org.springframework.test.context.ContextCustomizerFactory {

        @Override
        public org.springframework.test.context.ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<org.springframework.test.context.ContextConfigurationAttributes> attributes) {
            return new Customizer();
        }
    }

    private static final class Customizer extends EveryContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration configuration) {
            var properties = new LinkedHashMap<String, Object>();
            properties.put("feira.stripe.api-key", API_KEY);
            properties.put("feira.stripe.api-base", get().baseUrl());
            properties.put("feira.stripe.webhook-secret", WEBHOOK_SECRET);
            properties.put("feira.stripe.billing-webhook-secret", BILLING_WEBHOOK_SECRET);
            properties.put("feira.stripe.publishable-key", "pk_test_local");
            properties.put("feira.stripe.js-url", get().baseUrl() + "/v3/stripe.js");
            context.getEnvironment().getPropertySources()
                    .addFirst(new org.springframework.core.env.MapPropertySource("local-stripe", properties));
        }

    }
}
