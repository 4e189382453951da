package dev.feira.recovery.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dev.feira.identity.CatalogAccess;
import dev.feira.recovery.AbandonmentRules;
import dev.feira.recovery.RecoveryMetrics;
import dev.feira.recovery.RecoveryMetrics.Report;
import dev.feira.recovery.RuleDefinition;
import dev.feira.shared.TenantContext;
import dev.feira.tenancy.TenantDirectory;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SupplierPortalView;
import dev.feira.tenancy.ui.SvgChart;

/**
 * How recovery is doing, per period, rep, customer category and rule: the figures a sales manager
 * follows (conversion, recovery rate, response time, value recovered), the carts by state, a bar
 * per day, and the tables behind them — each exportable to Excel.
 */
@Route(value = "recovery/dashboard", layout = MainLayout.class)
@Menu(title = "nav.recovery-dashboard", order = 3.2)
@RolesAllowed({"SUPPLIER_ADMIN", "SALES_REP"})
class RecoveryDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SupplierPortalView {

    private static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");

    private final transient RecoveryMetrics metrics;
    private final transient AbandonmentRules rules;
    private final transient TenantDirectory tenants;
    private final transient CatalogAccess access;
    private final transient dev.feira.identity.People people;
    private final transient dev.feira.identity.CurrentUser currentUser;

