package dev.feira.rfq.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dev.feira.identity.CatalogAccess;
import dev.feira.rfq.QuoteMetrics;
import dev.feira.rfq.Quotes;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;

/** The supplier's RFQ figures for a period: how much it quotes, how fast, how often it wins and for how much, by rep and category. */
@Route(value = "catalog/quote-metrics", layout = MainLayout.class)
@Menu(title = "nav.quote-metrics", order = 2.2)
@RolesAllowed({"SUPPLIER_ADMIN", "PLATFORM_OPERATOR"})
class QuoteMetricsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private static final ZoneId SUPPLIER_ZONE = ZoneId.of("America/Sao_Paulo");

    private final transient Quotes quotes;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final Div content = new Div();

    QuoteMetricsView(Quotes quotes, TenantDirectory tenants, CatalogAccess access) {
        this.quotes = quotes;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.quote-metrics"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (enterDesk(event, tenants, access::mayAdminister).isEmpty() || getComponentCount() > 0) {
            return;
        }
        var today = LocalDate.now(SUPPLIER_ZONE);
        var from = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker(getTranslation("quote-metrics.from"), today.minusDays(89)));
        from.setId("quote-metrics-from");
        var to = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker(getTranslation("quote-metrics.to"), today));
        to.setId("quote-metrics-to");
        var refusal = new RefusalNotice("quote-metrics-refused");
        var show = new Button(getTranslation("quote-metrics.show"), e -> refusal.attempt(() -> show(from.getValue(), to.getValue())));
        show.setId("quote-metrics-show");
        var bar = new HorizontalLayout(from, to, show);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        content.setWidthFull();
        add(new H2(getTranslation("nav.quote-metrics")), bar, refusal, content);
        show(from.getValue(), to.getValue());
    }

    private void show(LocalDate from, LocalDate to) {
        var metrics = quotes.metrics(from == null ? null : from.atStartOfDay(SUPPLIER_ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(SUPPLIER_ZONE).toInstant());
        content.removeAll();
        var total = metrics.total();
        var locale = getLocale();
        var figures = new HorizontalLayout(
                figure("quote-metrics-invited", "quote-metrics.invited", String.valueOf(total.invited())),
                figure("quote-metrics-quoted", "quote-metrics.quoted", String.valueOf(total.quoted())),
                figure("quote-metrics-declined", "quote-metrics.declined", String.valueOf(total.declined())),
                figure("quote-metrics-unanswered", "quote-metrics.unanswered", String.valueOf(total.unanswered())),
                figure("quote-metrics-win-rate", "quote-metrics.win-rate", winRate(total)),
                figure("quote-metrics-response", "quote-metrics.response", response(total)),
                figure("quote-metrics-value-won", "quote-metrics.value-won", money(total, locale)));
        figures.getStyle().set("flex-wrap", "wrap");
        content.add(figures, new H3(getTranslation("quote-metrics.by-rep")), table("quote-metrics-reps", "quote-metrics.rep", metrics.byRep(), locale),
                new H3(getTranslation("quote-metrics.by-category")),
                table("quote-metrics-categories", "quote-metrics.category", metrics.byCategory(), locale));
    }

    private Div figure(String id, String label, String value) {
        var number = new Span(value);
        number.setId(id);
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        var card = new Div(new Div(getTranslation(label)), number);
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("min-width", "9em");
        return card;
    }

    private Grid<QuoteMetrics.Figures> table(String id, String labelHeading, List<QuoteMetrics.Figures> rows, Locale locale) {
        var grid = new Grid<QuoteMetrics.Figures>();
        grid.setId(id);
        grid.addColumn(f -> f.label().orElse(getTranslation("quote-metrics.none-label"))).setHeader(getTranslation(labelHeading))
                .setFlexGrow(1).setWidth("12em");
        grid.addColumn(QuoteMetrics.Figures::invited).setHeader(getTranslation("quote-metrics.invited")).setAutoWidth(true);
        grid.addColumn(QuoteMetrics.Figures::quoted).setHeader(getTranslation("quote-metrics.quoted")).setAutoWidth(true);
        grid.addColumn(QuoteMetrics.Figures::won).setHeader(getTranslation("quote-metrics.won")).setAutoWidth(true);
        grid.addColumn(this::winRate).setHeader(getTranslation("quote-metrics.win-rate")).setAutoWidth(true);
        grid.addColumn(this::response).setHeader(getTranslation("quote-metrics.response")).setAutoWidth(true);
        grid.addColumn(f -> money(f, locale)).setHeader(getTranslation("quote-metrics.value-won")).setAutoWidth(true);
        grid.setItems(rows); // one row per rep or category: a handful, read in the same pass as the totals
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("quote.none"));
        return grid;
    }

    private String winRate(QuoteMetrics.Figures figures) {
        return figures.winRate().map(rate -> getTranslation("quote-metrics.win-rate.value", rate, figures.won(), figures.decided())).orElse("—");
    }

    private String response(QuoteMetrics.Figures figures) {
        return figures.medianResponse().map(d -> getTranslation("quote-metrics.hours", d.toMinutes() / 60.0)).orElse("—");
    }

    private String money(QuoteMetrics.Figures figures, Locale locale) {
        var currency = tenants.current().map(t -> t.currency()).orElse(java.util.Currency.getInstance("BRL"));
        return new dev.feira.shared.Money(figures.valueWon(), currency).format(locale);
    }
}
