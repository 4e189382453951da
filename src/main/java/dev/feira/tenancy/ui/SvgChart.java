package dev.feira.tenancy.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn as SVG on the server: a few columns and bars need no chart library (Vaadin Charts
 * is commercial) and nothing more to load in the browser. They scale with the page's width;
 * every column and segment tells its figure on hover, and the chart as a whole to a screen reader.
 */
public final class SvgChart {

    /** One series of figures, one per label, in a theme colour (a CSS value). */
    public record Series(String name, String colour, long[] values) {
    }

    /** One part of a whole. */
    public record Share(String name, long value, String colour) {
    }

    private static final int WIDTH = 720;
    private static final int HEIGHT = 220;
    private static final int LEFT = 44;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 26;
    /** As wide as the page allows, up to a comfortable reading width; the height follows. */
    private static final String FLUID = "width:100%;max-width:48em;height:auto;display:block";
    /** More labels than this under the columns would overlap: every n-th is written. */
    private static final int MOST_LABELS = 12;

    private SvgChart() {
    }

    /** Columns side by side per label (a day, say), one per series, over a scale from zero. */
    public static Component columns(String id, String title, List<String> labels, List<Series> series, Locale locale) {
        long highest = series.stream().flatMapToLong(s -> java.util.Arrays.stream(s.values())).max().orElse(0);
        long step = niceStep(highest);
        long top = Math.max(step, (highest + step - 1) / step * step);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = plotWidth / Math.max(1, labels.size());
        double column = slot * 0.8 / Math.max(1, series.size());
        var number = java.text.NumberFormat.getIntegerInstance(locale);

        var svg = new StringBuilder();
        svg.append(format("<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" style=\"%s\">", WIDTH, HEIGHT, escape(title), FLUID));
        for (long tick = 0; tick <= top; tick += step) {
            double y = TOP + plotHeight - plotHeight * tick / top;
            svg.append(format("<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" style=\"stroke:var(--lumo-contrast-10pct)\"/>",
                    LEFT, WIDTH - RIGHT, y, y));
            svg.append(text(LEFT - 6, y + 4, "end", number.format(tick)));
        }
        int every = Math.max(1, (labels.size() + MOST_LABELS - 1) / MOST_LABELS);
        for (int i = 0; i < labels.size(); i++) {
            double x = LEFT + slot * i + slot * 0.1;
            for (int s = 0; s < series.size(); s++) {
                long value = series.get(s).values()[i];
                if (value == 0) {
                    continue; // the baseline says it
                }
                double height = plotHeight * value / top;
                svg.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"1.5\" style=\"fill:%s\">"
                                + "<title>%s · %s: %s</title></rect>", x + column * s, TOP + plotHeight - height, Math.max(1, column - 1), height,
                        series.get(s).colour(), escape(labels.get(i)), escape(series.get(s).name()), number.format(value)));
            }
            if (i % every == 0) {
                svg.append(text(LEFT + slot * i + slot / 2, HEIGHT - 8, "middle", labels.get(i)));
            }
        }
        svg.append("</svg>");
        return chart(id, svg, series.stream().map(s -> new Share(s.name(), java.util.Arrays.stream(s.values()).sum(), s.colour())).toList(), locale);
    }

    /** One bar split into the shares of a whole, each as wide as its part. */
    public static Component shares(String id, String title, List<Share> shares, Locale locale) {
        long whole = shares.stream().mapToLong(Share::value).sum();
        var svg = new StringBuilder();
        svg.append(format("<svg viewBox=\"0 0 %d 28\" role=\"img\" aria-label=\"%s\" style=\"%s\">", WIDTH, escape(title), FLUID));
        if (whole == 0) {
            svg.append(format("<rect x=\"0\" y=\"2\" width=\"%d\" height=\"24\" rx=\"4\" style=\"fill:var(--lumo-contrast-10pct)\"/>",
                    WIDTH));
        }
        double x = 0;
        for (var share : shares) {
            double width = whole == 0 ? 0 : (double) WIDTH * share.value() / whole;
            if (width > 0) {
                svg.append(format("<rect x=\"%.1f\" y=\"2\" width=\"%.1f\" height=\"24\" style=\"fill:%s\"><title>%s: %d</title></rect>",
                        x, width, share.colour(), escape(share.name()), share.value()));
            }
            x += width;
        }
        svg.append("</svg>");
        return chart(id, svg, shares, locale);
    }

    /** The drawing, and its legend with each series' or share's total. */
    private static Component chart(String id, CharSequence svg, List<Share> legend, Locale locale) {
        var drawing = new Div();
        drawing.getElement().setProperty("innerHTML", svg.toString());
        var key = new Div();
        key.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        var number = java.text.NumberFormat.getIntegerInstance(locale);
        for (var entry : legend) {
            var swatch = new Span();
            swatch.getStyle().set("display", "inline-block").set("width", "0.8em").set("height", "0.8em").set("border-radius", "2px")
                    .set("margin-inline-end", "0.3em").set("background", entry.colour());
            var item = new Span(swatch, new Span(entry.name() + ": " + number.format(entry.value())));
            item.addClassName("chart-key");
            key.add(item);
        }
        var chart = new Div(drawing, key);
        chart.setId(id);
        chart.setWidthFull();
        return chart;
    }

    /** 1, 2 or 5 times a power of ten: four or five gridlines up to the highest figure. */
    static long niceStep(long highest) {
        if (highest <= 4) {
            return 1;
        }
        double rough = highest / 4.0;
        long power = (long) Math.pow(10, Math.floor(Math.log10(rough)));
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static String text(double x, double y, String anchor, String content) {
        return format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" style=\"fill:var(--lumo-secondary-text-color);font-size:11px\">%s</text>",
                x, y, anchor, escape(content));
    }

    /** Numbers with a point, whatever the server's language: SVG reads no other. */
    private static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
