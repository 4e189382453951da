package dev.feira.recovery.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.identity.CatalogAccess;
import dev.feira.ordering.Carts;
import dev.feira.ordering.PricedCart;
import dev.feira.recovery.RecoveryAlerts;
import dev.feira.recovery.RecoveryAlerts.Alert;
import dev.feira.recovery.RecoveryAlerts.Channel;
import dev.feira.recovery.RecoveryAlerts.Status;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/**
 * One alert, worked: the buyer's cart as it is now (items, prices), the response timer, and the
 * follow-up — acknowledge, log a contact with notes, set a reminder, record the outcome — with the
 * cart's whole story underneath.
 */
@Route(value = "recovery/alerts/:id", layout = MainLayout.class)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP"})
class RecoveryAlertView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    /** The cart's latest events on the page; the API gives more. */
    private static final int ACTIVITY_SHOWN = 50;

    private final transient RecoveryAlerts alerts;
    private final transient Carts carts;
    private final transient BuyerAccountDirectory accounts;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient Clock clock;
    private final transient dev.feira.identity.BuyerContacts contacts;
    private UUID alertId;

    RecoveryAlertView(RecoveryAlerts alerts, Carts carts, BuyerAccountDirectory accounts, TenantDirectory tenants, CatalogAccess access,
                      Clock clock, dev.feira.identity.BuyerContacts contacts) {
        this.contacts = contacts;
        this.alerts = alerts;
        this.carts = carts;
        this.accounts = accounts;
        this.tenants = tenants;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("recovery.alert"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isEmpty()) {
            return;
        }
        try {
            alertId = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            show(alerts.byId(alertId));
        } catch (IllegalArgumentException | RecoveryAlerts.UnknownAlert unknown) {
            removeAll();
            add(new H2(getTranslation("recovery.unknown")), new RouterLink(getTranslation("nav.recovery-alerts"), RecoveryAlertsView.class));
        }
    }

    private void show(Alert alert) {
        removeAll();
        var locale = getLocale();
        var now = clock.instant();
        var title = new H2(alert.quoteRfq().map(rfq -> getTranslation("recovery.quote-alert", rfq) + " · ").orElse("") + alert.buyerName()
                + " · " + alert.value().format(locale));
        title.setId("alert-title");
        var status = new Span(getTranslation("recovery.status." + alert.status()));
        status.setId("alert-status");
        status.getElement().getThemeList().add(alert.isOpen() ? "badge" : alert.status() == Status.RECOVERED ? "badge success" : "badge contrast");
        var facts = new HorizontalLayout(status, RecoveryText.timer(alert, now, this::getTranslation),
                new Span(getTranslation("recovery.rule") + ": " + alert.rule()),
                new Span(getTranslation("recovery.idle") + ": " + RecoveryText.duration(alert.idleFor(now), this::getTranslation)),
                new Span(getTranslation("recovery.rep") + ": " + alert.salesRepName().orElse("—")),
                new Span(getTranslation("recovery.account") + ": " + alert.accountNumber()));
        facts.setAlignItems(Alignment.BASELINE);
        facts.getStyle().set("flex-wrap", "wrap");
        add(new RouterLink("← " + getTranslation("nav.recovery-alerts"), RecoveryAlertsView.class), title, facts,
                new Paragraph(getTranslation("recovery.suggested") + ": " + getTranslation("recovery.action." + alert.suggestedAction())
                        + alert.callDueAt().map(at -> " · " + getTranslation("recovery.call-due", when(at))).orElse("")));
        alert.offer().ifPresent(offer -> add(offer(alert, offer, now)));
        // Whom to call: the buyer company's people, with phone and WhatsApp.
        accounts.byId(alert.buyerAccount()).ifPresent(account -> {
            var card = new dev.feira.identity.ui.BuyerContactsCard(account.buyerCompanyName(), contacts.of(account));
            card.setId("alert-contacts");
            add(card);
        });
        alert.recoveredOrder().ifPresent(order -> add(new Paragraph(getTranslation("recovery.recovered-by", order,
                alert.recoveredValue().map(v -> v.format(locale)).orElse("")))));

        if (alert.aboutQuote()) {
            // The quote itself is the supplier's quote page: its lines, revisions and the thread with the buyer.
            var quote = new com.vaadin.flow.component.html.Anchor("catalog/quotes/" + alert.cart(), getTranslation("recovery.quote-open"));
            quote.setId("alert-quote");
            add(quote);
            if (alert.isOpen()) {
                add(new H3(getTranslation("recovery.follow-up")), followUp(alert));
            }
            add(new H3(getTranslation("recovery.history")), history(alert));
            return;
        }
        if (alert.isOpen()) { // once closed, the account's cart now is another round's
            add(new H3(getTranslation("recovery.cart-now")), cartGrid(alert), new H3(getTranslation("recovery.follow-up")), followUp(alert));
        }
        add(new H3(getTranslation("recovery.history")), history(alert));
        add(new H3(getTranslation("recovery.activity")), activity(alert));
    }

    private Grid<PricedCart.Line> cartGrid(Alert alert) {
        var grid = new Grid<PricedCart.Line>();
        grid.setId("alert-cart");
        grid.setAllRowsVisible(true);
        var locale = getLocale();
        grid.addColumn(PricedCart.Line::sku).setHeader("SKU").setAutoWidth(true);
        grid.addColumn(l -> l.product().map(p -> p.name()).orElse("")).setHeader(getTranslation("recovery.product")).setFlexGrow(3);
        grid.addColumn(PricedCart.Line::quantity).setHeader(getTranslation("recovery.quantity")).setAutoWidth(true);
        grid.addColumn(l -> l.price().map(q -> q.unitPrice().format(locale)).orElse("")).setHeader(getTranslation("recovery.unit-price"));
        grid.addColumn(l -> l.price().map(q -> q.total().format(locale)).orElse("")).setHeader(getTranslation("recovery.total"));
        var buyer = accounts.byId(alert.buyerAccount());
        grid.setItems(buyer.map(carts::inspect).map(PricedCart::lines).orElse(java.util.List.of()));
        return grid;
    }

    private VerticalLayout followUp(Alert alert) {
        var acknowledge = new Button(getTranslation("recovery.acknowledge"), e -> act(() -> alerts.acknowledge(alert.id())));
        acknowledge.setId("alert-acknowledge");
        acknowledge.setEnabled(alert.acknowledgedAt().isEmpty());

        var channel = new Select<Channel>();
        channel.setId("contact-channel");
        channel.setLabel(getTranslation("recovery.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("recovery.channel." + c));
        channel.setValue(Channel.CALL);
        var note = new TextArea(getTranslation("recovery.note"));
        note.setId("contact-note");
        note.setMaxLength(2000);
        note.setWidth("28em");
        var log = new Button(getTranslation("recovery.log-contact"), e -> act(() -> alerts.logContact(alert.id(), channel.getValue(), note.getValue())));
        log.setId("contact-log");
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var contact = new HorizontalLayout(channel, note, log);
        contact.setAlignItems(Alignment.BASELINE);

        var remindAt = new DateTimePicker(getTranslation("recovery.remind-at"));
        remindAt.setId("remind-at");
        remindAt.setMin(LocalDateTime.now(zone()));
        var remind = new Button(getTranslation("recovery.remind"), e -> {
            if (remindAt.getValue() != null) {
                act(() -> alerts.remindAt(alert.id(), remindAt.getValue().atZone(zone()).toInstant()));
            }
        });
        remind.setId("remind");
        var reminder = new HorizontalLayout(remindAt, remind);
        reminder.setAlignItems(Alignment.BASELINE);

        var outcomeNote = new TextField(getTranslation("recovery.outcome-note"));
        outcomeNote.setId("outcome-note");
        outcomeNote.setWidth("24em");
        var recovered = new Button(getTranslation("recovery.mark-recovered"),
                e -> act(() -> alerts.recordOutcome(alert.id(), Status.RECOVERED, outcomeNote.getValue())));
        recovered.setId("outcome-recovered");
        recovered.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        var lost = new Button(getTranslation("recovery.mark-lost"), e -> act(() -> alerts.recordOutcome(alert.id(), Status.LOST, outcomeNote.getValue())));
        lost.setId("outcome-lost");
        lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var stillOpen = new Button(getTranslation("recovery.still-open"), e -> act(() -> alerts.recordOutcome(alert.id(), Status.OPEN, outcomeNote.getValue())));
        stillOpen.setId("outcome-open");
        var outcome = new HorizontalLayout(outcomeNote, recovered, lost, stillOpen);
        outcome.setAlignItems(Alignment.BASELINE);
        var layout = new VerticalLayout(acknowledge, contact, reminder, outcome);
        layout.setPadding(false);
        alert.remindAt().ifPresent(at -> layout.addComponentAtIndex(1, new Span(getTranslation("recovery.reminder-set", when(at)))));
        alert.outcomeNote().ifPresent(text -> layout.add(new Span(getTranslation("recovery.outcome-note") + ": " + text)));
        return layout;
    }

    private Grid<RecoveryAlerts.HistoryEntry> history(Alert alert) {
        var grid = new Grid<RecoveryAlerts.HistoryEntry>();
        grid.setId("alert-history");
        grid.setAllRowsVisible(true);
        grid.addColumn(h -> when(h.at())).setHeader(getTranslation("recovery.when")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation("recovery.history." + h.what())).setHeader(getTranslation("recovery.what")).setAutoWidth(true);
        grid.addColumn(RecoveryAlerts.HistoryEntry::detail).setHeader(getTranslation("recovery.detail")).setFlexGrow(3);
        grid.setItems(alerts.historyOfCart(alert.cart()));
        return grid;
    }

    /** What the buyer did on the cart, newest first: what the rep may ask about. */
    private Grid<RecoveryAlerts.CartEvent> activity(Alert alert) {
        var grid = new Grid<RecoveryAlerts.CartEvent>();
        grid.setId("alert-activity");
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> when(e.at())).setHeader(getTranslation("recovery.when")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("cart-event." + e.kind())).setHeader(getTranslation("recovery.what")).setAutoWidth(true);
        grid.addColumn(e -> e.sku().orElse("")).setHeader(getTranslation("recovery.product")).setAutoWidth(true);
        grid.addColumn(e -> e.value().format(getLocale())).setHeader(getTranslation("recovery.cart-value-after")).setAutoWidth(true);
        grid.addColumn(RecoveryAlerts.CartEvent::lines).setHeader(getTranslation("recovery.items")).setAutoWidth(true);
        grid.setItems(alerts.activityOfCart(alert.cart(), ACTIVITY_SHOWN));
        return grid;
    }

    private void act(java.util.function.Supplier<Alert> action) {
        try {
            show(action.get());
            Notification.show(getTranslation("recovery.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The discount the buyer sees (or saw) in the cart, and how it grows: the rep may mention it. */
    private Paragraph offer(Alert alert, RecoveryAlerts.Offer offer, java.time.Instant now) {
        var format = java.text.NumberFormat.getPercentInstance(getLocale());
        format.setMaximumFractionDigits(2);
        var terms = new dev.feira.ordering.CartOffers.Terms(offer.percentPerDay(), offer.capPercent(), alert.idleSince(), offer.expiresAt(),
                alert.rule());
        var paragraph = new Paragraph(offer.madeAt().isEmpty() ? getTranslation(alert.isOpen() ? "recovery.offer.pending" : "recovery.offer.not-made")
                : !now.isBefore(offer.expiresAt()) ? getTranslation("recovery.offer.expired", when(offer.expiresAt()))
                : getTranslation("recovery.offer", format.format(terms.percentOn(now).movePointLeft(2)),
                        format.format(offer.percentPerDay().movePointLeft(2)), format.format(offer.capPercent().movePointLeft(2)),
                        when(offer.expiresAt())));
        paragraph.setId("alert-offer");
        return paragraph;
    }

    private String when(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).format(at.atZone(zone()));
    }

    private ZoneId zone() {
        return ZoneId.of("America/Sao_Paulo"); // the first market's; the supplier's own zone comes with its settings
    }
}
