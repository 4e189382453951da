package dev.feira.rfq.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.rfq.InvitationId;
import dev.feira.rfq.QuoteRevision;
import dev.feira.rfq.Quotes;
import dev.feira.rfq.SupplierInvitation;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/** One invitation at the supplier's desk: what the buyer asks, the quote being written, and the revisions sent. */
@Route(value = "catalog/quotes/:id", layout = MainLayout.class)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP", "PLATFORM_OPERATOR"})
class QuoteEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Quotes quotes;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient Clock clock;
    private final RefusalNotice refusal = new RefusalNotice("quote-refusal");
    private String title = "";

    QuoteEditorView(Quotes quotes, TenantDirectory tenants, CatalogAccess access, Clock clock) {
        this.quotes = quotes;
        this.tenants = tenants;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(title, tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isEmpty()) {
            return;
        }
        Optional<SupplierInvitation> invitation;
        try {
            invitation = quotes.open(new InvitationId(UUID.fromString(event.getRouteParameters().get("id").orElse(""))));
        } catch (IllegalArgumentException notAnId) {
            invitation = Optional.empty();
        }
        if (invitation.isEmpty()) { // another supplier's invitation, or none: the same answer
            event.forwardTo("catalog/quotes");
            return;
        }
        title = invitation.get().rfqNumber() + " · " + invitation.get().buyerName();
        show(invitation.get());
    }

    private void show(SupplierInvitation invitation) {
        removeAll();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(RfqsView.BUYER_ZONE);
        var status = new Span(getTranslation("quote.status." + invitation.status()));
        status.setId("quote-status");
        status.getElement().getThemeList().add("badge");
        add(new H2(invitation.rfqNumber() + " · " + invitation.title()), status,
                new Paragraph(getTranslation("quote.asked-by", invitation.buyerName(), when.format(invitation.deadline()),
                        when.format(invitation.respondBy()), invitation.needBy() == null ? "—"
                                : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale()).format(invitation.needBy()),
                        invitation.deliveryPlace() == null ? "—" : invitation.deliveryPlace(), invitation.currency())));
        if (invitation.notes() != null) {
            add(new Paragraph(invitation.notes()));
        }
        if (invitation.round() > 1) {
            var round = new Paragraph(getTranslation("quote.round", invitation.round(), invitation.roundNote().orElse("")));
            round.setId("quote-round");
            round.getElement().getThemeList().add("badge contrast");
            add(round);
        }
        boolean open = clock.instant().isBefore(invitation.deadline()) && invitation.status() != dev.feira.rfq.QuoteStatus.CANCELLED;
        if (open) {
            var form = new QuoteForm(invitation, LocalDate.now(clock.withZone(RfqsView.BUYER_ZONE)), getLocale());
            var submit = new Button(getTranslation(invitation.revisions().isEmpty() ? "quote.submit" : "quote.revise"), e -> refusal.attempt(() -> {
                var revision = quotes.submit(invitation.id(), form.draft());
                Notification.show(getTranslation("quote.submitted", revision.revision())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(quotes.open(invitation.id()).orElseThrow());
            }));
            submit.setId("quote-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var reason = new TextField(getTranslation("quote.decline-reason"));
            reason.setId("quote-decline-reason");
            var decline = new Button(getTranslation("quote.decline"), e -> refusal.attempt(() -> show(quotes.decline(invitation.id(), reason.getValue()))));
            decline.setId("quote-decline");
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            var buttons = new HorizontalLayout(submit, reason, decline);
            buttons.setAlignItems(Alignment.BASELINE);
            buttons.setWrap(true);
            if (invitation.status() == dev.feira.rfq.QuoteStatus.SUBMITTED) {
                var withdraw = new Button(getTranslation("quote.withdraw"), e -> refusal.attempt(() -> show(quotes.withdraw(invitation.id()))));
                withdraw.setId("quote-withdraw");
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                buttons.add(withdraw);
            }
            add(form, refusal, buttons);
        } else {
            add(new Paragraph(getTranslation("quote.closed")));
        }
        var thread = new MessagePanel(() -> quotes.messages(invitation.id()), text -> quotes.write(invitation.id(), null, text), false);
        thread.setId("quote-messages");
        add(new AttachmentsPanel(() -> quotes.attachments(invitation.id()), file -> quotes.attachment(invitation.id(), file), null, null));
        add(new H3(getTranslation("rfq.messages")), thread);
        if (!invitation.revisions().isEmpty()) {
            var revisions = new Grid<QuoteRevision>();
            revisions.setId("quote-revisions");
            revisions.addColumn(QuoteRevision::revision).setHeader("#").setAutoWidth(true).setFlexGrow(0);
            revisions.addColumn(r -> when.format(r.submittedAt())).setHeader(getTranslation("quote.submitted-at")).setAutoWidth(true);
            revisions.addColumn(QuoteRevision::submittedBy).setHeader(getTranslation("quote.submitted-by")).setAutoWidth(true);
            revisions.addColumn(r -> r.lines().stream().filter(QuoteRevision.Line::quoted).count() + "/" + r.lines().size())
                    .setHeader(getTranslation("quote.lines-quoted")).setAutoWidth(true);
            revisions.addColumn(QuoteRevision::paymentTerms).setHeader(getTranslation("quote.payment-terms")).setFlexGrow(1);
            revisions.setItems(invitation.revisions().reversed());
            revisions.setAllRowsVisible(true);
            var locale = getLocale();
            add(new H3(getTranslation("quote.revisions")), revisions, new DocumentLink("quote-pdf", getTranslation("rfq.export.quote-pdf"),
                    invitation.rfqNumber() + ".pdf", DocumentLink.PDF, () -> quotes.quotePdf(invitation.id(), locale)));
        }
    }
}