    private final DatePicker from = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker());
    private final DatePicker to = dev.feira.tenancy.ui.DatePickerTexts.translated(new DatePicker());
    private final TextField category = new TextField();
    private final Select<Optional<RuleDefinition>> rule = new Select<>();
    private final Select<Optional<dev.feira.identity.PortalUser>> rep = new Select<>();
    private final Div content = new Div();

    private final transient java.time.Clock clock;

    RecoveryDashboardView(RecoveryMetrics metrics, AbandonmentRules rules, TenantDirectory tenants, CatalogAccess access,
                          java.time.Clock clock, dev.feira.identity.People people, dev.feira.identity.CurrentUser currentUser) {
        this.clock = clock;
        this.people = people;
        this.currentUser = currentUser;
        this.metrics = metrics;
        this.rules = rules;
        this.tenants = tenants;
        this.access = access;
    }

    @Override
    public String getPageTitle() {
        return supplierTitle(getTranslation("nav.recovery-dashboard"), tenants);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var supplier = enterDesk(event, tenants, access::mayManage);
        if (supplier.isEmpty() || getComponentCount() > 0) {
            return;
        }
        var tenant = supplier.get().id();
        var today = LocalDate.now(clock.withZone(ZONE));
        from.setLabel(getTranslation("metrics.from"));
        from.setId("metrics-from");
        from.setValue(today.minusDays(29));
        to.setLabel(getTranslation("metrics.to"));
        to.setId("metrics-to");
        to.setValue(today);
        category.setLabel(getTranslation("rules.f.category"));
        category.setId("metrics-category");
        rule.setLabel(getTranslation("recovery.rule"));
        rule.setId("metrics-rule");
        List<Optional<RuleDefinition>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        rules.all().forEach(r -> choices.add(Optional.of(r)));
        rule.setItems(choices);
        rule.setItemLabelGenerator(r -> r.map(RuleDefinition::name).orElse(getTranslation("metrics.all-rules")));
        rule.setValue(Optional.empty());
        // The sales manager looks at one rep or the team; a rep's own figures are all a rep sees.
        rep.setLabel(getTranslation("recovery.rep"));
        rep.setId("metrics-rep");
        List<Optional<dev.feira.identity.PortalUser>> reps = new java.util.ArrayList<>();
        reps.add(Optional.empty());
        people.staffOf(tenant, dev.feira.identity.Role.SALES_REP).forEach(person -> reps.add(Optional.of(person)));
        rep.setItems(reps);
        rep.setItemLabelGenerator(r -> r.map(dev.feira.identity.PortalUser::displayName).orElse(getTranslation("metrics.all-reps")));
        rep.setValue(Optional.empty());
        rep.setVisible(currentUser.get().filter(me -> me.has(dev.feira.identity.Role.SUPPLIER_ADMIN)).isPresent());
        var show = new Button(getTranslation("metrics.show"), e -> show());
        show.setId("metrics-show");
        // The download is its own request, without the page's UI: the language is the page's, taken now.
        var language = getLocale();
        var export = new Anchor(DownloadHandler.fromInputStream(download -> TenantContext.callAs(tenant, () -> {
            byte[] workbook = metrics.workbook(filter(), language);
            return new DownloadResponse(new java.io.ByteArrayInputStream(workbook), "recovery-metrics.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.length);
        })), getTranslation("metrics.export"));
        export.setId("metrics-export");
        export.getElement().setAttribute("download", true);
        var bar = new HorizontalLayout(from, to, rep, category, rule, show, export);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        content.setId("metrics-content");
        content.setWidthFull();
        add(new H2(getTranslation("nav.recovery-dashboard")), bar, content);
        show();
    }

    private RecoveryMetrics.Filter filter() {
        var start = from.getValue() == null ? LocalDate.now(clock.withZone(ZONE)).minusDays(29) : from.getValue();
        var end = (to.getValue() == null ? LocalDate.now(clock.withZone(ZONE)) : to.getValue()).plusDays(1);
        return new RecoveryMetrics.Filter(start.atStartOfDay(ZONE).toInstant(), end.atStartOfDay(ZONE).toInstant(),
                rep.getValue() == null ? Optional.empty() : rep.getValue().map(dev.feira.identity.PortalUser::id),
                Optional.ofNullable(category.getValue()).filter(c -> !c.isBlank()).map(String::strip),
                rule.getValue() == null ? Optional.empty() : rule.getValue().map(RuleDefinition::id));
    }

    private void show() {
        Report report;
        try {
            report = metrics.report(filter());
        } catch (IllegalArgumentException refused) {
            Notification.show(refused.getMessage());
            return;
        }
        content.removeAll();
        var s = report.summary();
        var locale = getLocale();
        var percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        var cards = new FlexLayout(
                card("metrics-recovered", getTranslation("metrics.recovered"), String.valueOf(s.recovered()),
                        getTranslation("metrics.of-alerts", s.alerts())),
                card("metrics-value-recovered", getTranslation("metrics.value-recovered"), s.valueRecovered().format(locale), ""),
                card("metrics-recovery-rate", getTranslation("metrics.recovery-rate"), percent.format(s.recoveryRate()), ""),
                card("metrics-conversion-rate", getTranslation("metrics.conversion-rate"), percent.format(s.conversionRate()),
                        getTranslation("metrics.of-carts", s.cartsConverted(), s.cartsStarted())),
                card("metrics-time-to-conversion", getTranslation("metrics.time-to-conversion"), time(s.timeToConversion()), ""),
                card("metrics-average-value", getTranslation("metrics.average-cart-value"),
                        s.averageCartValue().map(m -> m.format(locale)).orElse("—"), ""),
                card("metrics-response", getTranslation("metrics.response"), time(s.repResponseTime()), ""),
                card("metrics-alert-to-order", getTranslation("metrics.alert-to-order"), time(s.alertToOrder()), ""));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");

        var states = SvgChart.shares("metrics-states", getTranslation("metrics.carts-now"), List.of(
                new SvgChart.Share(getTranslation("metrics.active"), s.activeCarts(), "var(--lumo-success-color)"),
                new SvgChart.Share(getTranslation("metrics.idle"), s.idleCarts(), "var(--lumo-warning-color, #f59e0b)"),
                new SvgChart.Share(getTranslation("metrics.abandoned"), s.abandonedCarts(), "var(--lumo-error-color)")), locale);
        // Every day of the period, quiet ones too: the report lists the days that had alerts.
        var reported = report.days().stream().collect(java.util.stream.Collectors.toMap(RecoveryMetrics.Day::day, d -> d));
        var nothing = new dev.feira.shared.Money(java.math.BigDecimal.ZERO, s.valueRecovered().currency());
        var period = report.filter().from().atZone(ZONE).toLocalDate().datesUntil(report.filter().to().atZone(ZONE).toLocalDate())
                .map(day -> reported.getOrDefault(day, new RecoveryMetrics.Day(day, 0, 0, nothing))).toList();
        var dayFormat = java.time.format.DateTimeFormatter.ofPattern("d MMM", locale);
        var days = SvgChart.columns("metrics-days", getTranslation("metrics.per-day"), period.stream().map(d -> d.day().format(dayFormat)).toList(),
                List.of(new SvgChart.Series(getTranslation("metrics.alerts"), "var(--lumo-primary-color)",
                                period.stream().mapToLong(RecoveryMetrics.Day::alerts).toArray()),
                        new SvgChart.Series(getTranslation("metrics.recovered"), "var(--lumo-success-color)",
                                period.stream().mapToLong(RecoveryMetrics.Day::recovered).toArray())), locale);

        content.add(cards, new H3(getTranslation("metrics.carts-now")), states, new H3(getTranslation("metrics.per-day")), days,
                new H3(getTranslation("metrics.sheet.reps")), reps(report), new H3(getTranslation("metrics.sheet.buyers")), buyers(report),
                new H3(getTranslation("metrics.sheet.items")), items(report));
    }

    private Component card(String id, String label, String value, String detail) {
        var card = new Div();
        card.setId(id);
        card.addClassName("metric-card");
        card.getStyle().set("padding", "var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "13em");
        var title = new Span(label);
        title.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var figure = new Span(value);
        figure.addClassName("metric-value");
        figure.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        card.add(title, figure);
        if (!detail.isEmpty()) {
            var small = new Span(detail);
            small.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(small);
        }
        return card;
    }

    private Grid<RecoveryMetrics.RepRow> reps(Report report) {
        var grid = grid(report.reps(), "metrics-reps");
        grid.addColumn(RecoveryMetrics.RepRow::name).setHeader(getTranslation("recovery.rep")).setFlexGrow(2);
        grid.addColumn(RecoveryMetrics.RepRow::alerts).setHeader(getTranslation("metrics.alerts"));
        grid.addColumn(RecoveryMetrics.RepRow::contacted).setHeader(getTranslation("metrics.contacted"));
        grid.addColumn(r -> time(r.responseTime())).setHeader(getTranslation("metrics.response"));
        grid.addColumn(RecoveryMetrics.RepRow::overdue).setHeader(getTranslation("metrics.overdue"));
        grid.addColumn(RecoveryMetrics.RepRow::recovered).setHeader(getTranslation("metrics.recovered"));
        grid.addColumn(r -> r.valueRecovered().format(getLocale())).setHeader(getTranslation("metrics.value-recovered"));
        return grid;
    }

    private Grid<RecoveryMetrics.BuyerRow> buyers(Report report) {
        var grid = grid(report.buyers(), "metrics-buyers");
        grid.addColumn(RecoveryMetrics.BuyerRow::buyerName).setHeader(getTranslation("recovery.buyer")).setFlexGrow(2);
        grid.addColumn(RecoveryMetrics.BuyerRow::alerts).setHeader(getTranslation("metrics.alerts"));
        grid.addColumn(r -> r.averageValue().format(getLocale())).setHeader(getTranslation("metrics.average-value"));
        grid.addColumn(r -> r.highestValue().format(getLocale())).setHeader(getTranslation("metrics.highest-value"));
        grid.addColumn(RecoveryMetrics.BuyerRow::recovered).setHeader(getTranslation("metrics.recovered"));
        grid.addColumn(RecoveryMetrics.BuyerRow::lost).setHeader(getTranslation("metrics.lost"));
        return grid;
    }

    private Grid<RecoveryMetrics.StalledItem> items(Report report) {
        var grid = grid(report.stalledItems(), "metrics-items");
        grid.addColumn(RecoveryMetrics.StalledItem::sku).setHeader("SKU");
        grid.addColumn(RecoveryMetrics.StalledItem::name).setHeader(getTranslation("recovery.product")).setFlexGrow(3);
        grid.addColumn(RecoveryMetrics.StalledItem::carts).setHeader(getTranslation("metrics.carts"));
        return grid;
    }

    private static <T> Grid<T> grid(List<T> rows, String id) {
        var grid = new Grid<T>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        return grid;
    }

    private String time(Optional<Duration> duration) {
        return duration.map(d -> RecoveryText.duration(d, this::getTranslation)).orElse("—");
    }
}
