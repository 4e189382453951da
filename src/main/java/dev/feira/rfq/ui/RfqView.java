package dev.feira.rfq.ui;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dev.feira.identity.BuyerAccountDirectory;
import dev.feira.ordering.Carts;
import dev.feira.rfq.BuyerRfq;
import dev.feira.rfq.RfqComparison;
import dev.feira.rfq.RfqId;
import dev.feira.rfq.RfqStatus;
import dev.feira.rfq.Rfqs;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;

/**
 * One RFQ of the buyer's company: written and sent while a draft; afterwards where each supplier's answer stands and,
 * once the buyer may see them, the quotes side by side.
 */
@Route(value = "rfqs/:id", layout = MainLayout.class)
@RolesAllowed({"BUYER_ADMIN", "PURCHASER", "APPROVER"})
class RfqView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Rfqs rfqs;
    private transient Runnable stopListening;
    private Notification liveNotice;
    private final transient TenantDirectory tenants;
    private final transient Carts carts;
    private final transient BuyerAccountDirectory accounts;
    private final RefusalNotice refusal = new RefusalNotice("rfq-refusal");
    private String title = "";
    /** The draft being written: none until first saved, then every save rewrites it (a refused send creates no second one). */
    private RfqId draftId;
    private RfqForm form;

    RfqView(Rfqs rfqs, TenantDirectory tenants, Carts carts, BuyerAccountDirectory accounts) {
        this.rfqs = rfqs;
        this.tenants = tenants;
        this.carts = carts;
        this.accounts = accounts;
    }

    @Override
    public String getPageTitle() {
        return title + tenants.current().map(t -> " · " + t.name()).orElse(" · Feira");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        if (id.equals("new")) {
            title = getTranslation("rfq.new");
            edit(Optional.empty());
            var query = event.getLocation().getQueryParameters();
            switch (query.getSingleParameter("from").orElse("")) {
                case "cart" -> fromCart();
                case "product" -> fromProduct(query);
                case "comparison" -> fromComparison(query);
                default -> { // a blank request
                }
            }
            return;
        }
        Optional<BuyerRfq> rfq;
        try {
            rfq = rfqs.byId(new RfqId(UUID.fromString(id)));
        } catch (IllegalArgumentException notAnId) {
            rfq = Optional.empty();
        }
        if (rfq.isEmpty()) { // another company's RFQ or none: the same answer
            event.forwardTo("rfqs");
            return;
        }
        title = rfq.get().number() + " · " + rfq.get().title();
        if (rfq.get().status() == RfqStatus.DRAFT) {
            edit(rfq);
        } else {
            show(rfq.get());
        }
    }

    private void edit(Optional<BuyerRfq> draft) {
        removeAll();
        var askable = rfqs.askableSuppliers();
        form = new RfqForm(askable, rfqs::suggestSuppliers);
        draft.ifPresent(d -> form.show(d, askable));
        draftId = draft.map(BuyerRfq::id).orElse(null);
        var save = new Button(getTranslation("rfq.save"), e -> refusal.attempt(() -> {
            var id = store();
            Notification.show(getTranslation("rfq.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("rfqs/" + id));
        }));
        save.setId("rfq-save");
        var send = new Button(getTranslation("rfq.publish"), e -> refusal.attempt(() -> {
            var id = store();
            var sent = rfqs.publish(id);
            Notification.show(getTranslation("rfq.published", sent.number(), sent.answers().size()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("rfqs/" + id));
        }));
        send.setId("rfq-publish");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new HorizontalLayout(save, send);
        draft.ifPresent(d -> buttons.add(cancelButton(d)));
        buttons.setWrap(true);
        add(new H2(draft.map(d -> d.number() + " · " + getTranslation("rfq.status.DRAFT")).orElse(getTranslation("rfq.new"))),
                form, refusal, buttons);
        // Files hang on a stored draft: a new RFQ gets them once saved.
        draft.ifPresent(d -> add(attachments(d, true)));
    }

    /**
     * While quotes come in, each answer shows as it arrives: the answers' grid is refreshed in place (what the buyer is
     * typing stays), and a notice offers to show the new prices where the RFQ is not sealed.
     */
    private void listenForAnswers(BuyerRfq rfq, Grid<BuyerRfq.Answer> answers) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        var caller = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var portal = dev.feira.shared.TenantContext.current();
        stopListening = rfqs.listen(rfq.id(), () -> ui.access(() -> {
            var before = org.springframework.security.core.context.SecurityContextHolder.getContext();
            org.springframework.security.core.context.SecurityContextHolder.setContext(caller);
            try {
                java.util.function.Supplier<Optional<BuyerRfq>> read = () -> rfqs.byId(rfq.id());
                var now = portal.map(tenant -> dev.feira.shared.TenantContext.callAs(tenant, read)).orElseGet(read);
                now.ifPresent(current -> {
                    answers.setItems(current.answers());
                    if (liveNotice != null && liveNotice.isOpened()) {
                        return; // answers arriving together: one notice says it
                    }
                    var notice = new Notification();
                    liveNotice = notice;
                    notice.setId("rfq-live-answer");
                    notice.setDuration(6000);
                    notice.setPosition(Notification.Position.BOTTOM_START);
                    notice.add(new Span(getTranslation("rfq.live.answered")));
                    if (!current.sealed() || !current.status().takesQuotes()) {
                        var showPrices = new Button(getTranslation("rfq.live.show"), e -> {
                            notice.close();
                            show(current);
                        });
                        showPrices.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        notice.add(showPrices);
                    }
                    notice.open();
                });
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.setContext(before);
            }
        }));
    }

    private void stopListening() {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        stopListening();
        super.onDetach(event);
    }

    /** The RFQ's files: the buyer adds them while the RFQ takes them, and removes them while it is a draft. */
    private AttachmentsPanel attachments(BuyerRfq rfq, boolean draft) {
        boolean adding = draft || rfq.status().takesQuotes();
        return new AttachmentsPanel(() -> rfqs.attachments(rfq.id()), file -> rfqs.attachment(rfq.id(), file),
                adding ? (name, bytes) -> rfqs.attach(rfq.id(), name, bytes) : null, draft ? file -> rfqs.detach(rfq.id(), file) : null);
    }

    /** The buyer's cart at this supplier starts the RFQ: its products and quantities, this supplier asked. */
    private void fromCart() {
        var supplier = tenants.current();
        var buyer = supplier.flatMap(s -> accounts.ofCaller());
        if (supplier.isEmpty() || buyer.isEmpty() || form == null) {
            return;
        }
        for (var line : carts.view(buyer.get()).lines()) {
            line.product().ifPresent(product -> form.addProduct(product.name(), line.quantity(), product.unit(), product.sku(),
                    supplier.get().id(), product.gtin(), product.mpn()));
        }
        form.ask(supplier.get().id());
    }

    /** One product of a supplier's catalog, from its product page: that supplier asked. */
    private void fromProduct(com.vaadin.flow.router.QueryParameters query) {
        var supplier = query.getSingleParameter("supplier").flatMap(tenants::bySlug);
        int quantity = query.getSingleParameter("quantity").map(RfqView::positive).orElse(1);
        supplier.flatMap(s -> query.getSingleParameter("sku").flatMap(sku -> rfqs.lineFor(s.id(), sku, quantity))).ifPresent(line -> {
            form.addProduct(line.description(), line.quantity(), line.unit(), line.sku(), line.supplier(), line.gtin(), line.mpn());
            form.ask(line.supplier());
        });
    }

    /** One item of the marketplace comparison (by GTIN or part number): every supplier offering it asked. */
    private void fromComparison(com.vaadin.flow.router.QueryParameters query) {
        query.getSingleParameter("item").filter(item -> !item.isBlank()).ifPresent(item -> {
            String gtin = query.getSingleParameter("gtin").filter(g -> g.matches("\\d{8,14}")).orElse(null);
            String mpn = query.getSingleParameter("mpn").filter(m -> !m.isBlank() && m.length() <= 64).orElse(null);
            form.addProduct(item.length() > 300 ? item.substring(0, 300) : item, 1, "UN", null, null, gtin, mpn);
            query.getSingleParameter("ask").ifPresent(slugs -> java.util.Arrays.stream(slugs.split(","))
                    .flatMap(slug -> tenants.bySlug(slug.strip()).stream()).forEach(supplier -> form.ask(supplier.id())));
        });
    }

    private static int positive(String number) {
        try {
            return Math.max(1, Math.min(1_000_000, Integer.parseInt(number.strip())));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private RfqId store() {
        if (draftId == null) {
            draftId = rfqs.create(form.draft(), form.invited());
        } else {
            rfqs.revise(draftId, form.draft(), form.invited());
        }
        return draftId;
    }

    private void show(BuyerRfq rfq) {
        removeAll();
        stopListening();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(RfqsView.BUYER_ZONE);
        var status = new Span(getTranslation("rfq.status." + rfq.status()));
        status.setId("rfq-status");
        var roundBadge = new Span(getTranslation("rfq.round.badge", rfq.round()));
        roundBadge.getElement().getThemeList().add("badge contrast");
        roundBadge.setVisible(rfq.round() > 1);
        status.getElement().getThemeList().add("badge");
        var heading = new H2(rfq.number() + " · " + rfq.title());
        add(heading, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(status, roundBadge), new Paragraph(getTranslation("rfq.summary", when.format(rfq.deadline()),
                rfq.needBy() == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale()).format(rfq.needBy()), rfq.deliveryPlace() == null ? "—" : rfq.deliveryPlace(),
                getTranslation(rfq.sealed() ? "rfq.sealed.yes" : "rfq.sealed.no"))));
        var answers = new Grid<BuyerRfq.Answer>();
        answers.setId("rfq-answers");
        answers.addColumn(BuyerRfq.Answer::supplierName).setHeader(getTranslation("rfq.supplier")).setAutoWidth(true).setFlexGrow(1);
        answers.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        answers.addColumn(a -> getTranslation("quote.status." + a.status())).setHeader(getTranslation("rfq.status")).setAutoWidth(true);
        answers.addColumn(BuyerRfq.Answer::revisions).setHeader(getTranslation("rfq.revisions")).setAutoWidth(true);
        answers.addColumn(a -> a.answeredAt().map(when::format).orElse("—")).setHeader(getTranslation("rfq.answered-at")).setAutoWidth(true);
        answers.addColumn(a -> a.declineReason().orElse("")).setHeader(getTranslation("rfq.decline-reason")).setFlexGrow(1);
        answers.setItems(rfq.answers());
        answers.setAllRowsVisible(true);
        add(new H3(getTranslation("rfq.answers")), answers);
        if (rfq.status().takesQuotes()) {
            listenForAnswers(rfq, answers);
        }
        add(attachments(rfq, false));
        add(messages(rfq));
        add(new H3(getTranslation("rfq.compare")));
        var comparison = RfqComparison.of(rfq, rfqs.costOfCapital());
        if (!comparison.totals().isEmpty()) {
            var locale = getLocale();
            var papers = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
            papers.getStyle().set("flex-wrap", "wrap");
            papers.add(new DocumentLink("rfq-export-comparison", getTranslation("rfq.export.comparison"), rfq.number() + "-comparison.xlsx",
                    DocumentLink.XLSX, () -> rfqs.comparisonWorkbook(rfq.id(), locale)));
            for (var total : comparison.totals()) {
                papers.add(new DocumentLink("rfq-quote-pdf-" + total.supplier(), getTranslation("rfq.export.quote-pdf") + " · "
                        + total.supplierName(), rfq.number() + "-" + total.supplierName() + ".pdf", DocumentLink.PDF,
                        () -> rfqs.quotePdf(rfq.id(), total.supplier(), locale)));
            }
            add(new QuoteComparison(rfq, comparison, locale), papers);
        } else {
            var none = new Paragraph(getTranslation(rfq.sealed() && rfq.status().takesQuotes() ? "rfq.compare.sealed" : "rfq.compare.none"));
            none.setId("rfq-compare-empty");
            add(none);
        }
        if (rfq.status() == RfqStatus.CLOSED) {
            var awardForm = new AwardForm(rfq, comparison);
            var award = new Button(getTranslation("rfq.award"), e -> refusal.attempt(() -> {
                var awarded = rfqs.award(rfq.id(), awardForm.award());
                Notification.show(getTranslation("rfq.awarded", awarded.number(),
                        // By order id: each supplier numbers its own orders, so two suppliers' numbers may match.
                        awarded.awarded().stream().map(BuyerRfq.Awarded::order).distinct().count()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(awarded);
            }));
            award.setId("rfq-award-submit");
            award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H3(getTranslation("rfq.award.title")), new Paragraph(getTranslation("rfq.award.explained")), awardForm, award);
            var roundForm = new RoundForm(rfq);
            var negotiate = new Button(getTranslation("rfq.round.open"), e -> refusal.attempt(() -> {
                var opened = rfqs.negotiate(rfq.id(), roundForm.round());
                Notification.show(getTranslation("rfq.round.opened", opened.round())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show(opened);
            }));
            negotiate.setId("round-open");
            add(new H3(getTranslation("rfq.round.title")), new Paragraph(getTranslation("rfq.round.explained")), roundForm, negotiate);
        }
        if (!rfq.awarded().isEmpty()) {
            var awarded = new Grid<BuyerRfq.Awarded>();
            awarded.setId("rfq-awarded");
            var names = new java.util.HashMap<dev.feira.shared.TenantId, String>();
            rfq.answers().forEach(a -> names.put(a.supplier(), a.supplierName()));
            var positions = new java.util.HashMap<java.util.UUID, String>();
            rfq.lines().forEach(l -> positions.put(l.lineId(), l.position() + ". " + l.description()));
            awarded.addColumn(a -> positions.get(a.lineId())).setHeader(getTranslation("rfq.line.description")).setFlexGrow(1);
            awarded.addColumn(a -> names.get(a.supplier())).setHeader(getTranslation("rfq.supplier")).setAutoWidth(true);
            awarded.addColumn(BuyerRfq.Awarded::quantity).setHeader(getTranslation("rfq.line.quantity")).setAutoWidth(true);
            awarded.addColumn(a -> QuoteForm.shown(a.unitPrice()).toPlainString()).setHeader(getTranslation("quote.unit-price")).setAutoWidth(true);
            awarded.addColumn(BuyerRfq.Awarded::orderNumber).setHeader(getTranslation("rfq.order")).setAutoWidth(true);
            awarded.setItems(rfq.awarded());
            awarded.setAllRowsVisible(true);
            add(new H3(getTranslation("rfq.awarded.title")), awarded);
        }
        if (!RfqStatus.finished().contains(rfq.status())) {
            add(refusal, cancelButton(rfq));
        }
    }

    /** The thread with one invited supplier at a time, chosen above it. */
    private VerticalLayout messages(BuyerRfq rfq) {
        var section = new VerticalLayout(new H3(getTranslation("rfq.messages")));
        section.setPadding(false);
        section.setId("rfq-messages");
        var with = new com.vaadin.flow.component.select.Select<BuyerRfq.Answer>();
        with.setId("rfq-messages-with");
        with.setLabel(getTranslation("rfq.messages.with"));
        with.setItems(rfq.answers());
        with.setItemLabelGenerator(BuyerRfq.Answer::supplierName);
        var holder = new com.vaadin.flow.component.html.Div();
        with.addValueChangeListener(e -> {
            holder.removeAll();
            if (e.getValue() != null) {
                var supplier = e.getValue().supplier();
                holder.add(new MessagePanel(() -> rfqs.messages(rfq.id(), supplier), text -> rfqs.write(rfq.id(), supplier, null, text), true));
            }
        });
        section.add(with, holder);
        if (!rfq.answers().isEmpty()) {
            with.setValue(rfq.answers().getFirst());
        }
        return section;
    }

    private Button cancelButton(BuyerRfq rfq) {
        var cancel = new Button(getTranslation("rfq.cancel"), e -> refusal.attempt(() -> {
            rfqs.cancel(rfq.id(), null);
            Notification.show(getTranslation("rfq.cancelled", rfq.number()));
            getUI().ifPresent(ui -> ui.navigate("rfqs"));
        }));
        cancel.setId("rfq-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }
}
