package dev.feira.platform.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dev.feira.platform.TenantOverview;
import dev.feira.platform.TenantOverview.PlatformFigures;
import dev.feira.shared.sheet.SheetExport;
import dev.feira.shared.sheet.SheetWriter;
import dev.feira.tenancy.TenantStatus;
import dev.feira.tenancy.ui.MainLayout;
import dev.feira.tenancy.ui.SvgChart;

/**
 * The platform's figures for operators: GMV and orders of the last 30 days, selling tenants, churn, tenants by status,
 * and 12 weeks of turnover and new tenants — charts drawn on the server, and the same figures as an Excel sheet.
 */
@Route(value = "operator/dashboard", layout = MainLayout.class)
@Menu(title = "nav.operator-dashboard", order = 89)
@RolesAllowed("PLATFORM_OPERATOR")
class PlatformDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TenantOverview overview;

    PlatformDashboardView(TenantOverview overview) {
        this.overview = overview;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var figures = overview.figures();
        Locale locale = getLocale();
        var cards = new Div(card("dashboard-gmv", "operator.gmv", figures.gmv().format(locale)),
                card("dashboard-orders", "operator.orders", String.valueOf(figures.orders())),
                card("dashboard-selling", "operator.selling-tenants", String.valueOf(figures.sellingTenants())),
                card("dashboard-churn", "operator.churned", String.valueOf(figures.churned())),
                card("dashboard-mrr", "operator.mrr", figures.mrr().format(locale)),
                card("dashboard-gmv-fees", "operator.gmv-fees", figures.gmvFees().format(locale)),
                card("dashboard-take-rate", "operator.take-rate", java.text.NumberFormat.getNumberInstance(locale).format(figures.takeRate()) + " %"));
        cards.addClassName("dashboard-cards");
        var weeks = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<String> labels = figures.weeks().stream().map(w -> weeks.format(w.monday())).toList();
        var gmvChart = SvgChart.columns("dashboard-gmv-weeks", getTranslation("operator.chart.gmv"), labels, List.of(new SvgChart.Series(
                getTranslation("operator.gmv.reais"), "var(--lumo-primary-color)",
                figures.weeks().stream().mapToLong(w -> w.gmv().amount().longValue()).toArray())), locale);
        var tenantsChart = SvgChart.columns("dashboard-new-tenants", getTranslation("operator.chart.new-tenants"), labels, List.of(
                new SvgChart.Series(getTranslation("operator.new-tenants"), "var(--lumo-success-color)",
                        figures.weeks().stream().mapToLong(TenantOverview.WeekFigures::newTenants).toArray())), locale);
        String[] colours = {"var(--lumo-contrast-50pct)", "var(--lumo-primary-color-50pct)", "var(--lumo-success-color)",
                "var(--lumo-warning-color, #d97706)", "var(--lumo-error-color)", "var(--lumo-contrast-30pct)"};
        var statusChart = SvgChart.shares("dashboard-statuses", getTranslation("operator.chart.statuses"), java.util.Arrays.stream(TenantStatus.values())
                .map(s -> new SvgChart.Share(getTranslation("tenant.status." + s), figures.byStatus().getOrDefault(s, 0L), colours[s.ordinal()]))
                .toList(), locale);
        String[] planColours = {"var(--lumo-primary-color)", "var(--lumo-success-color)", "var(--lumo-contrast-60pct)", "var(--lumo-error-color)"};
        var plansChart = SvgChart.shares("dashboard-plans", getTranslation("operator.chart.plans"), figures.byPlan().entrySet().stream()
                .map(e -> new SvgChart.Share(e.getKey(), e.getValue(), planColours[List.copyOf(figures.byPlan().keySet()).indexOf(e.getKey())
                        % planColours.length])).toList(), locale);
        var export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] sheet = workbook(figures);
            return new DownloadResponse(new ByteArrayInputStream(sheet), "feira-platform.xlsx",
                    SheetWriter.Format.XLSX.contentType(), sheet.length);
        }), getTranslation("operator.export"));
        export.setId("dashboard-export");
        export.getElement().setAttribute("download", true);
        add(new H1(getTranslation("nav.operator-dashboard")), new Paragraph(getTranslation("operator.dashboard.explained", TenantOverview.WINDOW_DAYS)),
                cards, export, new H3(getTranslation("operator.chart.gmv")), gmvChart, new H3(getTranslation("operator.chart.new-tenants")),
                tenantsChart, new H3(getTranslation("operator.chart.statuses")), statusChart, new H3(getTranslation("operator.chart.plans")), plansChart);
    }

    private Div card(String id, String key, String value) {
        var figure = new Span(value);
        figure.addClassName("dashboard-figure");
        var card = new Div(new Span(getTranslation(key)), figure);
        card.setId(id);
        card.addClassName("dashboard-card");
        return card;
    }

    /** The weeks, in the columns an operator would chart again in a spreadsheet. */
    private byte[] workbook(PlatformFigures figures) {
        var sheet = new SheetExport() {
            @Override
            public String kind() {
                return "platform-weeks";
            }

            @Override
            public List<String> columns() {
                return List.of("week", "new_tenants", "orders", "gmv_brl");
            }

            @Override
            public void rows(Consumer<List<String>> row) {
                figures.weeks().forEach(w -> row.accept(List.of(w.monday().toString(), String.valueOf(w.newTenants()), String.valueOf(w.orders()),
                        w.gmv().amount().toPlainString())));
            }
        };
        var out = new ByteArrayOutputStream();
        try {
            SheetWriter.write(sheet, SheetWriter.Format.XLSX, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.operator-dashboard") + " · Feira";
    }
}
