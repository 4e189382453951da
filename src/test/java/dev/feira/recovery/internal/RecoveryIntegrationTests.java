package dev.feira.recovery.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.People;
import dev.feira.identity.PortalUser;
import dev.feira.identity.Role;
import dev.feira.notification.Notifications;
import dev.feira.recovery.AbandonmentRules;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Status;
import dev.feira.recovery.RecoveryMetrics;
import dev.feira.recovery.RuleDefinition;
import dev.feira.recovery.RuleDefinition.Action;
import dev.feira.recovery.RuleRefusal;
import dev.feira.shared.Money;
import dev.feira.shared.TenantContext;
import dev.feira.shared.TenantId;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.testing.Acting;
import dev.feira.testing.IntegrationApiClient;
import dev.feira.testing.MovableClock;
import dev.feira.testing.OtherInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Ferragens Paulista's default rules on Construtora Horizonte's cart (its rep: Carlos Lima), with
 * the clock moved forward instead of waiting days.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecoveryIntegrationTests {

    static final String HOST = "ferragens.localhost";

    @LocalServerPort
    int port;
    @Autowired
    RecoveryEngine engine;
    @Autowired
    CartWatches watches;
    @Autowired
    RecoveryAlerts alerts;
    @Autowired
    AbandonmentRules rulesAsCalled;
    /** The rules as the platform's operator changes them (rules are an administrator's; the engine is what is tested here). */
    AbandonmentRules rules;
    @Autowired
    RecoveryMetrics metrics;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    BuyerAccountDirectory accounts;
    @Autowired
    People people;
    @Autowired
    Notifications notifications;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    dev.feira.webhooks.Webhooks webhooks;
    @Autowired
    dev.feira.rfq.Rfqs rfqs;
    @Autowired
    dev.feira.rfq.Quotes quotes;
    @Autowired
    HikariDataSource database;
    @Autowired
    dev.feira.ordering.Carts carts;
    @Autowired
    RepNotices repNotices;
    @Autowired
    AlertStore alertStore;

    private final MovableClock clock = MovableClock.get();
    private IntegrationApiClient api;
    private Set<UUID> earlierAlerts; // the company's cart is the same in every test: its earlier episodes' alerts stay
    private String horizonte;
    private TenantId ferragens;

    @BeforeEach
    void emptyCart() {
        rules = asOperator(rulesAsCalled);
        api = new IntegrationApiClient(port);
        horizonte = api.token("horizonte-compras", "horizonte-compras-secret-123");
        api.delete(HOST, "/api/v1/carts/current", horizonte);
        ferragens = tenants.bySlug("ferragens").orElseThrow().id();
        earlierAlerts = as(() -> alerts.visible(Set.of(), 0, 10_000)).stream().map(RecoveryAlerts.Alert::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    @AfterEach
    void putBack() {
        api.delete(HOST, "/api/v1/carts/current", horizonte);
        clock.reset();
    }

    @Test
    void aBigCartIdleTwoDaysAlertsTheRepOnceAndItsOrderCountsAsRecovered() {
        var period = new RecoveryMetrics.Filter(java.time.Instant.now().minus(Duration.ofDays(1)), java.time.Instant.now().plus(Duration.ofDays(5)),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
        var before = as(() -> metrics.report(period)).summary();
        var cart = fillCart(40); // 40 × R$ 1.648,70 at Horizonte's prices: over R$ 50.000
        var carlos = staff("carlos.lima@ferragenspaulista.com.br");
        long noticesBefore = notifications.unread(carlos.id());

        assertThat(as(() -> engine.sweepCurrentSupplier(clock.instant()))).isZero();
        clock.advance(Duration.ofHours(49));
        as(() -> engine.sweepCurrentSupplier(clock.instant()));

        // A cart event still being handled holds the cart's watch: that cart fires when it is done
        await().atMost(Duration.ofSeconds(30)).until(() -> !as(() -> alertsOfCart(cart)).isEmpty());
        var raised = as(() -> alertsOfCart(cart));
        assertThat(raised).hasSize(1);
        var alert = raised.getFirst();
        assertThat(alert.rule()).isEqualTo("Carrinho grande parado há 48 h");
        assertThat(alert.buyerName()).isEqualTo("Construtora Horizonte Ltda.");
        assertThat(alert.salesRep()).contains(carlos.id());
        assertThat(alert.value().amount()).isGreaterThan(new java.math.BigDecimal("50000"));
        assertThat(alert.respondBy()).isPresent();
        await().atMost(Duration.ofSeconds(30)).until(() -> notifications.unread(carlos.id()) > noticesBefore);
        assertThat(notifications.latest(carlos.id(), 1).getFirst().key()).isEqualTo("recovery-alert");

        // Later sweeps, also after more idle hours, leave it at one alert for this episode
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        clock.advance(Duration.ofHours(1));
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        assertThat(as(() -> alertsOfCart(cart))).hasSize(1);

        var called = as(() -> alerts.logContact(alert.id(), RecoveryAlerts.Channel.CALL, "Liguei: aguardam o orçamento da obra"));
        assertThat(called.firstContactAt()).isPresent();
        assertThat(called.status()).isEqualTo(Status.ACKNOWLEDGED);

        clock.reset(); // the buyer orders now (the cart's events carry the system's time)
        var order = api.body(api.postWithHeader(HOST, "/api/v1/orders", horizonte, "Idempotency-Key", UUID.randomUUID().toString()));
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alerts.byId(alert.id()).status()) == Status.RECOVERED);
            var recovered = as(() -> alerts.byId(alert.id()));
            assertThat(recovered.recoveredOrder()).contains(order.path("number").asString());
            assertThat(recovered.recoveredValue().orElseThrow().amount()).isEqualByComparingTo(order.path("total").path("amount").decimalValue());
            assertThat(as(() -> alerts.historyOfCart(cart))).extracting(RecoveryAlerts.HistoryEntry::what)
                    .containsSubsequence("ALERT", "CONTACT_CALL", "RECOVERED"); // alerts of other tests' clocks may sort after

            // The team reads what the buyer did on the cart, newest first: the order, the checkout, the line of 40
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alerts.activityOfCart(cart, 50)).getFirst().kind()
                    .equals("CONVERTED_TO_ORDER"));
            var activity = as(() -> alerts.activityOfCart(cart, 50));
            assertThat(activity).extracting(RecoveryAlerts.CartEvent::kind).containsSubsequence("CONVERTED_TO_ORDER", "CHECKOUT_STARTED",
                    "LINE_ADDED", "CREATED");
            assertThat(activity).filteredOn(e -> e.kind().equals("LINE_ADDED")).first().satisfies(added -> {
                assertThat(added.sku()).contains("FP-00129");
                assertThat(added.value().amount()).isEqualByComparingTo("63310.00");
            });
            String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
            var asked = api.get(HOST, "/api/v1/recovery/alerts/" + alert.id() + "/cart-activity?limit=5", erp);
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
            assertThat(api.body(asked).get(0).path("kind").asString()).isEqualTo("CONVERTED_TO_ORDER");
            // Whom the rep calls: Horizonte's purchaser first, with her phone and WhatsApp; another supplier reads nothing.
            var people = api.body(api.get(HOST, "/api/v1/recovery/alerts/" + alert.id() + "/buyer-contacts", erp));
            assertThat(people.get(0).path("name").asString()).isEqualTo("Patrícia Mendes");
            assertThat(people.get(0).path("whatsApp").asString()).isEqualTo("https://wa.me/5511987654321");
            assertThat(api.get(HOST, "/api/v1/recovery/alerts/" + alert.id() + "/buyer-contacts",
                    api.token("sabor-erp", "sabor-erp-secret-123")).statusCode()).isIn(403, 404);

            // The dashboard counts it: one more alert, recovered, with the order's value; the workbook says the same
            var after = as(() -> metrics.report(period));
            assertThat(after.summary().alerts()).isEqualTo(before.alerts() + 1);
            assertThat(after.summary().recovered()).isEqualTo(before.recovered() + 1);
            assertThat(after.summary().valueRecovered().amount().subtract(before.valueRecovered().amount()))
                    .isEqualByComparingTo(order.path("total").path("amount").decimalValue());
            assertThat(after.summary().repResponseTime()).isPresent();
            assertThat(after.reps()).anyMatch(rep -> rep.name().equals("Carlos Lima") && rep.contacted() >= 1);
            assertThat(after.buyers()).anyMatch(buyer -> buyer.accountNumber().equals("FP-10021") && buyer.recovered() >= 1);
            byte[] xlsx = as(() -> metrics.workbook(period, java.util.Locale.forLanguageTag("pt-BR")));
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var summary = workbook.getSheet("Resumo");
                var recoveredRow = java.util.stream.StreamSupport.stream(summary.spliterator(), false)
                        .filter(row -> row.getCell(0).getStringCellValue().equals("Recuperados")).findFirst().orElseThrow();
                assertThat(recoveredRow.getCell(1).getNumericCellValue()).isEqualTo(after.summary().recovered());
                assertThat(workbook.getSheet("Por comprador").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Comprador");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } finally {
            api.post(HOST, "/api/v1/orders/" + order.path("id").asString() + "/cancellation", horizonte, "application/json", "{}".getBytes());
        }
    }

    @Test
    void aCartThatChangesStartsANewEpisodeAndAnEmptiedCartClosesItsAlerts() {
        var cart = fillCart(40);
        clock.advance(Duration.ofHours(49));
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !as(() -> alertsOfCart(cart)).isEmpty());
        var first = as(() -> alertsOfCart(cart)).getFirst();

        // The buyer comes back and adds to the cart: a new episode, measured afresh from then
        clock.reset();
        int episode = as(() -> watch(cart).episode());
        api.post(HOST, "/api/v1/carts/current/lines", horizonte, "application/json", "{\"sku\": \"FP-00129\", \"quantity\": 1}".getBytes());
        await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> watch(cart).episode()) == episode + 1);
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        assertThat(as(() -> alertsOfCart(cart))).hasSize(1);
        clock.advance(Duration.ofHours(49));
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alertsOfCart(cart)).size() == 2);

        api.delete(HOST, "/api/v1/carts/current", horizonte);
        await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alertsOfCart(cart)).stream().noneMatch(RecoveryAlerts.Alert::isOpen));
        assertThat(as(() -> alerts.byId(first.id())).status()).isEqualTo(Status.CLOSED);
    }

    /**
     * The instance that saw the cart go idle stops; another starts after the rule's 48 hours (its
     * clock two days on). The cart's facts and the rules' sweeps live in the database: the new
     * instance fires the alert, once, however often it sweeps.
     */
    @Test
    void aRestartBetweenTheCartGoingIdleAndItsDueTimeStillFiresOnce() {
        UUID cart;
        try (var before = instance(Duration.ZERO)) {
            var beforeApi = new IntegrationApiClient(OtherInstance.port(before));
            String token = beforeApi.token("horizonte-compras", "horizonte-compras-secret-123");
            var sent = java.time.Instant.now();
            var added = beforeApi.post(HOST, "/api/v1/carts/current/lines", token, "application/json",
                    "{\"sku\": \"FP-00129\", \"quantity\": 40}".getBytes());
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            cart = UUID.fromString(beforeApi.body(added).path("id").asString());
            UUID watched = cart;
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> watches(watched) && !watch(watched).lastChangeAt().isBefore(sent)));
        }
        assertThat(as(() -> alertsOfCart(cart))).isEmpty();

        try (var after = instance(Duration.ofHours(49))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alertsOfCart(cart)).size() == 1);
            var engineAfter = after.getBean(RecoveryEngine.class);
            var later = Clock.offset(Clock.systemUTC(), Duration.ofHours(50)).instant();
            as(() -> engineAfter.sweepCurrentSupplier(later));
            as(() -> engineAfter.sweepCurrentSupplier(later));
            assertThat(as(() -> alertsOfCart(cart))).singleElement().satisfies(alert -> {
                assertThat(alert.rule()).isEqualTo("Carrinho grande parado há 48 h");
                assertThat(alert.value().amount()).isGreaterThan(new java.math.BigDecimal("50000"));
            });
        }
    }

    /** Another instance of the application on this database, its clock {@code ahead}, sweeping every second. */
    private ConfigurableApplicationContext instance(Duration ahead) {
        return OtherInstance.start(database, Clock.offset(Clock.systemUTC(), ahead), "--feira.recovery.sweep-interval=PT1S",
                "--feira.recovery.sweep-initial-delay=PT0S");
    }

    @Test
    void sweepsRunningAtOnceAsOnTwoInstancesFireOnce() throws Exception {
        var cart = fillCart(40);
        clock.advance(Duration.ofHours(49));
        var sweepers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = sweepers.submit(() -> as(() -> engine.sweepCurrentSupplier(clock.instant())));
            var second = sweepers.submit(() -> as(() -> engine.sweepCurrentSupplier(clock.instant())));
            first.get();
            second.get();
        } finally {
            sweepers.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> !as(() -> alertsOfCart(cart)).isEmpty());
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        assertThat(as(() -> alertsOfCart(cart))).hasSize(1);
    }

    /**
     * Behind a load balancer every instance sweeps reminders; two may read the same due reminder before either has noted it
     * sent, a moment apart. The rep is reminded once.
     */
    @Test
    void aReminderSweptByTwoInstancesAtOnceRemindsTheRepOnce() {
        var cart = fillCart(40);
        clock.advance(Duration.ofHours(49));
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !as(() -> alertsOfCart(cart)).isEmpty());
        var alert = as(() -> alertsOfCart(cart)).getFirst();
        var carlos = staff("carlos.lima@ferragenspaulista.com.br");
        var due = clock.instant().plus(Duration.ofHours(1));
        var writing = new org.springframework.transaction.support.TransactionTemplate(transactions);
        Runnable reminderPending = () -> as(() -> writing.execute(status -> {
            alertStore.findById(alert.id()).orElseThrow().remindAt(due, due.minusSeconds(60));
            return null;
        }));
        reminderPending.run();
        clock.advance(Duration.ofHours(2));

        as(() -> {
            repNotices.sendDueOfCurrentSupplier();
            return null;
        });
        // The other instance read the alert before this one's sweep committed, and sends a second later.
        reminderPending.run();
        clock.advance(Duration.ofSeconds(1));
        as(() -> {
            repNotices.sendDueOfCurrentSupplier();
            return null;
        });

        assertThat(notifications.latest(carlos.id(), 100).stream()
                .filter(n -> n.key().equals("recovery-reminder") && n.link().orElse("").contains(alert.id().toString()))).hasSize(1);
    }

    /**
     * Behind a load balancer the instance that raised an alert may die before its rep is told: the delivery it had begun
     * is never finished. Once that is stale, a live instance delivers it again and the rep is told.
     */
    @Test
    void anAlertWhoseInstanceDiedBeforeTellingTheRepIsToldByAnother() {
        var carlos = staff("carlos.lima@ferragenspaulista.com.br");
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(database);
        java.util.function.Supplier<Set<String>> noticesOfCarlos = () -> Set.copyOf(jdbc.queryForList(
                "select dedupe_key from notice where recipient = ? and key in ('recovery-alert', 'recovery-alerts')", String.class, carlos.id()));
        var before = noticesOfCarlos.get();
        var cart = fillCart(40);
        clock.advance(Duration.ofHours(49));
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !as(() -> alertsOfCart(cart)).isEmpty());
        var alert = as(() -> alertsOfCart(cart)).getFirst();
        String itsDelivery = "from event_publication where listener_id like '%RepNotices%' and serialized_event like '%" + alert.id() + "%'";
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("select count(*) " + itsDelivery + " and completion_date is not null", Long.class) == 1);
        var told = new java.util.HashSet<>(noticesOfCarlos.get());
        told.removeAll(before);
        assertThat(told).isNotEmpty();

        // As the dead instance left it: the notice never written, the delivery begun minutes ago and never finished.
        told.forEach(key -> jdbc.update("delete from notice where dedupe_key = ?", key));
        assertThat(jdbc.update("update event_publication set completion_date = null, status = 'PROCESSING', "
                + "publication_date = now() - interval '10 minutes' " + itsDelivery.substring(itsDelivery.indexOf("where")))).isEqualTo(1);
        assertThat(noticesOfCarlos.get()).doesNotContainAnyElementsOf(told);

        await().atMost(Duration.ofSeconds(90)).until(() -> noticesOfCarlos.get().containsAll(told));
    }

    @Test
    void aRuleCanMailTheBuyerInTheRepsNameAndTellTheSuppliersCrmThroughItsWebhooks() {
        var brl = java.util.Currency.getInstance("BRL");
        var mailing = new RuleDefinition(null, "Teste: e-mail ao comprador", true, 5, null, new Money(java.math.BigDecimal.ONE, brl), null,
                null, List.of("FP-10021"), null, false, null, null, null, EnumSet.of(Action.ALERT_REP, Action.EMAIL_BUYER), null, null, null, null, null, null);
        var rule = as(() -> rules.save(mailing));
        var subscription = Acting.asSupplier(ferragens, () -> webhooks.subscribe("http://127.0.0.1:9/crm", Set.of("recovery.alert_raised")));
        try {
            var patricia = people.ofBuyerCompany(as(() -> accounts.byAccountNumber("FP-10021").orElseThrow()).buyerCompanyId()).stream()
                    .filter(p -> p.username().equals("compras@construtorahorizonte.com.br")).findFirst().orElseThrow();
            fillCart(3);
            clock.advance(Duration.ofHours(6));
            as(() -> engine.sweepCurrentSupplier(clock.instant()));

            // Other tests move the clock on, so notices of theirs may sort after this one: look among many.
            java.util.function.Predicate<dev.feira.notification.Notifications.Received> thisCartsMail = n -> n.key().equals("recovery-buyer-email")
                    && n.arguments().get(1).startsWith("3 × ");
            await().atMost(Duration.ofSeconds(30)).until(() -> notifications.latest(patricia.id(), 50).stream().anyMatch(thisCartsMail));
            var mail = notifications.latest(patricia.id(), 50).stream().filter(thisCartsMail).findFirst().orElseThrow();
            assertThat(mail.arguments().get(0)).isEqualTo("Carlos Lima");
            assertThat(mail.arguments().get(1)).contains("3 × Arruela de Pressão M16 Aço Inox A2 (FP-00129)");
            await().atMost(Duration.ofSeconds(30)).until(() -> Acting.asSupplier(ferragens, () -> webhooks.deliveries(subscription.id(), 10)).stream()
                    .anyMatch(d -> d.eventType().equals("recovery.alert_raised")));
        } finally {
            Acting.asSupplier(ferragens, () -> {
                webhooks.unsubscribe(subscription.id());
                return null;
            });
            as(() -> {
                rules.delete(rule.id());
                return null;
            });
        }
    }

    @Test
    void aBuyerLookingAtTheCartAgainWithinTheHourIsOneViewInItsActivity() {
        var cart = fillCart(40);
        clock.advance(Duration.ofHours(49));
        as(() -> engine.sweepCurrentSupplier(clock.instant())); // an alert: the team may read the cart's activity
        await().atMost(Duration.ofSeconds(30)).until(() -> !as(() -> alertsOfCart(cart)).isEmpty());
        java.util.function.Supplier<Long> views = () -> as(() -> alerts.activityOfCart(cart, 500)).stream()
                .takeWhile(e -> !e.kind().equals("LINE_ADDED")).filter(e -> e.kind().equals("VIEWED")).count();
        assertThat(views.get()).isZero();
        api.get(HOST, "/api/v1/carts/current", horizonte);
        await().atMost(Duration.ofSeconds(30)).until(() -> views.get() == 1);
        api.get(HOST, "/api/v1/carts/current", horizonte);
        api.get(HOST, "/api/v1/carts/current", horizonte);
        // Published when each request committed: once none waits, both views were handled
        await().atMost(Duration.ofSeconds(30)).until(this::noIncompleteRecoveryEvents);
        assertThat(views.get()).isEqualTo(1);
    }

    /**
     * Moves the quote's submission that far back, as far as its watch knows: time passing for this quote alone (the
     * shared clock stays where it is, so nothing else comes due).
     */
    private void quoteSubmittedAgo(UUID invitation, Duration ago) {
        as(() -> new TransactionTemplate(transactions).execute(status -> new org.springframework.jdbc.core.JdbcTemplate(database).update(
                "update cart_watch set state_since = state_since - make_interval(secs => ?) where cart_id = ?", ago.toSeconds(), invitation)));
    }

    @Test
    void aQuoteLeftUndecidedIsFollowedUpByTheRepLikeACartAndItsAwardCountsAsRecovered() {
        var brl = java.util.Currency.getInstance("BRL");
        var carlos = staff("carlos.lima@ferragenspaulista.com.br");
        var rule = as(() -> rules.save(new RuleDefinition(null, "Teste: cotação sem decisão 2 dias", true, null, null, null, null, null,
                List.of(), null, false, null, null, 2, EnumSet.of(Action.ALERT_REP, Action.CALL_TASK), 24, 24, null, null, null, null)));
        TenantId escritorio = tenants.bySlug("escritorio").orElseThrow().id();
        String patricia = "compras@construtorahorizonte.com.br";
        try {
            var draft = new dev.feira.rfq.RfqDraft("Teste: cotação parada", null, null, clock.instant().plus(Duration.ofMinutes(10)), null, false,
                    dev.feira.rfq.RfqDraft.AwardMode.PER_LINE, null, List.of(dev.feira.rfq.RfqDraft.Line.typed("Parafuso sextavado M10", 500, "UN")));
            var rfq = Acting.asPerson(patricia, null, () -> rfqs.create(draft, Set.of(ferragens, escritorio)));
            String number = Acting.asPerson(patricia, null, () -> rfqs.publish(rfq)).number();
            var invitation = await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asSupplier(ferragens, () -> quotes.inbox(
                    java.util.Optional.empty(), 0, 50)).stream().filter(i -> i.rfqNumber().equals(number)).findFirst(),
                    java.util.Optional::isPresent).orElseThrow().id();
            UUID line = Acting.asSupplier(ferragens, () -> quotes.open(invitation)).orElseThrow().lines().getFirst().lineId();
            Acting.asPerson(carlos.username(), ferragens, () -> quotes.submit(invitation, new dev.feira.rfq.QuoteDraft("BRL",
                    java.time.LocalDate.now(java.time.ZoneId.of("America/Sao_Paulo")).plusDays(30), "28 dias", dev.feira.pricing.TradeTerms.Freight.CIF,
                    java.math.BigDecimal.ZERO, null, List.of(new dev.feira.rfq.QuoteDraft.Line(line, new java.math.BigDecimal("0.84"), 500, "UN", 3,
                            null, null, null)))));

            // Just submitted: not yet. Two days later (the watch's clock moved, as a sweep sees it): the rule holds, once.
            await().atMost(Duration.ofSeconds(20)).until(() -> watchState(invitation.value()).equals("QUOTED"));
            as(() -> engine.sweepCurrentSupplier(clock.instant()));
            assertThat(as(() -> alertsOfCart(invitation.value()))).isEmpty();
            quoteSubmittedAgo(invitation.value(), Duration.ofDays(2).plusSeconds(30));
            as(() -> engine.sweepCurrentSupplier(clock.instant()));
            as(() -> engine.sweepCurrentSupplier(clock.instant()));
            var raised = as(() -> alertsOfCart(invitation.value()));
            assertThat(raised).singleElement().satisfies(alert -> {
                assertThat(alert.quoteRfq()).contains(number);
                assertThat(alert.rule()).isEqualTo("Teste: cotação sem decisão 2 dias");
                assertThat(alert.salesRep()).contains(carlos.id());
                assertThat(alert.value().amount()).isEqualByComparingTo("420.00");
                assertThat(alert.callDueAt()).isPresent();
            });
            var cartsRuleOnQuotes = new RuleDefinition(null, "Teste: misturada", true, 5, null, null, null, null, List.of(), null, false, null,
                    null, 2, EnumSet.of(Action.ALERT_REP), null, null, null, null, null, null);
            assertThat(catchThrowableOfType(RuleRefusal.class, () -> as(() -> rules.save(cartsRuleOnQuotes))).reason()).isEqualTo("quote-and-cart");

            // The buyer awards it: the alert counts as recovered, with the order.
            clock.advance(Duration.ofMinutes(11));
            await().atMost(Duration.ofSeconds(20)).until(() -> Acting.asPerson(patricia, null, () -> rfqs.byId(rfq)).orElseThrow()
                    .status() == dev.feira.rfq.RfqStatus.CLOSED);
            var awarded = Acting.asPerson(patricia, null, () -> rfqs.award(rfq, List.of(new dev.feira.rfq.AwardLine(line, ferragens, 500))));
            String order = awarded.awarded().getFirst().orderNumber();
            await().atMost(Duration.ofSeconds(20)).until(() -> as(() -> alertsOfCart(invitation.value())).getFirst().status() == Status.RECOVERED);
            var recovered = as(() -> alertsOfCart(invitation.value())).getFirst();
            assertThat(recovered.recoveredOrder()).contains(order);
            assertThat(recovered.recoveredValue().orElseThrow().amount()).isEqualByComparingTo("420.00");
            assertThat(watchState(invitation.value())).isEqualTo("QUOTE_DECIDED");
        } finally {
            as(() -> rules.delete(rule.id()));
        }
    }

    private String watchState(UUID watched) {
        return as(() -> new TransactionTemplate(transactions).execute(status -> new org.springframework.jdbc.core.JdbcTemplate(database)
                .query("select state from cart_watch where cart_id = ?", (rs, n) -> rs.getString(1), watched).stream().findFirst().orElse("")));
    }

    private boolean noIncompleteRecoveryEvents() {
        return new org.springframework.jdbc.core.JdbcTemplate(database).queryForObject(
                "select count(*) from event_publication where completion_date is null and listener_id like '%RecoveryEngine%'", Long.class) == 0;
    }

    /** FP-00129 stalls in Horizonte's and Metalúrgica Vale's carts: two carts, not three. */
    @Test
    void aRuleOnAnItemStalledInManyCartsFiresWhenEnoughCartsHoldItStalled() {
        var brl = java.util.Currency.getInstance("BRL");
        java.util.function.IntFunction<RuleDefinition> stalledIn = carts -> new RuleDefinition(null, "Teste: item parado em " + carts, true, 5,
                null, new Money(java.math.BigDecimal.ONE, brl), null, null, List.of("FP-10021"), null, false, null, carts, null,
                EnumSet.of(Action.ALERT_REP), null, null, null, null, null, null);
        var two = as(() -> rules.save(stalledIn.apply(2)));
        var three = as(() -> rules.save(stalledIn.apply(3)));
        var vale = as(() -> accounts.byAccountNumber("FP-10007").orElseThrow());
        try {
            as(() -> carts.add(vale, "FP-00129", 5, null));
            var cart = fillCart(3);
            clock.advance(Duration.ofHours(49));
            as(() -> engine.sweepCurrentSupplier(clock.instant()));
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alertsOfCart(cart)).stream()
                    .anyMatch(alert -> alert.rule().equals("Teste: item parado em 2")));
            assertThat(as(() -> alertsOfCart(cart))).extracting(RecoveryAlerts.Alert::rule).doesNotContain("Teste: item parado em 3");

            var preview = as(() -> rules.preview(stalledIn.apply(2), 30));
            assertThat(preview.estimated()).isTrue();
            assertThat(preview.buyers()).extracting(AbandonmentRules.Buyer::accountNumber).contains("FP-10021");
            assertThat(as(() -> rules.preview(stalledIn.apply(3), 30)).buyers()).extracting(AbandonmentRules.Buyer::accountNumber)
                    .doesNotContain("FP-10021");
        } finally {
            as(() -> {
                carts.empty(vale);
                rules.delete(two.id());
                rules.delete(three.id());
                return null;
            });
        }
    }

    @Test
    void aCallTaskWaitsOnTheCallListUntilSomebodyLogsTheCall() {
        var cart = fillCart(40);
        clock.advance(Duration.ofHours(73)); // the default "idle 3 days — call" rule: a call due 24 h after the alert
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alerts.callsToMake(0, 500)).stream().anyMatch(a -> a.cart().equals(cart)));
        var call = as(() -> alerts.callsToMake(0, 500)).stream().filter(a -> a.cart().equals(cart)).findFirst().orElseThrow();
        assertThat(call.rule()).isEqualTo("Carrinho parado 3 dias — ligar");
        assertThat(call.callDueAt()).contains(call.raisedAt().plus(Duration.ofHours(24)));
        long before = as(() -> alerts.countCallsToMake());

        String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        var listed = api.get(HOST, "/api/v1/recovery/calls", erp);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains(call.id().toString());

        // An e-mail is not the call the rule asked for; a call is
        as(() -> alerts.logContact(call.id(), RecoveryAlerts.Channel.EMAIL, "Orçamento reenviado"));
        assertThat(as(() -> alerts.callsToMake(0, 500))).extracting(RecoveryAlerts.Alert::id).contains(call.id());
        as(() -> alerts.logContact(call.id(), RecoveryAlerts.Channel.CALL, "Falei com a Patrícia"));
        assertThat(as(() -> alerts.callsToMake(0, 500))).extracting(RecoveryAlerts.Alert::id).doesNotContain(call.id());
        assertThat(as(() -> alerts.countCallsToMake())).isEqualTo(before - 1);
        assertThat(api.get(HOST, "/api/v1/recovery/calls", erp).body()).doesNotContain(call.id().toString());
    }

    /**
     * 1.5 % a day up to 4 %, for three days: the buyer finds it in the cart, growing per idle day;
     * the order placed with it has it taken off every line; it ends with the order.
     */
    @Test
    void aProgressiveDiscountShowsInTheBuyersCartGrowsToItsCapExpiresAndAppliesToTheOrder() {
        var brl = java.util.Currency.getInstance("BRL");
        var discount = new RuleDefinition(null, "Teste: desconto progressivo", true, 5, null, new Money(java.math.BigDecimal.ONE, brl), null,
                null, List.of("FP-10021"), null, false, null, null, null, EnumSet.of(Action.ALERT_REP, Action.PROGRESSIVE_DISCOUNT), null, null, null,
                new java.math.BigDecimal("1.5"), new java.math.BigDecimal("4"), 3);
        var rule = as(() -> rules.save(discount));
        String orderId = null;
        try {
            var cart = fillCart(3);
            var noOffer = api.body(api.get(HOST, "/api/v1/carts/current", horizonte));
            assertThat(noOffer.path("offer").isNull()).as(noOffer.toString()).isTrue();
            var total = noOffer.path("total").decimalValue();
            var unitPrice = noOffer.path("lines").get(0).path("unitPrice").decimalValue();

            clock.advance(Duration.ofHours(6));
            as(() -> engine.sweepCurrentSupplier(clock.instant()));
            await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alertsOfCart(cart)).stream()
                    .anyMatch(alert -> alert.offer().flatMap(RecoveryAlerts.Offer::madeAt).isPresent()));
            var alert = as(() -> alertsOfCart(cart)).stream().filter(a -> a.rule().equals("Teste: desconto progressivo")).findFirst().orElseThrow();
            assertThat(alert.offer().orElseThrow().capPercent()).isEqualByComparingTo("4");

            // Idle less than a day: one day's worth
            assertOffer(total, unitPrice, "1.5");
            clock.advance(Duration.ofHours(48)); // idle 2 days and 6 hours
            assertOffer(total, unitPrice, "3.0");
            clock.advance(Duration.ofHours(18)); // 3 days: 4.5 %, but the cap is 4 %
            assertOffer(total, unitPrice, "4.0");
            clock.advance(Duration.ofHours(8)); // three days after the offer was made: over
            var expired = api.body(api.get(HOST, "/api/v1/carts/current", horizonte));
            assertThat(expired.path("offer").isNull()).as(expired.toString()).isTrue();
            assertThat(expired.path("payable").decimalValue()).isEqualByComparingTo(total);

            clock.advance(Duration.ofHours(-26)); // back to 2 days and 6 hours: 3 %
            var placed = api.postWithHeader(HOST, "/api/v1/orders", horizonte, "Idempotency-Key", UUID.randomUUID().toString());
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            var order = api.body(placed);
            orderId = order.path("id").asString();
            var discounted = unitPrice.multiply(new java.math.BigDecimal("0.97")).setScale(2, java.math.RoundingMode.HALF_EVEN);
            assertThat(order.path("lines").get(0).path("unitPrice").path("amount").decimalValue()).isEqualByComparingTo(discounted);
            assertThat(order.path("total").path("amount").decimalValue()).isEqualByComparingTo(discounted.multiply(java.math.BigDecimal.valueOf(3)));
            assertThat(order.path("offerPercent").decimalValue()).isEqualByComparingTo("3.0");
            assertThat(as(() -> alerts.historyOfCart(cart))).extracting(RecoveryAlerts.HistoryEntry::what).contains("ALERT", "OFFER");

            // The offer went with the order: the next round of shopping (now, not days on) starts without it
            clock.reset();
            fillCart(3);
            var next = api.body(api.get(HOST, "/api/v1/carts/current", horizonte));
            assertThat(next.path("offer").isNull()).as(next.toString()).isTrue();
        } finally {
            if (orderId != null) {
                api.post(HOST, "/api/v1/orders/" + orderId + "/cancellation", horizonte, "application/json", "{}".getBytes());
            }
            as(() -> {
                rules.delete(rule.id());
                return null;
            });
        }
    }

    /** The cart as the API shows it: {@code percent} off each unit price, rounded to the cent, and what is left to pay. */
    private void assertOffer(java.math.BigDecimal total, java.math.BigDecimal unitPrice, String percent) {
        var cart = api.body(api.get(HOST, "/api/v1/carts/current", horizonte));
        assertThat(cart.path("offer").path("percent").decimalValue()).as(cart.toString()).isEqualByComparingTo(percent);
        var less = unitPrice.subtract(unitPrice.multiply(java.math.BigDecimal.ONE.subtract(new java.math.BigDecimal(percent).movePointLeft(2)))
                .setScale(2, java.math.RoundingMode.HALF_EVEN)).multiply(java.math.BigDecimal.valueOf(3));
        assertThat(cart.path("offer").path("discount").decimalValue()).isEqualByComparingTo(less);
        assertThat(cart.path("payable").decimalValue()).isEqualByComparingTo(total.subtract(less));
    }

    @Test
    void theDemoSuppliersHistoryHasWeeksOfAlertsFollowedUpAndRecovered() {
        // Before today: the alerts of tenants/ferragens/cart-history.csv, none of the tests' (raised now or later)
        var past = new RecoveryMetrics.Filter(java.time.Instant.now().minus(Duration.ofDays(62)), java.time.Instant.now().minus(Duration.ofDays(2)),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
        var report = as(() -> metrics.report(past));

        assertThat(report.summary().alerts()).isEqualTo(10);
        assertThat(report.summary().recovered()).isEqualTo(6);
        assertThat(report.summary().lost()).isEqualTo(2);
        assertThat(report.summary().valueRecovered().amount()).isEqualByComparingTo("497430.00");
        assertThat(report.summary().repResponseTime()).contains(Duration.ofMinutes(14 * 60 + 30)); // 116 h over 8 contacts
        assertThat(report.days()).hasSize(9).extracting(RecoveryMetrics.Day::alerts).containsOnly(1L, 2L); // two on one day
        assertThat(report.buyers()).extracting(RecoveryMetrics.BuyerRow::accountNumber).containsExactlyInAnyOrder("FP-10007", "FP-10021");

        // A lost cart sat idle until its alert was closed, not until today
        var lost = as(() -> alerts.visible(Set.of(Status.LOST), 0, 1000)).stream()
                .filter(alert -> alert.outcomeNote().equals(java.util.Optional.of("Projeto adiado para o ano que vem"))).findFirst().orElseThrow();
        assertThat(lost.contacts()).extracting(RecoveryAlerts.Contact::channel).containsExactly(RecoveryAlerts.Channel.EMAIL);
        assertThat(lost.idleFor(java.time.Instant.now().plus(Duration.ofDays(30))))
                .isEqualTo(Duration.between(lost.idleSince(), lost.closedAt().orElseThrow())).isLessThan(Duration.ofDays(11));
    }

    @Test
    void aDeletedRulesAlertsStayWithTheirFollowUp() {
        var brl = java.util.Currency.getInstance("BRL");
        var shortLived = new RuleDefinition(null, "Teste: regra excluída", true, 5, null, new Money(java.math.BigDecimal.ONE, brl), null,
                null, null, null, false, null, null, null, EnumSet.of(Action.ALERT_REP), null, null, null, null, null, null);
        var rule = as(() -> rules.save(shortLived));
        var cart = fillCart(3);
        clock.advance(Duration.ofHours(6));
        as(() -> engine.sweepCurrentSupplier(clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> alertsOfCart(cart)).stream()
                .anyMatch(alert -> alert.rule().equals("Teste: regra excluída")));
        var alert = as(() -> alertsOfCart(cart)).stream().filter(a -> a.rule().equals("Teste: regra excluída")).findFirst().orElseThrow();
        as(() -> alerts.logContact(alert.id(), RecoveryAlerts.Channel.CALL, "Vai fechar amanhã"));

        as(() -> {
            rules.delete(rule.id());
            return null;
        });

        assertThat(as(() -> rules.all())).extracting(RuleDefinition::name).doesNotContain("Teste: regra excluída");
        var kept = as(() -> alerts.byId(alert.id()));
        assertThat(kept.rule()).isEqualTo("Teste: regra excluída");
        assertThat(kept.isOpen()).isTrue();
        assertThat(kept.contacts()).extracting(RecoveryAlerts.Contact::note).containsExactly("Vai fechar amanhã");
    }

    @Test
    void aRuleOfAnotherSupplierNeverSeesThisSuppliersCarts() {
        var sabor = tenants.bySlug("sabor").orElseThrow();
        var anything = new RuleDefinition(null, "Qualquer carrinho parado 1 h", true, 1, null,
                new Money(java.math.BigDecimal.ONE, sabor.currency()), null, null, null, null, false, null, null, null, EnumSet.of(Action.ALERT_REP),
                null, null, null, null, null, null);
        var rule = TenantContext.callAs(sabor.id(), () -> rules.save(anything));
        try {
            var cart = fillCart(40);
            clock.advance(Duration.ofHours(49));
            TenantContext.callAs(sabor.id(), () -> engine.sweepCurrentSupplier(clock.instant()));
            as(() -> engine.sweepCurrentSupplier(clock.instant()));
            await().atMost(Duration.ofSeconds(30)).until(() -> !as(() -> alertsOfCart(cart)).isEmpty());

            assertThat(as(() -> alertsOfCart(cart))).extracting(RecoveryAlerts.Alert::rule).containsExactly("Carrinho grande parado há 48 h");
            assertThat(TenantContext.callAs(sabor.id(), () -> alerts.visible(Set.of(), 0, 1000)))
                    .noneMatch(alert -> alert.cart().equals(cart));
        } finally {
            TenantContext.runAs(sabor.id(), () -> rules.delete(rule.id()));
        }
    }

    @Test
    void aRulePreviewShowsTheCartsAndBuyersItWouldHaveFiredOnWithoutSavingIt() {
        fillCart(40); // R$ 63.310 at Horizonte's prices
        clock.advance(Duration.ofHours(49));
        var brl = java.util.Currency.getInstance("BRL");
        var bigAndIdle = new RuleDefinition(null, "Prévia", true, 48, null, new Money(new java.math.BigDecimal("50000"), brl), null, null, null,
                null, false, null, null, null, EnumSet.of(Action.ALERT_REP), null, null, null, null, null, null);

        var preview = as(() -> rules.preview(bigAndIdle, 30));
        assertThat(preview.buyers()).filteredOn(buyer -> "FP-10021".equals(buyer.accountNumber())).singleElement().satisfies(buyer -> {
            assertThat(buyer.name()).isEqualTo("Construtora Horizonte Ltda.");
            assertThat(buyer.largest().amount()).isEqualByComparingTo("63310.00");
        });
        assertThat(preview.carts()).isGreaterThanOrEqualTo(1);
        assertThat(preview.estimated()).isFalse();
        // Idle not long enough, or not big enough: not Horizonte's cart
        assertThat(as(() -> rules.preview(withIdle(bigAndIdle, 72), 30)).buyers()).extracting(AbandonmentRules.Buyer::accountNumber)
                .doesNotContain("FP-10021");
        assertThat(as(() -> rules.preview(withThreshold(bigAndIdle, Money.of("70000", "BRL")), 30)).buyers())
                .extracting(AbandonmentRules.Buyer::accountNumber).doesNotContain("FP-10021");
        assertThatThrownBy(() -> as(() -> rules.preview(withIdle(bigAndIdle, -1), 30))).isInstanceOf(RuleRefusal.class);
        assertThat(as(() -> rules.all())).extracting(RuleDefinition::name).doesNotContain("Prévia");

        // The supplier's CRM asks the same, leaving out what it does not need
        String erp = api.token("ferragens-erp", "ferragens-erp-secret-123");
        var asked = api.post(HOST, "/api/v1/recovery/rules/preview?days=30", erp, "application/json",
                "{\"name\": \"Prévia\", \"idleHours\": 48, \"minValue\": {\"amount\": 50000, \"currency\": \"BRL\"}, \"actions\": [\"ALERT_REP\"]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(asked.body()).contains("FP-10021");
        var nonsense = api.post(HOST, "/api/v1/recovery/rules/preview", erp, "application/json",
                "{\"name\": \"Prévia\", \"idleHours\": -4, \"actions\": [\"ALERT_REP\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(nonsense.statusCode()).isEqualTo(400);
        assertThat(nonsense.body()).contains("Idle time (hours) must be between 1 and 8,760, not -4");
    }

    @Test
    void nonsenseRulesAreRefusedWithAClearMessage() {
        var brl = java.util.Currency.getInstance("BRL");
        var fine = new RuleDefinition(null, "Teste", true, 48, null, new Money(new java.math.BigDecimal("1000"), brl), null, null, null, null,
                false, null, null, null, EnumSet.of(Action.ALERT_REP), null, null, null, null, null, null);

        assertThatThrownBy(() -> as(() -> rules.save(withIdle(fine, -2)))).isInstanceOf(RuleRefusal.class)
                .hasMessageContaining("Idle time (hours) must be between 1 and");
        assertThatThrownBy(() -> as(() -> rules.save(withThreshold(fine, Money.of("1000", "USD"))))).isInstanceOf(RuleRefusal.class)
                .hasMessage("The threshold 1000 is in USD, but this supplier's carts are in BRL");
        assertThatThrownBy(() -> as(() -> rules.save(withActions(fine, Set.of())))).isInstanceOf(RuleRefusal.class)
                .hasMessageStartingWith("Choose at least one action");
        assertThatThrownBy(() -> as(() -> rules.save(withActions(fine, Set.of(Action.CALL_TASK))))).isInstanceOf(RuleRefusal.class)
                .hasMessage("Call task due in (hours): this action needs it");
        assertThat(as(() -> rules.all())).extracting(RuleDefinition::name).doesNotContain("Teste");

        // Said in the reader's language in the app: Ferragens' admins read Portuguese
        var portuguese = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.forLanguageTag("pt-BR"));
        java.util.function.BiFunction<String, Object[], String> inPortuguese = (key, arguments) ->
                new java.text.MessageFormat(portuguese.getString(key), java.util.Locale.forLanguageTag("pt-BR")).format(arguments);
        assertThat(catchThrowableOfType(RuleRefusal.class, () -> as(() -> rules.save(withIdle(fine, -2)))).text(inPortuguese))
                .isEqualTo("Tempo parado (horas) deve estar entre 1 e 8.760, não -2");
        assertThat(catchThrowableOfType(RuleRefusal.class, () -> as(() -> rules.save(withThreshold(fine, Money.of("1000", "USD"))))).text(inPortuguese))
                .isEqualTo("O limite 1000 está em USD, mas os carrinhos deste fornecedor são em BRL");
    }

    private UUID fillCart(int quantity) {
        var added = api.post(HOST, "/api/v1/carts/current/lines", horizonte, "application/json",
                ("{\"sku\": \"FP-00129\", \"quantity\": " + quantity + "}").getBytes());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        UUID cart = UUID.fromString(api.body(added).path("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> as(() -> watches(cart)));
        return cart;
    }

    private boolean watches(UUID cart) {
        return new TransactionTemplate(transactions).execute(status -> watches.lockedWatch(cart).isPresent());
    }

    private CartWatches.Watch watch(UUID cart) {
        return new TransactionTemplate(transactions).execute(status -> watches.lockedWatch(cart).orElseThrow());
    }

    private List<RecoveryAlerts.Alert> alertsOfCart(UUID cart) {
        return alerts.visible(Set.of(), 0, 10_000).stream().filter(alert -> alert.cart().equals(cart) && !earlierAlerts.contains(alert.id()))
                .toList();
    }

    private PortalUser staff(String username) {
        return people.staffOf(ferragens, Role.SALES_REP).stream().filter(p -> p.username().equals(username)).findFirst().orElseThrow();
    }

    private <T> T as(Supplier<T> work) {
        return TenantContext.callAs(ferragens, work);
    }

    @Autowired
    dev.feira.identity.SupportAccess support;

    /** The rules as an operator edits them: through support access to the supplier at hand (opened whenever it has lapsed). */
    private AbandonmentRules asOperator(AbandonmentRules rules) {
        return (AbandonmentRules) java.lang.reflect.Proxy.newProxyInstance(AbandonmentRules.class.getClassLoader(),
                new Class<?>[] {AbandonmentRules.class}, (proxy, method, arguments) -> {
                    var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
                    signIn("operador@feira.com.br");
                    var supplier = TenantContext.current().orElseGet(() -> tenants.bySlug("ferragens").orElseThrow().id());
                    if (support.current(supplier).isEmpty()) {
                        support.open(supplier, "Recovery rules set up for the tests", dev.feira.identity.SupportAccess.LONGEST);
                    }
                    try {
                        return method.invoke(rules, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
                    }
                });
    }

    private static void signIn(String username) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
    }

    @Test
    void onlyTheSuppliersAdminsItsSystemsAndOperatorsChangeItsRules() {
        try {
            signIn("carlos.lima@ferragenspaulista.com.br");
            assertThatThrownBy(() -> as(() -> rulesAsCalled.delete(UUID.randomUUID()))).as("a sales rep")
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            signIn("admin@sabordocampo.com.br");
            assertThatThrownBy(() -> as(() -> rulesAsCalled.delete(UUID.randomUUID()))).as("another supplier's admin")
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            signIn("admin@ferragenspaulista.com.br");
            assertThat(as(() -> rulesAsCalled.delete(UUID.randomUUID()))).as("its own admin: allowed, nothing to delete").isFalse();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThatThrownBy(() -> as(() -> rulesAsCalled.delete(UUID.randomUUID()))).as("nobody signed in")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static RuleDefinition withIdle(RuleDefinition r, Integer hours) {
        return new RuleDefinition(r.id(), r.name(), r.enabled(), hours, r.unchangedDays(), r.minValue(), r.maxValue(), r.customerCategory(),
                r.pilotAccounts(), r.noSignInDays(), r.checkoutAbandoned(), r.awaitingApprovalDays(), r.stalledItemCarts(), r.quoteIdleDays(), r.actions(), r.callDueHours(),
                r.responseSlaHours(), r.escalateAfterHours(), r.discountPercentPerDay(), r.discountCapPercent(),
                r.discountValidDays());
    }

    private static RuleDefinition withThreshold(RuleDefinition r, Money min) {
        return new RuleDefinition(r.id(), r.name(), r.enabled(), r.idleHours(), r.unchangedDays(), min, r.maxValue(), r.customerCategory(),
                r.pilotAccounts(), r.noSignInDays(), r.checkoutAbandoned(), r.awaitingApprovalDays(), r.stalledItemCarts(), r.quoteIdleDays(), r.actions(), r.callDueHours(),
                r.responseSlaHours(), r.escalateAfterHours(), r.discountPercentPerDay(), r.discountCapPercent(),
                r.discountValidDays());
    }

    private static RuleDefinition withActions(RuleDefinition r, Set<Action> actions) {
        return new RuleDefinition(r.id(), r.name(), r.enabled(), r.idleHours(), r.unchangedDays(), r.minValue(), r.maxValue(),
                r.customerCategory(), r.pilotAccounts(), r.noSignInDays(), r.checkoutAbandoned(), r.awaitingApprovalDays(), r.stalledItemCarts(), r.quoteIdleDays(), actions,
                r.callDueHours(), r.responseSlaHours(), r.escalateAfterHours(), r.discountPercentPerDay(), r.discountCapPercent(),
                r.discountValidDays());
    }
}
