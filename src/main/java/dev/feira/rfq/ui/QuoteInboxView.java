package dev.feira.rfq.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.rfq.InvitationSummary;
import dev.feira.rfq.QuoteStatus;
import dev.feira.rfq.Quotes;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.PhoneWidth;
import dev.feira.tenancy.ui.SupplierPortalView;

/** The supplier's RFQ inbox: newest first, paged from the database; unanswered invitations show how long is left. */
@Route(value = "catalog/quotes", layout = MainLayout.class)
@Menu(title = "nav.quote-inbox", order = 2.1)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP", "PLATFORM_OPERATOR"})
class QuoteInboxView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private final transient Quotes quotes;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient Clock clock;

    QuoteInboxView(Quotes quotes, TenantDirectory tenants, CatalogAccess access, Clock clock) {
        this.quotes = quotes;
        this.tenants = tenants;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.quote-inbox"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayManage).isEmpty() || getComponentCount() > 0) {
            return;
        }
        var status = new Select<QuoteStatus>();
        status.setId("quotes-status");
        status.setLabel(getTranslation("rfq.status"));
        status.setItems(QuoteStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("rfq.all") : getTranslation("quote.status." + s)); // null: "all"
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("rfq.all"));
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(RfqsView.BUYER_ZONE);
        var grid = new Grid<InvitationSummary>();
        grid.setId("quotes-grid");
        var number = grid.addColumn(InvitationSummary::rfqNumber).setHeader(getTranslation("rfq.number")).setAutoWidth(true).setFlexGrow(0);
        var buyer = grid.addColumn(InvitationSummary::buyerName).setHeader(getTranslation("rfq.buyer")).setAutoWidth(true);
        var title = grid.addColumn(InvitationSummary::title).setHeader(getTranslation("rfq.title")).setFlexGrow(1);
        var state = grid.addComponentColumn(this::state).setHeader(getTranslation("rfq.status")).setAutoWidth(true);
        var deadline = grid.addColumn(i -> when.format(i.deadline())).setHeader(getTranslation("rfq.deadline")).setAutoWidth(true);
        // A phone gets one card per invitation: which RFQ, from whom, and how it stands.
        var card = grid.addComponentColumn(i -> {
            var heading = new Div(new Span(i.rfqNumber() + " · " + i.buyerName()));
            heading.addClassName("product-name");
            var meta = new Div(new Span(i.title() + " · " + when.format(i.deadline())));
            meta.addClassName("product-meta");
            return new Div(heading, meta, state(i));
        }).setHeader(getTranslation("nav.quote-inbox"));
        PhoneWidth.cardsOnPhones(grid, card, number, buyer, title, state, deadline);
        grid.setItems(q -> quotes.inbox(Optional.ofNullable(status.getValue()), q.getPage(), q.getPageSize()).stream(),
                q -> (int) quotes.countInbox(Optional.ofNullable(status.getValue())));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("catalog/quotes/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("quote.none"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var heading = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(new H2(getTranslation("nav.quote-inbox")));
        heading.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (tenants.current().filter(access::mayAdminister).isPresent()) {
            var metrics = new com.vaadin.flow.router.RouterLink(getTranslation("quote-metrics.open"), QuoteMetricsView.class);
            metrics.setId("quotes-metrics");
            heading.add(metrics);
        }
        var filters = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(status);
        filters.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        if (tenants.current().filter(access::mayAdminister).isPresent()) {
            filters.add(new ResponseTimeForm(quotes));
        }
        add(heading, filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    /** The status, and for an invitation still unanswered the time left to answer (late in red). */
    private Span state(InvitationSummary invitation) {
        var text = new StringBuilder(getTranslation("quote.status." + invitation.status()));
        var badge = new Span();
        if (invitation.status().unanswered()) {
            Duration left = Duration.between(clock.instant(), invitation.respondBy());
            text.append(" · ").append(left.isNegative() ? getTranslation("quote.late", -left.toHours())
                    : getTranslation("quote.left", left.toHours()));
            badge.getElement().getThemeList().add(left.isNegative() ? "badge error" : left.toHours() < 4 ? "badge contrast" : "badge");
        } else {
            badge.getElement().getThemeList().add("badge success");
        }
        badge.setText(text.toString());
        return badge;
    }
}
