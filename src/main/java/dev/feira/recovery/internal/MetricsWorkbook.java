package dev.feira.recovery.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.ibm.icu.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import dev.feira.recovery.RecoveryMetrics.Report;
import dev.feira.shared.sheet.SheetWriter;

/**
 * The dashboard's tables as one .xlsx: a sheet per table, numbers as numbers (hours, rates, money)
 * so the supplier can sum and chart them, text kept inert (no formula from a buyer's name).
 */
final class MetricsWorkbook {

    private final ResourceBundle texts;

    private MetricsWorkbook(Locale locale) {
        this.texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
    }

    static byte[] of(Report report, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            new MetricsWorkbook(locale).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(Report report, ByteArrayOutputStream out) throws IOException {
        var workbook = new Workbook(out, "Feira", "1.0");
        var s = report.summary();
        var summary = sheet(workbook, "metrics.sheet.summary", List.of("metrics.figure", "metrics.value"));
        Object[][] figures = {
                {"metrics.period", text("metrics.period.value", report.filter().from().toString(), report.filter().to().toString())},
                {"metrics.carts-started", s.cartsStarted()}, {"metrics.carts-converted", s.cartsConverted()},
                {"metrics.conversion-rate", s.conversionRate()}, {"metrics.time-to-conversion-hours", hours(s.timeToConversion())},
                {"metrics.average-cart-value", s.averageCartValue().map(m -> (Object) m.amount()).orElse("")},
                {"metrics.active", s.activeCarts()}, {"metrics.idle", s.idleCarts()}, {"metrics.abandoned", s.abandonedCarts()},
                {"metrics.alerts", s.alerts()}, {"metrics.recovered", s.recovered()}, {"metrics.lost", s.lost()},
                {"metrics.recovery-rate", s.recoveryRate()}, {"metrics.response-hours", hours(s.repResponseTime())},
                {"metrics.value-recovered", s.valueRecovered().amount()}, {"metrics.alert-to-order-hours", hours(s.alertToOrder())}};
        for (int r = 0; r < figures.length; r++) {
            summary.value(r + 1, 0, text((String) figures[r][0]));
            cell(summary, r + 1, 1, figures[r][1]);
        }
        var reps = sheet(workbook, "metrics.sheet.reps", List.of("recovery.rep", "metrics.alerts", "metrics.contacted", "metrics.response-hours",
                "metrics.overdue", "metrics.recovered", "metrics.value-recovered"));
        int r = 1;
        for (var row : report.reps()) {
            row(reps, r++, row.name(), row.alerts(), row.contacted(), hours(row.responseTime()), row.overdue(), row.recovered(),
                    row.valueRecovered().amount());
        }
        var buyers = sheet(workbook, "metrics.sheet.buyers", List.of("recovery.account", "recovery.buyer", "metrics.alerts",
                "metrics.average-value", "metrics.highest-value", "metrics.recovered", "metrics.lost"));
        r = 1;
        for (var row : report.buyers()) {
            row(buyers, r++, row.accountNumber(), row.buyerName(), row.alerts(), row.averageValue().amount(), row.highestValue().amount(),
                    row.recovered(), row.lost());
        }
        var items = sheet(workbook, "metrics.sheet.items", List.of("metrics.sku", "recovery.product", "metrics.carts"));
        r = 1;
        for (var row : report.stalledItems()) {
            row(items, r++, row.sku(), row.name(), row.carts());
        }
        var days = sheet(workbook, "metrics.sheet.days", List.of("metrics.day", "metrics.alerts", "metrics.recovered", "metrics.value-recovered"));
        r = 1;
        for (var row : report.days()) {
            row(days, r++, row.day().toString(), row.alerts(), row.recovered(), row.valueRecovered().amount());
        }
        workbook.finish();
    }

    private Worksheet sheet(Workbook workbook, String name, List<String> headings) {
        var sheet = workbook.newWorksheet(text(name));
        for (int c = 0; c < headings.size(); c++) {
            sheet.value(0, c, text(headings.get(c)));
            sheet.style(0, c).bold().set();
        }
        return sheet;
    }

    private static void row(Worksheet sheet, int r, Object... values) {
        for (int c = 0; c < values.length; c++) {
            cell(sheet, r, c, values[c]);
        }
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> {
            }
            case Number number -> sheet.value(r, c, number);
            case String text -> sheet.value(r, c, SheetWriter.inert(text));
            default -> sheet.value(r, c, SheetWriter.inert(value.toString()));
        }
    }

    private static Object hours(Optional<Duration> duration) {
        return duration.<Object>map(d -> Math.round(d.toMinutes() / 6.0) / 10.0).orElse(""); // hours, one decimal
    }

    private String text(String key, Object... arguments) {
        String pattern = texts.containsKey(key) ? texts.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, texts.getLocale()).format(arguments);
    }
}
